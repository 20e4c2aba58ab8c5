package dev.topicgraph.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The topic page, the node page and the index of {@link SampleSite}, byte for byte. After an intended
 * change, write them again with {@code -Dtopicgraph.golden.update=true} and review the diff.
 */
class HtmlGoldenPagesTest {
  @Test
  void theTopicPage() throws IOException {
    check("topic.html", site().topicPage(SampleSite.TOPIC));
  }

  @Test
  void theNodePage() throws IOException {
    check("node.html", site().nodePage(SampleSite.OPS));
  }

  @Test
  void theIndex() throws IOException {
    check("index.html", site().index());
  }

  private static HtmlSite site() {
    return HtmlSite.of(SampleSite.graph(), SampleSite.AS_OF)
        .withFeedbackPanel(FeedbackPanel.form("/feedback", Map.of("csrf", "token")));
  }

  private static void check(String name, String actual) throws IOException {
    if (Boolean.getBoolean("topicgraph.golden.update")) {
      Path file = Path.of("src/test/resources/golden-pages", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      abort("wrote " + file.toAbsolutePath() + "; review it and run again without -Dtopicgraph.golden.update");
    }
    try (InputStream in = HtmlGoldenPagesTest.class.getResourceAsStream("/golden-pages/" + name)) {
      assertNotNull(in, "no golden page " + name + "; write it with -Dtopicgraph.golden.update=true");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
    }
  }
}
