package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.record.Field;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Records shrink through their descriptions: every variant is a valid record, and new fields shrink too. */
class RecordShrinkingTest {

  @Test
  void everyVariantIsAValidRecordOfTheSameIdentity() {
    Property.forAllGraphs(Generators.graphs()).named("record variants").trials(60).check(g -> {
      for (Node n : g.nodes()) {
        for (Node v : variants(RecordType.NODE, n)) {
          assertEquals(n.id(), v.id(), "ids are renamed by the graph shrinker, not here");
          assertEquals(n.getClass(), v.getClass());
        }
      }
      for (Topic t : g.topics()) {
        variants(RecordType.TOPIC, t).forEach(v -> assertEquals(t.id(), v.id()));
      }
      for (Feedback f : g.feedback()) {
        variants(RecordType.FEEDBACK, f).forEach(v -> assertEquals(f.topic(), v.topic()));
      }
    });
  }

  private static <R> List<R> variants(RecordType<R, ?> type, R record) {
    return RecordShrinking.simpler(type, record).map(Supplier::get).filter(Objects::nonNull)
        .collect(Collectors.toList());
  }

  @Test
  void aRichTopicShrinksToItsRequiredFields() {
    Topic rich = Topic.builder().id(NodeId.of("topic.rich")).title("A long title, with words")
        .audience("Data leads").angle("Several\nlines").addChannels("blog", "linkedin")
        .addOpenQuestions("Who?", "When?").proposed(LocalDate.of(2026, 11, 1)).putExtra("owner", "growth").build();
    List<Topic> first = variants(RecordType.TOPIC, rich);
    assertEquals(Topic.builder().id(rich.id()).title(rich.title()).proposed(rich.proposed()).build(), first.get(0),
        "the first step leaves out every optional field");
    assertTrue(first.stream().anyMatch(t -> t.channels().equals(List.of("linkedin"))), "a list loses one element");
    assertTrue(first.stream().anyMatch(t -> t.title().equals("a")), "text becomes one letter");
    assertTrue(first.stream().anyMatch(t -> t.proposed().equals(LocalDate.EPOCH)), "a date becomes the epoch");
    first.forEach(t -> assertNotEquals(rich, t));
  }

  @Test
  void aFieldAddedToADescriptionIsShrunkWithNoChangeHere() {
    List<Field<Topic, Topic.Builder>> fields = new ArrayList<>(RecordType.TOPIC.fields());
    fields.remove(fields.size() - 1);
    fields.add(Field.integer("priority",
        (Topic t) -> t.extra().containsKey("priority") ? Integer.valueOf(t.extra().get("priority")) : null,
        (Topic.Builder b, Integer v) -> b.putExtra("priority", v.toString())));
    RecordType<Topic, Topic.Builder> type = RecordType.of("topic", Topic::builder, Topic.Builder::build, fields);
    Topic topic = Topic.builder().id(NodeId.of("topic.a")).title("a").proposed(LocalDate.EPOCH)
        .putExtra("priority", "7").build();
    List<Topic> variants = variants(type, topic);
    assertTrue(variants.stream().anyMatch(t -> t.extra().isEmpty()), "the optional field is left out");
    assertTrue(variants.stream().anyMatch(t -> "1".equals(t.extra().get("priority"))), "the number becomes 1");
  }

  @Test
  void theGraphShrinkerStillReachesTheSmallestGraph() {
    TopicGraph big = Generators.graphs().sample(11, 40);
    TopicGraph smallest = big;
    for (boolean shrunk = true; shrunk; ) {
      TopicGraph current = smallest;
      TopicGraph next = GraphShrinker.create().candidates(current).findFirst().orElse(null);
      shrunk = next != null;
      smallest = shrunk ? next : current;
    }
    assertEquals(TopicGraph.empty(), smallest, "with no property to keep, everything goes");
  }
}
