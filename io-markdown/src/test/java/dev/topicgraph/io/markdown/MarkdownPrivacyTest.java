package dev.topicgraph.io.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages for people show how much interest a topic has, not who showed it. */
class MarkdownPrivacyTest {
  @TempDir
  Path temp;

  private int trial;

  @Test
  void theDefaultPagesCountFeedbackAndNameNoReader() {
    Property.forAll(Generators.graphs()).named("pages name no reader").trials(40).check(g -> {
      Path out = temp.resolve("pages-" + trial++);
      MarkdownFormat.defaultWriter().write(g, out);
      String all = pages(out);
      assertFalse(all.contains("\n## Feedback\n"), "no table of events");
      for (Feedback f : g.feedback()) {
        assertFalse(all.contains("| " + f.reviewer() + " |"), () -> f.reviewer() + " is named");
        assertFalse(all.contains("| " + f.id() + " |"), () -> "event " + f.id() + " is listed");
      }
      for (Topic t : g.topics()) {
        String page = Files.readString(out.resolve("topics/" + t.id() + ".md"));
        int ratings = g.latestFeedbackOn(t.id()).size();
        assertEquals(ratings > 0, page.contains("\n- Ratings: " + ratings + " (mean interest "), page);
      }
      TopicGraph back = MarkdownFormat.defaultReader().read(out);
      assertEquals(List.of(), back.feedback(), "counts are not read back as events");
      assertEquals(g.topics(), back.topics());
    });
  }

  @Test
  void theLosslessWriterKeepsEveryEvent() throws IOException {
    TopicGraph g = Generators.graphs().sample(3, 30);
    assertTrue(!g.feedback().isEmpty());
    Path out = temp.resolve("lossless");
    MarkdownFormat.losslessWriter().write(g, out);
    assertEquals(g, MarkdownFormat.defaultReader().read(out));
  }

  private static String pages(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      StringBuilder sb = new StringBuilder();
      for (Path p : files.filter(p -> p.toString().endsWith(".md")).collect(Collectors.toList())) {
        sb.append(Files.readString(p)).append('\n');
      }
      return sb.toString();
    }
  }
}
