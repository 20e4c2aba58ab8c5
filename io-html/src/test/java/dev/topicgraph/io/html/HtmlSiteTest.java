package dev.topicgraph.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every page promises: escaped text, safe links, no broken link, no reader named, accessible. */
class HtmlSiteTest {
  private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
      "\\s(href|src|action)=\"([^\"]*)\"");

  @TempDir
  Path temp;

  @Test
  void aTitleOfScriptShowsAsText() {
    HtmlSite site = HtmlSite.of(SampleSite.graph(), SampleSite.AS_OF);
    String page = site.topicPage(SampleSite.OTHER);
    assertTrue(page.contains("<h1>Latency budgets for &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; pages</h1>"),
        page);
    for (String p : site.files().values()) {
      assertFalse(p.toLowerCase(Locale.ROOT).contains("<script"), p);
    }
  }

  @Test
  void sectionsRenderMarkdownWithRawHtmlEscapedAndUnsafeLinksAsText() {
    String page = HtmlSite.of(SampleSite.graph(), SampleSite.AS_OF).nodePage(SampleSite.OPS);
    assertTrue(page.contains("<strong>models</strong>"), page);
    assertTrue(page.contains("&lt;b&gt;not&lt;/b&gt;"), page);
    assertTrue(page.contains("<a href=\"https://example.org/profiles/marketing\">the other profile</a>"), page);
    assertFalse(page.contains("javascript:"), page);
    assertTrue(page.contains("<h3>A contrast</h3>"), "a section's own headings sit below the page's: " + page);
  }

  @Test
  void characterReferencesToForbiddenCharactersBecomeTheReplacementCharacter() {
    String body = "a &#1; b &#x85; c &#x9B; d &#xFFFE; e &#xFDD0; f &#x10FFFF; g &#x7F; h\n\n"
        + "[l&#1;](https://a.example \"t&#1;&#xFFFE;t\") `x&#1;`";
    String page = nodeWithSection(body);
    for (int cp : new int[] {0x1, 0x85, 0x9B, 0xFFFE, 0xFDD0, 0x10FFFF, 0x7F}) {
      assertFalse(page.contains(new String(Character.toChars(cp))), () -> "U+" + Integer.toHexString(cp));
    }
    assertTrue(page.contains("a \uFFFD b"), page);
  }

  @Test
  void linksThatAreNotWellFormedHttpUrlsAreShownAsText() {
    for (String url : List.of("http:evil.example", "https:/one-slash", "http:///x", "http://a:99999/",
        "http://user:pw@a.example/", "https://a..example/", "https://a.example/x?y=[1]", "http://[::1]/",
        "//evil.example/x", "javascript:alert(1)", "data:text/html,x")) {
      String page = nodeWithSection("[the link](" + url + ")");
      assertFalse(page.contains("href=\"" + url), () -> url + " became a link: " + page);
      assertTrue(page.contains("the link"), page);
      assertFalse(Links.allowed(url).isPresent(), url);
    }
    for (String url : List.of("https://example.org/a?b=c#d", "http://example.org:8080/", "../nodes/x.html",
        "/feedback", "page.html#part")) {
      assertEquals(url, Links.allowed(url).orElse(""), url);
    }
  }

  private static String nodeWithSection(String body) {
    TopicGraph g = TopicGraph.builder().addNode(OrgDimension.builder().id(NodeId.of("org-dim.x")).title("X")
        .addSections(Section.of("S", body)).build()).build();
    return HtmlSite.of(g, SampleSite.AS_OF).nodePage(NodeId.of("org-dim.x"));
  }

  @Test
  void deeplyNestedMarkdownRendersWithoutOverflowingTheStack() {
    String deep = ">".repeat(50_000) + " quote\n\n" + "*a ".repeat(20_000) + "b" + "*".repeat(20_000) + "\n\n"
        + "- ".repeat(10_000) + "item";
    TopicGraph g = TopicGraph.builder().addNode(OrgDimension.builder().id(NodeId.of("org-dim.deep")).title("Deep")
        .addSections(Section.of("Deep", deep)).build()).build();
    String page = HtmlSite.of(g, SampleSite.AS_OF).nodePage(NodeId.of("org-dim.deep"));
    assertTrue(page.contains("quote"), "the text is still shown");
    assertEquals(1, count(page, "<h1"));
  }

  @Test
  void pagesShowCountsAndNeverAReaderOrAComment() {
    HtmlSite site = HtmlSite.of(SampleSite.graph(), SampleSite.AS_OF);
    String page = site.topicPage(SampleSite.TOPIC);
    assertTrue(page.contains("Rank 1 of 2 \u00b7 score "), page);
    assertTrue(page.contains("3 ratings \u00b7 2 interested reviewers"), page);
    Property.forAll(Generators.graphs()).named("no page names a reader").trials(40).check(g0 -> {
      TopicGraph g = withMarkedReaders(g0);
      String all = String.join("\n", HtmlSite.of(g, HtmlFormat.defaultAsOf(g)).files().values());
      for (Feedback f : g.feedback()) {
        assertFalse(all.contains(f.reviewer()), () -> f.reviewer() + " is named");
        f.comment().ifPresent(c -> assertFalse(all.contains(c), () -> "the comment " + c + " is shown"));
      }
    });
  }

  @Test
  void everyLinkIsHttpHttpsOrRelativeAndEveryRelativeLinkFindsItsFile() {
    Property.forAll(Generators.graphs()).named("links are safe and whole").trials(40).check(g -> {
      Map<String, String> files = HtmlSite.of(g, HtmlFormat.defaultAsOf(g)).files();
      for (Map.Entry<String, String> page : files.entrySet()) {
        for (String link : links(page.getValue())) {
          String lower = link.toLowerCase(Locale.ROOT);
          if (lower.startsWith("http://") || lower.startsWith("https://")) {
            continue;
          }
          assertFalse(lower.contains(":") && lower.indexOf(':') < firstOf(lower, "/?#"),
              () -> page.getKey() + " links to " + link);
          String target = resolve(page.getKey(), link);
          assertTrue(files.containsKey(target), () -> page.getKey() + " links to " + link + ", which is not in the site");
        }
      }
    });
  }

  @Test
  void everyPageHasOneH1ALanguageLandmarksAndLabelledControls() {
    HtmlSite site = HtmlSite.of(SampleSite.graph(), SampleSite.AS_OF)
        .withFeedbackPanel(FeedbackPanel.form("/feedback", Map.of("csrf", "t\"<k")));
    for (Map.Entry<String, String> e : site.files().entrySet()) {
      if (!e.getKey().endsWith(".html")) {
        continue;
      }
      String p = e.getValue();
      assertEquals(1, count(p, "<h1"), e.getKey());
      assertTrue(p.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), e.getKey());
      for (String landmark : List.of("<header>", "<nav aria-label=", "<main>", "<footer>")) {
        assertEquals(1, count(p, landmark), e.getKey() + " " + landmark);
      }
      Matcher inputs = java.util.regex.Pattern.compile("<input type=\"(radio|checkbox)\" id=\"([^\"]+)\"").matcher(p);
      while (inputs.find()) {
        assertTrue(p.contains("<label for=\"" + inputs.group(2) + "\">"), e.getKey() + " " + inputs.group(2));
      }
    }
    String topic = site.topicPage(SampleSite.TOPIC);
    assertTrue(topic.contains("<form method=\"post\" action=\"/feedback\">"), topic);
    assertTrue(topic.contains("<input type=\"hidden\" name=\"csrf\" value=\"t&quot;&lt;k\">"), topic);
    assertEquals(5, count(topic, "type=\"radio\""));
    assertTrue(topic.contains("<legend>How interested are you in this topic?</legend>"));
  }

  @Test
  void withoutAnEndpointTheTopicPageSaysSignInIsRequired() {
    String page = HtmlSite.of(SampleSite.graph(), SampleSite.AS_OF).topicPage(SampleSite.TOPIC);
    assertTrue(page.contains("Sign-in required."), page);
    assertFalse(page.contains("<form"), page);
  }

  @Test
  void writeOptionsSetTheInstantAndTheEndpoint() throws IOException {
    Path out = temp.resolve("site");
    new HtmlFormat().writer(WriteOptions.builder().putFormatOption(HtmlFormat.AS_OF_OPTION, "2026-10-03")
        .putFormatOption(HtmlFormat.ENDPOINT_OPTION, "https://example.org/feedback").build())
        .write(SampleSite.graph(), out);
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("datetime=\"2026-10-03T00:00:00Z\""), index);
    assertTrue(index.contains("Latency budgets"), "proposed after the instant: listed as not ranked");
    assertTrue(index.contains("proposed Oct 5, 2026"), index);
    String topic = Files.readString(out.resolve(HtmlSite.pathOf(SampleSite.TOPIC)));
    assertTrue(topic.contains("action=\"https://example.org/feedback\""), topic);

    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new HtmlFormat()
        .writer(WriteOptions.builder().putFormatOption(HtmlFormat.ENDPOINT_OPTION, "javascript:alert(1)").build()));
    assertTrue(bad.getMessage().contains("feedback-endpoint"), bad.getMessage());
    IllegalArgumentException when = assertThrows(IllegalArgumentException.class, () -> new HtmlFormat()
        .writer(WriteOptions.builder().putFormatOption(HtmlFormat.AS_OF_OPTION, "yesterday").build()));
    assertTrue(when.getMessage().contains("2026-11-20T00:00:00Z"), when.getMessage());
    for (String far : List.of("-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "+10000-01-01")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HtmlFormat()
          .writer(WriteOptions.builder().putFormatOption(HtmlFormat.AS_OF_OPTION, far).build()));
      assertTrue(e.getMessage().contains(HtmlFormat.AS_OF_OPTION), e.getMessage());
    }
  }

  @Test
  void aSecondWriteKeepsTheUsersOwnFiles() throws IOException {
    Path out = temp.resolve("site");
    HtmlFormat format = new HtmlFormat();
    format.writer().write(SampleSite.graph(), out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.createDirectories(out.resolve(".git"));
    Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    TopicGraph smaller = SampleSite.graph().toBuilder().build();
    format.writer().write(smaller, out);
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    assertEquals("ref: refs/heads/main\n", Files.readString(out.resolve(".git/HEAD")));
    assertTrue(Files.exists(out.resolve("index.html")));
  }

  @Test
  void theDocumentedUseWorks() throws IOException {
    TopicGraph graph = SampleSite.graph();
    Path out = temp.resolve("docs-site");
    // tag::site[]
    // The whole site into a folder, ranked as of an instant, with a form that posts to the site's endpoint:
    GraphWriter writer = new HtmlFormat().writer(WriteOptions.builder()
        .putFormatOption(HtmlFormat.AS_OF_OPTION, "2026-11-20T00:00:00Z")
        .putFormatOption(HtmlFormat.ENDPOINT_OPTION, "https://example.org/feedback")
        .build());
    writer.write(graph, out);

    // One page at a time from a live backlog, as a server does:
    LiveBacklog backlog = PriorityScorer.withDefaults().live(graph, Instant.parse("2026-11-20T00:00:00Z"));
    HtmlSite site = HtmlSite.of(graph, backlog);
    String index = site.index();
    String topic = site.topicPage(NodeId.of("topic.who-owns-the-audience-pipeline"),
        FeedbackPanel.form("/feedback", Map.of("csrf", "a-token-tied-to-the-session")));
    // end::site[]
    assertEquals(index, Files.readString(out.resolve("index.html")));
    assertTrue(topic.contains("value=\"a-token-tied-to-the-session\""), topic);
    assertTrue(Files.readString(out.resolve(HtmlSite.pathOf(SampleSite.TOPIC)))
        .contains("action=\"https://example.org/feedback\""));
  }

  @Test
  void theFormatIsFoundAndCannotRead() {
    HtmlFormat f = new HtmlFormat();
    assertThrows(UnsupportedOperationException.class, f::reader);
    assertEquals(List.of(), new ArrayList<>(f.readOptionNames()));
  }

  /** The graph with every reader and comment renamed to text that appears nowhere else. */
  static TopicGraph withMarkedReaders(TopicGraph g) {
    TopicGraph.Builder b = TopicGraph.builder().addNodes(g.nodes()).addRelations(g.relations()).addTopics(g.topics());
    for (Feedback f : g.feedback()) {
      Feedback.Builder x = Feedback.builder().from(f).reviewer("zqreader" + Math.abs(f.reviewer().hashCode()));
      if (f.comment().isPresent()) {
        x.comment("zqcomment " + f.id());
      }
      b.addFeedback(x.build());
    }
    return b.build();
  }

  static List<String> links(String page) {
    List<String> out = new ArrayList<>();
    Matcher m = LINK.matcher(page);
    while (m.find()) {
      out.add(m.group(2).replace("&amp;", "&"));
    }
    return out;
  }

  /** The site path a relative link from {@code page} points to, without query or fragment. */
  static String resolve(String page, String link) {
    String path = link.replaceAll("[?#].*$", "");
    if (path.isEmpty()) {
      return page;
    }
    Path base = Path.of(page).getParent();
    Path p = base == null ? Path.of(path) : base.resolve(path);
    return p.normalize().toString().replace('\\', '/');
  }

  private static int firstOf(String s, String chars) {
    int best = s.length();
    for (char c : chars.toCharArray()) {
      int at = s.indexOf(c);
      if (at >= 0 && at < best) {
        best = at;
      }
    }
    return best;
  }

  static int count(String s, String part) {
    int n = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }
}
