package dev.topicgraph.io.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.MalformedInputCorpus;
import dev.topicgraph.testkit.Property;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input and failures part-way through a write. */
class MarkdownReliabilityTest {
  private final GraphReader reader = MarkdownFormat.defaultReader();

  @TempDir
  Path temp;

  @Test
  void theMalformedInputCorpus() throws IOException, URISyntaxException {
    Path corpus = Path.of(getClass().getResource("/corpus").toURI());
    assertEquals(14, MalformedInputCorpus.check(reader, corpus));
  }

  private Path pages(String name, String page) throws IOException {
    Path dir = temp.resolve(name);
    Files.createDirectories(dir.resolve("nodes"));
    Files.writeString(dir.resolve("nodes/vendor.a.md"), page);
    return dir;
  }

  @Test
  void aHundredMegabytePageIsRefusedBeforeItIsRead() throws IOException {
    Path dir = temp.resolve("huge");
    Files.createDirectories(dir.resolve("nodes"));
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("nodes/vendor.a.md").toFile(), "rw")) {
      f.setLength(100_000_000L);
    }
    FormatException e = assertThrows(FormatException.class, () -> reader.read(dir));
    assertEquals("md.limit", e.diagnostics().get(0).code());
  }

  @Test
  void tenThousandNestedQuotesAreJustText() throws IOException {
    String page = "---\nid: vendor.a\ntitle: A\n---\n\n# A\n\n" + ">".repeat(10_000) + " deep\n";
    TopicGraph g = reader.read(pages("quotes", page));
    assertEquals(">".repeat(10_000) + " deep", g.nodes().get(0).summary());
  }

  @Test
  void aMillionTagsStopAtTheYamlParsersSizeLimit() throws IOException {
    String page = "---\nid: vendor.a\ntitle: A\ntags:\n" + "  - t\n".repeat(1_000_000) + "---\n\n# A\n";
    FormatException pageLimit = assertThrows(FormatException.class, () -> reader.read(pages("tags-page", page)));
    assertEquals("md.limit", pageLimit.diagnostics().get(0).code());
    GraphReader bigPages = new MarkdownFormat().reader(
        dev.topicgraph.api.format.ReadOptions.builder().maxPageBytes(16 << 20).build());
    FormatException e = assertThrows(FormatException.class, () -> bigPages.read(pages("tags", page)));
    assertEquals("md.yaml", e.diagnostics().get(0).code());
    assertTrue(e.diagnostics().get(0).message().contains("exceeds the limit"), e.getMessage());
    assertTrue(e.diagnostics().get(0).line().isPresent());

    String fewer = "---\nid: vendor.a\ntitle: A\ntags:\n" + "  - t\n".repeat(100_000) + "---\n\n# A\n";
    FormatException repeats = assertThrows(FormatException.class, () -> reader.read(pages("fewer", fewer)));
    assertTrue(repeats.diagnostics().get(0).message().contains("appears more than once"), repeats.getMessage());
  }

  @Test
  void aFailureOnALatePageLeavesThePreviousDirectoryIntact() throws IOException {
    Path out = temp.resolve("out");
    TopicGraph first = Generators.graphs().sample(1, 30);
    MarkdownFormat.losslessWriter().write(first, out);
    List<String> before = listing(out);
    byte[] index = Files.readAllBytes(out.resolve("index.md"));

    // A relation from a node the graph does not have: the writer refuses the graph.
    TopicGraph second = first.toBuilder().addRelation(dev.topicgraph.model.Relation.of(NodeId.of("org-dim.zzz-gone"),
        dev.topicgraph.model.RelationType.of("enables"), first.nodes().get(0).id(), "from nowhere")).build();
    assertThrows(IllegalArgumentException.class, () -> MarkdownFormat.losslessWriter().write(second, out));

    assertEquals(before, listing(out));
    assertEquals(new String(index, StandardCharsets.UTF_8), Files.readString(out.resolve("index.md")));
    assertEquals(first, reader.read(out));
    try (Stream<Path> s = Files.list(temp)) {
      assertEquals(List.of("out"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()),
          "no temporary directory left behind");
    }
  }

  @Test
  void pagesNeverLandOutsideTheOutputDirectory() {
    Property.forAll(Generators.graphs()).named("pages stay inside").trials(30).check(g -> {
      Path out = Files.createTempDirectory(temp, "inside");
      Path target = out.resolve("pages");
      MarkdownFormat.losslessWriter().write(g, target);
      try (Stream<Path> s = Files.walk(out)) {
        for (Path p : s.collect(Collectors.toList())) {
          assertTrue(p.normalize().startsWith(target) || p.equals(out), p::toString);
        }
      }
    });
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList());
    }
  }
}
