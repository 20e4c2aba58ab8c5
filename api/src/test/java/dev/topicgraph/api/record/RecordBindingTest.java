package dev.topicgraph.api.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The record binding on its own, with syntax trees as the syntax. */
class RecordBindingTest {
  private static final NodeId SYNC = NodeId.of("vendor.example-sync");

  private static <R> SyntaxTree tree(RecordType<R, ?> type, R record) throws IOException {
    SyntaxTree.TreeWriter w = SyntaxTree.writer();
    RecordWriter.write(type, record, w);
    return w.take().get(0);
  }

  @Test
  void aSyntaxTreeIsReadIntoAGraph() throws IOException {
    GraphAssembler assembler = GraphAssembler.create("notes.txt", ReadOptions.strict(), "notes");
    // tag::tree[]
    SyntaxTree node = SyntaxTree.record(3, 1)
        .field("id", 3, 1, SyntaxTree.string("vendor.example-sync", 3, 5))
        .field("title", 4, 1, SyntaxTree.string("Example Sync", 4, 8))
        .field("confidence", 5, 1, SyntaxTree.number("0.75", 5, 13))
        .field("tags", 6, 1, SyntaxTree.list(6, 7).add(SyntaxTree.string("composable-cdp", 6, 8)));
    SyntaxReader in = node.reader();
    in.next();                                   // the record's START_RECORD
    assembler.read(RecordType.NODE, in);
    TopicGraph graph = assembler.finish().graph();
    // end::tree[]
    Node read = graph.node(SYNC).orElseThrow();
    assertTrue(read instanceof Vendor);
    assertEquals(0.75, read.confidence().getAsDouble());
    assertEquals(List.of("composable-cdp"), read.tags());
  }

