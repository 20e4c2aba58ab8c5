package dev.topicgraph.io.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad pages: every problem names the page, the line and column inside it, and what was expected. */
class MarkdownDiagnosticsTest {
  private final GraphReader lenient = MarkdownFormat.defaultReader();
  private final GraphReader strict = new MarkdownFormat().reader(ReadOptions.strict());

  @TempDir
  Path temp;

  private Path dir(String... pages) throws IOException {
    Path root = temp.resolve("pages-" + System.nanoTime());
    Files.createDirectories(root.resolve("nodes"));
    Files.createDirectories(root.resolve("topics"));
    for (int i = 0; i < pages.length; i += 2) {
      Files.writeString(root.resolve(pages[i]), pages[i + 1]);
    }
    return root;
  }

  private static String page(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<String> summary(FormatException e) {
    return e.diagnostics().stream()
        .map(d -> d.source().orElse("") + ":" + d.line().orElse(0) + ":" + d.column().orElse(0) + " " + d.code())
        .collect(Collectors.toList());
  }

  private FormatException fails(GraphReader reader, Path root) {
    return assertThrows(FormatException.class, () -> reader.read(root));
  }

  @Test
  void aPageWhoseIdDoesNotMatchItsFileName() throws IOException {
    FormatException e = fails(lenient, dir("nodes/vendor.a.md", page("---", "id: vendor.b", "title: B", "---", "", "# B")));
    assertEquals(List.of("nodes/vendor.a.md:2:5 md.id-mismatch"), summary(e));
    assertTrue(e.diagnostics().get(0).message().contains("its file is named vendor.a.md"));
  }

  @Test
  void aBrokenRelationLine() throws IOException {
    FormatException e = fails(lenient, dir("nodes/vendor.a.md", page(
        "---", "id: vendor.a", "title: A", "---", "", "# A", "", "## Relations", "",
        "- enables [B](vendor.b.md): fine",
        "- enables vendor.c without a link",
        "- enables [D](../elsewhere/d.txt): not a node page")));
    // The relation to a page that does not exist is a warning in a lenient read, reported with the errors.
    assertEquals(List.of("nodes/vendor.a.md:10:3 graph.dangling-relation", "nodes/vendor.a.md:11:3 md.relation",
        "nodes/vendor.a.md:12:3 md.link"), summary(e));
    assertFalse(e.diagnostics().get(0).isError());
    assertTrue(e.diagnostics().get(1).message().contains("- <type> [<title>](<target id>.md): <rationale>"));
  }

  @Test
  void aBadDateAndABadNumberInTheFrontMatter() throws IOException {
    FormatException e = fails(lenient, dir("nodes/vendor.a.md", page(
        "---", "id: vendor.a", "title: A", "reviewed: 2026-02-30", "confidence: high", "---", "", "# A")));
    assertEquals(List.of("nodes/vendor.a.md:4:11 md.invalid-value", "nodes/vendor.a.md:5:13 md.type"), summary(e));
    assertTrue(e.diagnostics().get(0).message().contains("expected YYYY-MM-DD"));
  }

  @Test
  void anUnknownSectionOnATopicPage() throws IOException {
    FormatException e = fails(lenient, dir("topics/topic.t.md", page(
        "---", "id: topic.t", "title: T", "proposed: 2026-01-01", "---", "", "# T", "", "## Angle", "", "Text.",
        "", "## Thoughts", "", "More.")));
    assertEquals(List.of("topics/topic.t.md:13:1 md.unknown-section"), summary(e));
    assertTrue(e.diagnostics().get(0).message().contains("a topic page has Angle, Key decision"));
  }

  @Test
  void frontMatterThatNeverEndsAndPagesWithoutIt() throws IOException {
    FormatException e = fails(lenient, dir(
        "nodes/vendor.a.md", page("---", "id: vendor.a", "title: A", "", "# A"),
        "nodes/vendor.b.md", page("# B", "", "No front matter.")));
    assertEquals(List.of("nodes/vendor.a.md:1:1 md.front-matter", "nodes/vendor.b.md:1:1 md.front-matter"), summary(e));
  }

  @Test
  void yamlAliasesAndAnchorsAreRejected() throws IOException {
    FormatException e = fails(lenient, dir("nodes/vendor.a.md", page(
        "---", "id: vendor.a", "title: &t A", "tags:", "  - *t", "---", "", "# A")));
    assertEquals("md.yaml", e.diagnostics().get(0).code());
    assertTrue(e.diagnostics().get(0).message().contains("anchors and aliases"));
  }

  @Test
  void yamlWordsStayTextWhereTheFieldIsText() throws IOException {
    TopicGraph g = lenient.read(dir("nodes/vendor.a.md", page(
        "---", "id: vendor.a", "title: no", "tags:", "  - on", "  - null", "  - 2026-01-01", "  - 007", "  - ~", "---",
        "", "# no")));
    assertEquals(List.of("on", "null", "2026-01-01", "007", "~"), g.nodes().get(0).tags());
    assertEquals("no", g.nodes().get(0).title());
  }

  @Test
  void unknownFrontMatterKeysAreKeptWhenLenientAndRefusedWhenStrict() throws IOException {
    Path root = dir("nodes/vendor.a.md", page("---", "id: vendor.a", "title: A", "owner: data team", "---", "", "# A"));
    assertEquals("data team", lenient.read(root).nodes().get(0).extra().get("owner"));
    assertEquals(List.of("nodes/vendor.a.md:4:1 md.unknown-field"), summary(fails(strict, root)));
  }

  @Test
  void theTitleHeadingMustMatchTheFrontMatter() throws IOException {
    FormatException e = fails(lenient, dir("nodes/vendor.a.md", page("---", "id: vendor.a", "title: A", "---", "",
        "# Not A")));
    assertEquals(List.of("nodes/vendor.a.md:6:1 md.title"), summary(e));
  }

  @Test
  void strictModeReportsLinksToPagesThatDoNotExist() throws IOException {
    Path root = dir("nodes/vendor.a.md", page("---", "id: vendor.a", "title: A", "---", "", "# A", "", "## Relations",
        "", "- enables [Gone](vendor.gone.md): points nowhere"));
    assertEquals(1, lenient.read(root).validate(dev.topicgraph.model.ValidationMode.LENIENT).size());
    assertEquals(List.of("nodes/vendor.a.md:10:3 graph.dangling-relation"), summary(fails(strict, root)));
    dev.topicgraph.api.format.ReadResult read = lenient.readWithWarnings(root);
    assertEquals(lenient.read(root), read.graph());
    assertEquals(List.of("nodes/vendor.a.md:10:3 graph.dangling-relation"), read.warnings().stream()
        .map(d -> d.source().orElse("") + ":" + d.line().orElse(0) + ":" + d.column().orElse(0) + " " + d.code())
        .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void aTopicsFolderThatLinksOutsideIsRefused() throws IOException {
    Path root = dir("nodes/vendor.a.md", page("---", "id: vendor.a", "title: A", "---", "", "# A"));
    Path elsewhere = dir("topics/topic.t.md", page("---", "id: topic.t", "title: T", "proposed: 2026-01-01", "---",
        "", "# T")).resolve("topics");
    Path other = Files.createDirectories(temp.resolve("other-graph"));
    Files.move(elsewhere, other.resolve("topics"));
    Files.delete(root.resolve("topics"));
    Files.createSymbolicLink(root.resolve("topics"), other.resolve("topics"));
    FormatException e = fails(lenient, root);
    assertEquals(List.of("topics/:1:1 md.file-type"), e.diagnostics().stream()
        .map(d -> d.source().orElse("") + ":" + d.line().orElse(0) + ":" + d.column().orElse(0) + " " + d.code())
        .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void aDuplicateFeedbackIdIsLocatedAtItsRow() throws IOException {
    Path root = dir("topics/topic.t.md", page("---", "id: topic.t", "title: T", "proposed: 2026-01-01", "---", "",
        "# T", "", "## Feedback", "", "| ID | Reviewer | Interest | Opt-in | At | Comment |", "|---|---|---|---|---|---|",
        "| fb-1 | r-1 | 4 | no | 2026-11-03T08:15:00Z | |", "| fb-1 | r-2 | 3 | no | 2026-11-03T08:16:00Z | |"));
    FormatException e = fails(lenient, root);
    assertEquals(List.of("topics/topic.t.md:14:1 graph.duplicate-feedback-id"), summary(e));
    assertTrue(e.diagnostics().get(0).message().contains("already used at topics/topic.t.md:13"),
        e.diagnostics().get(0).message());
  }

  @Test
  void filesWithoutAnIdNameAndDirectoriesWithoutPagesAreRefused() throws IOException {
    FormatException e = fails(lenient, dir("nodes/Notes.md", page("hello")));
    assertEquals("md.file-name", e.diagnostics().get(0).code());
    Path empty = Files.createDirectories(temp.resolve("empty"));
    assertEquals("md.layout", fails(lenient, empty).diagnostics().get(0).code());
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws IOException {
    Path root = dir();
    byte[] bytes = page("---", "id: vendor.a", "title: A", "---", "", "# A", "", "bad: \u00ff").getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(root.resolve("nodes/vendor.a.md"), bytes);
    assertEquals(List.of("nodes/vendor.a.md:8:6 md.encoding"), summary(fails(lenient, root)));
  }

  @Test
  void textThatAPageCannotHoldIsRefusedWithAReason() throws IOException {
    TopicGraph reserved = TopicGraph.builder().addNode(OrgDimension.builder().id(NodeId.of("org-dim.a")).title("A")
        .addSections(Section.of("Relations", "my own section")).build()).build();
    MarkdownFormat.losslessWriter().write(reserved, temp.resolve("out"));
    assertEquals(reserved, lenient.read(temp.resolve("out")), "a reserved heading is escaped, so it survives");

    TopicGraph unclosed = TopicGraph.builder().addNode(OrgDimension.builder().id(NodeId.of("org-dim.a")).title("A")
        .summary("<!-- a comment that never closes").build()).build();
    Path out = temp.resolve("out2");
    MarkdownFormat.losslessWriter().write(unclosed, out);
    assertEquals(unclosed, lenient.read(out), "escaped, so it survives");
  }

  @Test
  void anEmojiAtTheYamlParsersBufferBoundaryReads() throws IOException {
    for (int pad = 1000; pad < 1040; pad++) {
      String title = "x".repeat(pad) + "\uD83D\uDE00 end";
      TopicGraph g = TopicGraph.builder().addNode(OrgDimension.builder().id(NodeId.of("org-dim.a")).title(title).build())
          .build();
      Path out = temp.resolve("emoji-" + pad);
      MarkdownFormat.losslessWriter().write(g, out);
      assertEquals(g, lenient.read(out), "padding " + pad);
    }
  }
}
