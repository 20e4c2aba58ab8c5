package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.record.Field;
import dev.topicgraph.api.record.FieldType;
import dev.topicgraph.api.record.GraphAssembler;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.RecordWriter;
import dev.topicgraph.api.record.SyntaxTree;
import dev.topicgraph.api.record.TextRule;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordGenTest {
  private static final List<RecordType<?, ?>> MODEL = List.of(RecordType.NODE, RecordType.SECTION,
      RecordType.SOURCE, RecordType.RELATION, RecordType.TOPIC, RecordType.TRADEOFF, RecordType.FEEDBACK);

  /** A topic description with one more field, a priority from 1 to 3, kept in {@code extra}. */
  private static RecordType<Topic, Topic.Builder> topicWithPriority() {
    List<Field<Topic, Topic.Builder>> fields = new ArrayList<>(RecordType.TOPIC.fields());
    fields.remove(fields.size() - 1); // extra would hold the priority twice
    fields.add(Field.<Topic, Topic.Builder>integer("priority",
        (Topic t) -> t.extra().containsKey("priority") ? Integer.valueOf(t.extra().get("priority")) : null,
        (Topic.Builder b, Integer v) -> b.putExtra("priority", v.toString())).range(1, 3));
    return RecordType.of("topic", Topic::builder, Topic.Builder::build, fields);
  }

  @Test
  void aFieldAddedToADescriptionIsGeneratedWithinItsRangeAndRoundTrips() {
    RecordType<Topic, Topic.Builder> type = topicWithPriority();
    Set<String> priorities = new HashSet<>();
    Property.forAll(Generators.records(type)).named("added field").trials(300).check(topic -> {
      String p = topic.extra().get("priority");
      if (p != null) {
        priorities.add(p);
      }
      assertEquals(topic, GraphAssembler.readRecord(type, tree(type, topic).reader(), "t", ReadOptions.strict(), "t"));
    });
    assertEquals(Set.of("1", "2", "3"), priorities, "every priority the range allows, and no other");
  }

  @Test
  void everyFieldOfEveryModelRecordIsGenerated() {
    Map<RecordType<?, ?>, Set<String>> seen = new HashMap<>();
    Property.forAll(Generators.graphs()).named("fields generated").trials(200).check(graph -> {
      RecordWriter.forEachRecord(graph, (type, record) -> collect(type, tree(type, record), seen));
    });
    for (RecordType<?, ?> type : MODEL) {
      Set<String> all = new HashSet<>();
      type.fields().forEach(f -> all.add(f.name()));
      assertEquals(all, seen.get(type), "every field of " + type.name() + " is stated in some generated graph");
    }
  }

  @Test
  void textFollowsItsRuleAndOnlyVendorsHaveACategory() {
    Property.forAll(Generators.graphs()).named("text rules").trials(100).check(graph -> {
      graph.nodes().forEach(n -> assertTrue(n instanceof Vendor || n.id().kind() != NodeKind.VENDOR));
      graph.topics().forEach(t -> t.channels().forEach(c -> assertTrue(
          List.of("blog", "linkedin", "newsletter", "talk").contains(c), c)));
    });
    Property.forAll(Generators.records(RecordType.SOURCE)).named("urls").trials(200).check(s ->
        s.url().ifPresent(u -> assertTrue(u.startsWith("https://example.org/"), u)));
    Property.forAll(Gen.elements(TextRule.values()).flatMap(RecordGen::text)).named("no empty text").trials(500)
        .check(text -> assertTrue(!text.isEmpty() && text.equals(text.strip()), () -> "[" + text + "]"));
  }

  @Test
  void aRecordTheModelRefusesIsMadeAgain() {
    // Half of all nodes of any kind would carry a category, which only vendors may have.
    Property.forAll(Generators.records(RecordType.NODE)).named("nodes of any kind").trials(300).check(node ->
        assertTrue(node.id().kind() != NodeKind.TOPIC, node.id().value()));
  }

  private static void collect(RecordType<?, ?> type, SyntaxTree record, Map<RecordType<?, ?>, Set<String>> seen) {
    seen.computeIfAbsent(type, t -> new HashSet<>()).addAll(record.names());
    for (int i = 0; i < record.names().size(); i++) {
      Field<?, ?> f = type.field(record.names().get(i)).orElseThrow();
      if (f.type() == FieldType.RECORD_LIST) {
        for (SyntaxTree element : record.values().get(i).values()) {
          collect(f.element().orElseThrow(), element, seen);
        }
      }
    }
  }

  private static SyntaxTree tree(RecordType<?, ?> type, Object record) {
    SyntaxTree.TreeWriter w = SyntaxTree.writer();
    try {
      RecordWriter.writeAny(type, record, w);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return w.take().get(0);
  }
}
