package dev.topicgraph.io.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import dev.topicgraph.testkit.Gen;
import dev.topicgraph.testkit.Property;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects found by outside testers: each reads, or fails with a located {@link FormatException}. */
class MarkdownHardeningTest {
  private final GraphReader reader = MarkdownFormat.defaultReader();

  @TempDir
  Path temp;

  private Path pages(String name, String page) throws IOException {
    Path dir = temp.resolve(name);
    Files.createDirectories(dir.resolve("nodes"));
    Files.writeString(dir.resolve("nodes/vendor.a.md"), page);
    return dir;
  }

  private static String head(String... lines) {
    return "---\nid: vendor.a\ntitle: A\n---\n\n# A\n\n" + String.join("\n", lines) + "\n";
  }

  private static List<String> codes(FormatException e) {
    return e.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static void located(FormatException e) {
    for (Diagnostic d : e.diagnostics()) {
      assertTrue(d.source().isPresent() && d.line().isPresent() && d.line().getAsInt() >= 1, d::toString);
    }
  }

  private TopicGraph roundTrip(TopicGraph g, String name) throws IOException {
    Path out = temp.resolve(name);
    MarkdownFormat.losslessWriter().write(g, out);
    return reader.read(out);
  }

  // ------------------------------------------------------------------ 1. long link texts

  @Test
  void veryLongTitlesInLinksRoundTrip() throws IOException {
    Gen<Integer> lengths = Gen.ints(1_400, 120_000);
    Property.forAll(lengths).named("long titles in links").trials(6).check(n -> {
      String title = ("]x\\y [z] ").repeat(n / 9 + 1).substring(0, n).strip() + "end";
      NodeId a = NodeId.of("vendor.a");
      NodeId b = NodeId.of("vendor.b");
      TopicGraph g = TopicGraph.builder()
          .addNode(Vendor.builder().id(a).title(title).build())
          .addNode(Vendor.builder().id(b).title("B " + title).build())
          .addRelation(Relation.of(b, RelationType.of("enables"), a, "why " + title))
          .addTopic(Topic.builder().id(NodeId.of("topic.t")).title("T").proposed(LocalDate.of(2026, 1, 1))
              .addDrawsFrom(a).build())
          .build();
      assertEquals(g, roundTrip(g, "long-" + n));
    });
    String hundredThousand = "x".repeat(100_000);
    TopicGraph g = TopicGraph.builder()
        .addNode(Vendor.builder().id(NodeId.of("vendor.a")).title(hundredThousand).build())
        .addNode(Vendor.builder().id(NodeId.of("vendor.b")).title("B").build())
        .addRelation(Relation.of(NodeId.of("vendor.b"), RelationType.of("enables"), NodeId.of("vendor.a"), "w"))
        .build();
    assertEquals(g, roundTrip(g, "hundred-thousand"));
  }

  // ------------------------------------------------------------------ 2. a lone carriage return

  @Test
  void aLoneCarriageReturnIsALocatedEncodingError() throws IOException {
    String list = head("## Relations", "", "- enables [B](vendor.b.md): one\rtwo");
    FormatException e = assertThrows(FormatException.class, () -> reader.read(pages("cr-list", list)));
    assertEquals(List.of("md.encoding"), codes(e));
    assertEquals(10, e.diagnostics().get(0).line().getAsInt());
    located(e);

    String table = head("## Sources", "", "| Title | URL | Publisher | Published |", "|---|---|---|---|",
        "| a | | |\r |");
    e = assertThrows(FormatException.class, () -> reader.read(pages("cr-table", table)));
    assertEquals(List.of("md.encoding"), codes(e));
    assertEquals(12, e.diagnostics().get(0).line().getAsInt());

    // CRLF line ends are still accepted.
    TopicGraph g = reader.read(pages("crlf", head("Text.").replace("\n", "\r\n")));
    assertEquals("Text.", g.nodes().get(0).summary());
  }

  @Test
  void theModelRefusesACarriageReturnSoTheWriterNeverWritesOne() {
    assertThrows(IllegalArgumentException.class, () -> Section.of("h", "a\rb"));
    assertThrows(IllegalArgumentException.class, () -> Section.of("h\r", "a"));
  }

  // ------------------------------------------------------------------ 3. huge tables

  @Test
  void aTableOfMoreThanAMillionCellsFailsCleanly() throws IOException {
    StringBuilder sb = new StringBuilder(head("## Body", ""));
    sb.append("|a".repeat(1000)).append('\n').append("|-".repeat(1000)).append('\n');
    for (int i = 0; i < 1100; i++) {
      sb.append("|".repeat(1000)).append('\n');
    }
    Path dir = pages("cells", sb.toString());
    FormatException e = assertThrows(FormatException.class, () -> reader.read(dir));
    assertEquals(List.of("md.limit"), codes(e));
    assertEquals(10, e.diagnostics().get(0).line().getAsInt(), "the first line of the first table");
    located(e);
  }

  // ------------------------------------------------------------------ 4. memory

  @Test
  void pathologicalPagesAtTheSizeLimitReadInASmallHeap() throws IOException {
    int size = 4 << 20;
    String[] shapes = {"- a\n", ">\n", "a\n", "|\n", "\n", "-\n"};
    for (String line : shapes) {
      StringBuilder sb = new StringBuilder(head(line.equals("- a\n") ? "## Relations\n" : "## Body\n"));
      while (sb.length() + line.length() <= size) {
        sb.append(line);
      }
      Path dir = pages("shape-" + (int) line.charAt(0), sb.toString());
      sb = null;
      try {
        reader.read(dir);
      } catch (FormatException e) {
        located(e);
      }
    }
  }

  @Test
  void linesAndCellsAreBoundedByThePageLimit() throws IOException {
    GraphReader limited = new MarkdownFormat().reader(ReadOptions.builder().maxPageBytes(32 * 2000).build());
    String items = head("## Relations\n" + "- a\n".repeat(2100));
    FormatException e = assertThrows(FormatException.class, () -> limited.read(pages("items", items)));
    assertEquals(List.of("md.limit"), codes(e));
    assertTrue(e.getMessage().contains("2000 lines that are not blank"), e::getMessage);
    located(e);

    String blank = head("Text." + "\n".repeat(9000));
    e = assertThrows(FormatException.class, () -> limited.read(pages("blank", blank)));
    assertEquals(List.of("md.limit"), codes(e));
    assertTrue(e.getMessage().contains("8000 lines"), e::getMessage);

    String table = head("## Body", "", "|a".repeat(100), "|-".repeat(100), ("|".repeat(100) + "\n").repeat(30));
    e = assertThrows(FormatException.class, () -> limited.read(pages("table", table)));
    assertEquals(List.of("md.limit"), codes(e));
    assertTrue(e.getMessage().contains("2000 cells"), e::getMessage);
    located(e);
  }

  // ------------------------------------------------------------------ 5. front matter after its end

  @Test
  void frontMatterWithADocumentEndFollowedByMoreKeysIsRefused() throws IOException {
    String page = "---\nid: vendor.a\ntitle: A\n...\ntags:\n  - lost\n---\n\n# A\n";
    FormatException e = assertThrows(FormatException.class, () -> reader.read(pages("dots", page)));
    assertTrue(codes(e).get(0).equals("md.yaml") || codes(e).get(0).equals("md.front-matter"), e::getMessage);
    located(e);

    String two = "---\nid: vendor.a\ntitle: A\n--- \ntags:\n  - lost\n---\n\n# A\n";
    e = assertThrows(FormatException.class, () -> reader.read(pages("two-docs", two)));
    located(e);
  }

  // ------------------------------------------------------------------ 4. limits while reading

  @Test
  void thePageAndTheWholeReadAreLimitedWhileReading() throws IOException {
    ReadOptions small = ReadOptions.builder().maxPageBytes(1000).maxDocumentBytes(2500).build();
    GraphReader limited = new MarkdownFormat().reader(small);
    Path dir = pages("limits", head("x".repeat(1001)));
    FormatException e = assertThrows(FormatException.class, () -> limited.read(dir));
    assertEquals(List.of("md.limit"), codes(e));
    assertTrue(e.getMessage().contains("ReadOptions.maxPageBytes"), e::getMessage);
    located(e);

    Path many = temp.resolve("many");
    Files.createDirectories(many.resolve("nodes"));
    for (String id : List.of("vendor.a", "vendor.b", "vendor.c")) {
      Files.writeString(many.resolve("nodes/" + id + ".md"), "---\nid: " + id + "\ntitle: A\n---\n\n# A\n\n"
          + "y".repeat(900) + "\n");
    }
    e = assertThrows(FormatException.class, () -> limited.read(many));
    assertEquals(List.of("md.limit"), codes(e));
    assertTrue(e.getMessage().contains("ReadOptions.maxDocumentBytes"), e::getMessage);
    assertEquals("nodes/vendor.c.md", e.diagnostics().get(0).source().get());

    ReadOptions unlimited = ReadOptions.builder().maxPageBytes(Long.MAX_VALUE).maxDocumentBytes(Long.MAX_VALUE).build();
    assertEquals(3, new MarkdownFormat().reader(unlimited).read(many).nodes().size());
  }

  // ------------------------------------------------------------------ 6. the same limits as JSON

  @Test
  void jsonAndMarkdownAcceptAndRefuseTheSameLongSection() throws IOException {
    TopicGraph g = TopicGraph.builder().addNode(OrgDimension.builder().id(NodeId.of("org-dim.a")).title("A")
        .addSections(Section.of("Long", "z".repeat((1 << 20) + (1 << 17)))).build()).build();
    Path json = temp.resolve("g.json");
    JsonFormat.defaultWriter().write(g, json);
    Path md = temp.resolve("md");
    MarkdownFormat.losslessWriter().write(g, md);

    FormatException j = assertThrows(FormatException.class, () -> JsonFormat.defaultReader().read(json));
    assertEquals("json.limit", j.diagnostics().get(0).code());
    FormatException m = assertThrows(FormatException.class, () -> reader.read(md));
    assertEquals(List.of("md.limit"), codes(m));
    assertTrue(m.getMessage().contains("ReadOptions.maxStringLength"), m::getMessage);
    located(m);

    ReadOptions raised = ReadOptions.builder().maxStringLength(2 << 20).build();
    assertEquals(g, new JsonFormat().reader(raised).read(json));
    assertEquals(g, new MarkdownFormat().reader(raised).read(md));
  }

  @Test
  void longFrontMatterValuesAndListItemsAreLimitedToo() throws IOException {
    ReadOptions small = ReadOptions.builder().maxStringLength(100).build();
    GraphReader limited = new MarkdownFormat().reader(small);
    String title = "---\nid: vendor.a\ntitle: " + "t".repeat(101) + "\n---\n\n# A\n";
    FormatException e = assertThrows(FormatException.class, () -> limited.read(pages("long-title", title)));
    assertEquals("md.limit", e.diagnostics().get(0).code());
    assertEquals(3, e.diagnostics().get(0).line().getAsInt());
    String item = head("## Relations", "", "- enables [B](vendor.b.md): " + "w".repeat(101));
    e = assertThrows(FormatException.class, () -> limited.read(pages("long-item", item)));
    assertEquals(List.of("md.limit"), codes(e));
    assertEquals(10, e.diagnostics().get(0).line().getAsInt());
  }

  // ------------------------------------------------------------------ 7. reserved headings

  @Test
  void sectionsWithReservedOrAwkwardHeadingsRoundTrip() throws IOException {
    List<String> headings = List.of("Sources", "Relations", "Referenced by", "&#83;ources", "&#38;", "&#x53;x",
        "Ends with #", "# starts with a hash", "Trailing \\", "&amp; more");
    OrgDimension.Builder b = OrgDimension.builder().id(NodeId.of("org-dim.a")).title("A");
    for (String h : headings) {
      b.addSections(Section.of(h, "Body of " + h.replace("#", "x")));
    }
    TopicGraph g = TopicGraph.builder().addNode(b.build()).addNode(OrgDimension.builder().id(NodeId.of("org-dim.b"))
        .title("B").addSections(Section.of("Sources", "")).build())
        .addRelation(Relation.of(NodeId.of("org-dim.a"), RelationType.of("enables"), NodeId.of("org-dim.b"), "r"))
        .build();
    assertEquals(g, roundTrip(g, "reserved"));
    Path strictOut = temp.resolve("reserved-strict");
    MarkdownFormat.losslessWriter().write(g, strictOut);
    assertEquals(g, new MarkdownFormat().reader(ReadOptions.strict()).read(strictOut));
  }

  // ------------------------------------------------------------------ 8. only regular files

  private Path withPage(String name) throws IOException {
    Path dir = temp.resolve(name);
    Files.createDirectories(dir.resolve("nodes"));
    Files.writeString(dir.resolve("nodes/vendor.a.md"), head("Text."));
    return dir;
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoIsRefusedWithoutBeingOpened() throws IOException, InterruptedException {
    Path dir = withPage("fifo");
    Path fifo = dir.resolve("nodes/vendor.x.md");
    int exit;
    try {
      exit = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      exit = -1;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(exit == 0, "mkfifo is not available");
    FormatException e = assertThrows(FormatException.class, () -> reader.read(dir));
    assertEquals(List.of("md.file-type"), codes(e));
    assertEquals("nodes/vendor.x.md", e.diagnostics().get(0).source().get());
    located(e);
  }

  @Test
  void linksToDevicesAndOutsideTheFolderAreRefusedAndLinksInsideAreFollowed() throws IOException {
    Path dir = withPage("links");
    Path outside = temp.resolve("outside.md");
    Files.writeString(outside, head("Secret.").replace("vendor.a", "vendor.o"));
    try {
      Files.createSymbolicLink(dir.resolve("nodes/vendor.o.md"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
    }
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      Files.createSymbolicLink(dir.resolve("nodes/vendor.z.md"), zero);
    }
    Files.createDirectories(dir.resolve("nodes/vendor.d.md"));
    FormatException e = assertThrows(FormatException.class, () -> reader.read(dir));
    List<String> where = e.diagnostics().stream().map(d -> d.source().get() + " " + d.code())
        .collect(Collectors.toList());
    assertTrue(where.contains("nodes/vendor.o.md md.file-type"), where::toString);
    assertTrue(where.contains("nodes/vendor.d.md md.file-type"), where::toString);
    if (Files.exists(zero)) {
      assertTrue(where.contains("nodes/vendor.z.md md.file-type"), where::toString);
    }
    located(e);

    Path inside = withPage("inside");
    Files.createDirectories(inside.resolve("drafts"));
    Files.writeString(inside.resolve("drafts/b.txt"), head("B.").replace("vendor.a", "vendor.b"));
    Files.createSymbolicLink(inside.resolve("nodes/vendor.b.md"), Path.of("../drafts/b.txt"));
    TopicGraph g = reader.read(inside);
    assertEquals(2, g.nodes().size());
  }
}
