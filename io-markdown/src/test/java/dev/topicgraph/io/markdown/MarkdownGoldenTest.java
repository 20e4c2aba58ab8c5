package dev.topicgraph.io.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages checked byte for byte against the canonical writer. */
class MarkdownGoldenTest {
  private final GraphReader reader = MarkdownFormat.defaultReader();
  private final GraphWriter writer = MarkdownFormat.losslessWriter();

  @TempDir
  Path temp;

  private static Path golden(String name) throws URISyntaxException {
    return Path.of(MarkdownGoldenTest.class.getResource("/golden/" + name).toURI());
  }

  private static TopicGraph json(String name) throws IOException {
    try (InputStream in = MarkdownGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return JsonFormat.defaultReader().read(in, name);
    }
  }

  /** Every file below a directory but the writers' lock, as text, keyed by its relative path. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(dev.topicgraph.api.format.AtomicOutput.LOCK))
          .collect(Collectors.toList())) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void theWriterProducesTheGoldenPages() throws Exception {
    Path out = temp.resolve("pages");
    writer.write(json("all-fields.json"), out);
    Map<String, String> expected = files(golden("all-fields"));
    Map<String, String> actual = files(out);
    assertEquals(expected.keySet(), actual.keySet());
    for (String name : expected.keySet()) {
      assertEquals(expected.get(name), actual.get(name), name);
    }
  }

  @Test
  void theGoldenPagesReadBackToTheGraphAndRewriteByteForByte() throws Exception {
    TopicGraph graph = reader.read(golden("all-fields"));
    assertEquals(json("all-fields.json"), graph);
    assertEquals(List.of(), graph.validate(ValidationMode.STRICT));
    Path again = temp.resolve("again");
    writer.write(graph, again);
    assertEquals(files(golden("all-fields")), files(again));
  }

  @Test
  void theDesignDocumentSurvivesJsonToMarkdownAndBack() throws Exception {
    TopicGraph fromJson = json("design-example.json");
    Path pages = temp.resolve("design");
    writer.write(fromJson, pages);
    TopicGraph fromMarkdown = reader.read(pages);
    assertEquals(fromJson, fromMarkdown);
    assertEquals(JsonFormat.defaultWriter().writeString(fromJson), JsonFormat.defaultWriter().writeString(fromMarkdown));
  }

  @Test
  void aSinglePageCanBeReadOnItsOwn() throws Exception {
    TopicGraph page = reader.read(golden("all-fields").resolve("nodes/org-dim.operational-profile.engineering-led-cdp.md"));
    assertEquals(1, page.nodes().size());
    assertEquals(2, page.relations().size());
    assertEquals(2, page.validate(ValidationMode.LENIENT).size(), "its relations point at pages not read");
    TopicGraph topic = reader.read(golden("all-fields").resolve("topics/topic.who-builds-the-serving-api.md"));
    assertEquals(1, topic.topics().size());
    assertEquals(2, topic.feedback().size());
  }

  @Test
  void theFormatSpecificationShowsTheGoldenPages() throws Exception {
    String spec = Files.readString(Path.of("../docs/formats/markdown.md"));
    for (String page : List.of("nodes/org-dim.operational-profile.engineering-led-cdp.md",
        "nodes/vendor.example-sync.md", "topics/topic.who-builds-the-serving-api.md")) {
      String text = Files.readString(golden("all-fields").resolve(page));
      org.junit.jupiter.api.Assertions.assertTrue(spec.contains("```markdown\n" + text + "```"),
          "docs/formats/markdown.md must show " + page + " exactly as the writer writes it");
    }
  }
}