  @Test
  void problemsAreLocatedWhereTheTreeSaysTheyStood() throws IOException {
    GraphAssembler assembler = GraphAssembler.create("notes.txt", ReadOptions.strict(), "notes");
    SyntaxTree feedback = SyntaxTree.record(10, 1)
        .field("id", 10, 1, SyntaxTree.string("f1", 10, 5))
        .field("topic", 11, 1, SyntaxTree.string("topic.a", 11, 8))
        .field("reviewer", 12, 1, SyntaxTree.string("r1", 12, 11))
        .field("interest", 13, 1, SyntaxTree.string("five", 13, 11))
        .field("at", 14, 1, SyntaxTree.string("2026-11-03T08:15:00Z", 14, 5))
        .field("mood", 15, 1, SyntaxTree.string("happy", 15, 7));
    SyntaxReader in = feedback.reader();
    in.next();
    assembler.read(RecordType.FEEDBACK, in);
    FormatException e = assertThrows(FormatException.class, assembler::finish);
    assertEquals(List.of("notes.txt:13:11: error notes.type: expected a whole number for \"interest\", found a "
        + "string (at /feedback/0/interest)", "notes.txt:15:1: error notes.unknown-field: unknown field \"mood\"; a "
        + "feedback event has id, topic, reviewer, interest, optIn, at and comment (at /feedback/0/mood)"),
        e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList()));
  }

  @Test
  void everyRecordRoundTripsThroughTrees() throws IOException {
    Topic topic = Topic.builder().id(NodeId.of("topic.a")).title("A").addDrawsFrom(SYNC)
        .proposed(LocalDate.of(2026, 11, 1)).putExtra("owner", "growth").build();
    Node node = Vendor.builder().id(SYNC).title("Sync").category("composable-cdp")
        .addSections(Section.of("Why", "Because.")).build();
    Relation relation = Relation.of(NodeId.of("org-dim.a.b"), RelationType.ENABLES, SYNC, "fits");
    Feedback event = Feedback.builder().id("f").topic(topic.id()).reviewer("r").interest(5).optIn(true)
        .at(Instant.parse("2026-11-03T08:15:00Z")).build();
    assertEquals(topic, GraphAssembler.readRecord(RecordType.TOPIC, started(tree(RecordType.TOPIC, topic)), "t",
        ReadOptions.strict(), "t"));
    assertEquals(node, GraphAssembler.readRecord(RecordType.NODE, started(tree(RecordType.NODE, node)), "t",
        ReadOptions.strict(), "t"));
    assertEquals(relation, GraphAssembler.readRecord(RecordType.RELATION, started(tree(RecordType.RELATION,
        relation)), "t", ReadOptions.strict(), "t"));
    assertEquals(event, GraphAssembler.readRecord(RecordType.FEEDBACK, started(tree(RecordType.FEEDBACK, event)), "t",
        ReadOptions.strict(), "t"));
    assertEquals("{id: \"topic.a\", title: \"A\", drawsFrom: [\"vendor.example-sync\"], status: \"proposed\", "
        + "proposed: \"2026-11-01\", extra: {owner: \"growth\"}}", tree(RecordType.TOPIC, topic).toString());
  }

  private static SyntaxReader started(SyntaxTree tree) throws IOException {
    SyntaxReader in = tree.reader();
    in.next();
    return in;
  }

  /** A topic description with one more field, kept in {@code extra} so that the model needs no change. */
  static RecordType<Topic, Topic.Builder> topicWithPriority() {
    List<Field<Topic, Topic.Builder>> fields = new ArrayList<>(RecordType.TOPIC.fields());
    fields.remove(fields.size() - 1); // extra would hold the priority twice
    fields.add(Field.integer("priority",
        (Topic t) -> t.extra().containsKey("priority") ? Integer.valueOf(t.extra().get("priority")) : null,
        (Topic.Builder b, Integer v) -> b.putExtra("priority", v.toString())));
    return RecordType.of("topic", Topic::builder, Topic.Builder::build, fields);
  }

  @Test
  void aFieldAddedToADescriptionIsCarriedWithoutAnyOtherChange() throws IOException {
    RecordType<Topic, Topic.Builder> type = topicWithPriority();
    Topic topic = Topic.builder().id(NodeId.of("topic.a")).title("A").proposed(LocalDate.of(2026, 11, 1))
        .putExtra("priority", "3").build();
    SyntaxTree written = tree(type, topic);
    assertEquals("{id: \"topic.a\", title: \"A\", status: \"proposed\", proposed: \"2026-11-01\", priority: 3}",
        written.toString());
    assertEquals(topic, GraphAssembler.readRecord(type, started(written), "t", ReadOptions.strict(), "t"));
    // The type is checked as for any field: a priority that is not a whole number is a located error.
    SyntaxTree bad = SyntaxTree.record(1, 1).field("id", 1, 1, SyntaxTree.string("topic.a", 1, 5))
        .field("title", 2, 1, SyntaxTree.string("A", 2, 8))
        .field("proposed", 3, 1, SyntaxTree.string("2026-11-01", 3, 11))
        .field("priority", 4, 1, SyntaxTree.string("high", 4, 11));
    FormatException e = assertThrows(FormatException.class,
        () -> GraphAssembler.readRecord(type, started(bad), "t", ReadOptions.strict(), "t"));
    assertEquals("t:4:11: error t.type: expected a whole number for \"priority\", found a string (at /priority)",
        e.diagnostics().get(0).toString());
  }

  @Test
  void aDocumentReadsFromATree() throws IOException {
    SyntaxTree doc = SyntaxTree.record(1, 1)
        .field("format", 1, 2, SyntaxTree.string("topicgraph/1", 1, 12))
        .field("nodes", 2, 2, SyntaxTree.list(2, 10).add(tree(RecordType.NODE,
            Vendor.builder().id(SYNC).title("Sync").build())));
    GraphAssembler assembler = GraphAssembler.create("doc", ReadOptions.defaults(), "doc");
    assembler.readDocument(doc.reader(), "topicgraph/1");
    ReadResult r = assembler.finish();
    assertEquals(1, r.graph().nodes().size());
  }

  @Test
  void descriptionsRefuseWhatWouldBeAmbiguous() {
    Field<Topic, Topic.Builder> title = Field.string("title", Topic::title, Topic.Builder::title);
    assertThrows(IllegalArgumentException.class,
        () -> RecordType.of("topic", Topic::builder, Topic.Builder::build, List.of(title, title)));
    assertThrows(IllegalArgumentException.class,
        () -> RecordType.of("topic", Topic::builder, Topic.Builder::build, List.of()));
    assertThrows(IllegalStateException.class, () -> Field.integer("n", (Topic t) -> 1, (Topic.Builder b, Integer v) -> { })
        .interned());
    Field<Topic, Topic.Builder> count = Field.integer("n", (Topic t) -> 1, (Topic.Builder b, Integer v) -> { });
    assertThrows(IllegalStateException.class, () -> count.text(TextRule.SLUG));
    assertThrows(IllegalStateException.class, () -> title.range(0, 1));
    assertThrows(IllegalArgumentException.class, () -> count.range(2, 1));
    assertThrows(IllegalArgumentException.class, () -> count.range(Double.NaN, 1));
  }

  @Test
  void descriptionsStateTextRulesAndRanges() {
    assertEquals(Optional.of(TextRule.LINE), RecordType.TOPIC.field("title").orElseThrow().text());
    assertEquals(Optional.of(TextRule.SLUG), RecordType.TOPIC.field("channels").orElseThrow().text());
    assertEquals(Optional.of(TextRule.TOKEN), RecordType.FEEDBACK.field("reviewer").orElseThrow().text());
    assertEquals(Optional.empty(), RecordType.FEEDBACK.field("interest").orElseThrow().text());
    Field<?, ?> interest = RecordType.FEEDBACK.field("interest").orElseThrow();
    assertEquals(1.0, interest.minimum());
    assertEquals(5.0, interest.maximum());
    Field<?, ?> version = RecordType.NODE.field("version").orElseThrow();
    assertEquals(1.0, version.minimum());
    assertEquals(Integer.MAX_VALUE, version.maximum());
    assertTrue(Double.isNaN(RecordType.NODE.field("title").orElseThrow().minimum()));
    // Copies keep what was stated before them.
    Field<?, ?> slug = Field.<Topic, Topic.Builder>string("x", t -> null, Topic.Builder::lens).text(TextRule.SLUG).required();
    assertEquals(Optional.of(TextRule.SLUG), slug.text());
    assertTrue(slug.isRequired());
  }
}