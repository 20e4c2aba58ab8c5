package dev.topicgraph.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page is valid HTML by the Nu Html Checker: the sample's pages and those of generated graphs. */
class HtmlValidityTest {
  private static EmbeddedValidator validator;

  @BeforeAll
  static void loadTheChecker() {
    validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    validator.setNoLangDetect(true); // generated text is in no language
  }

  @Test
  void theSamplePagesAreValidWithAndWithoutTheForm() throws Exception {
    TopicGraph g = SampleSite.graph();
    check(HtmlSite.of(g, SampleSite.AS_OF).files());
    check(HtmlSite.of(g, SampleSite.AS_OF)
        .withFeedbackPanel(FeedbackPanel.form("https://example.org/feedback?x=1&y=2", Map.of("csrf", "a\"b<c")))
        .files());
    check(HtmlSite.of(g, SampleSite.AS_OF).withFeedbackPanel(FeedbackPanel.signInRequired("/sign-in")).files());
  }

  @Test
  void hostileLinksAndCharacterReferencesGiveValidPages() throws Exception {
    OrgDimension.Builder node = OrgDimension.builder().id(NodeId.of("org-dim.hostile")).title("Hostile");
    StringBuilder section = new StringBuilder("a &#1; b &#x85; c &#xFFFE; d &#xFDD0; e &#x10FFFF;\n\n");
    for (String url : List.of("http:evil.example", "https:/one-slash", "http:///x", "http://a:99999/",
        "http://user:pw@a.example/", "https://a..example/", "https://a.example/x?y=[1]", "http://[::1]/",
        "https://example.org/ok")) {
      node.addSources(Source.builder().title("source " + url).url(url).build());
      section.append("[link ").append(url.length()).append("](").append(url).append(" \"t&#1;\") ");
    }
    TopicGraph g = TopicGraph.builder().addNode(node.addSections(Section.of("S", section.toString().strip())).build())
        .build();
    check(HtmlSite.of(g, SampleSite.AS_OF).files());
  }

  @Test
  void thePagesOfGeneratedGraphsAreValid() {
    Property.forAll(Generators.graphs()).named("pages are valid HTML").trials(6).check(g ->
        check(HtmlSite.of(g, HtmlFormat.defaultAsOf(g)).files()));
  }

  private static void check(Map<String, String> files) throws Exception {
    for (Map.Entry<String, String> e : files.entrySet()) {
      if (!e.getKey().endsWith(".html")) {
        continue;
      }
      String report = validator.validate(new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8)));
      // Errors and warnings fail; an "info warning" (such as text not in Unicode normal form C, which is
      // the author's text as written) does not.
      String problems = report.lines().filter(l -> l.contains(" error: ") || l.contains(": warning: "))
          .collect(Collectors.joining("\n"));
      assertEquals("", problems, () -> e.getKey() + " is not valid HTML:\n" + report + "\n" + e.getValue());
    }
  }
}
