package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import dev.topicgraph.model.ValidationMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphShrinkerTest {

  @Test
  void everyCandidateIsAValidSimplerGraph() {
    Property.forAllGraphs(Generators.graphs()).named("shrink candidates are valid").trials(40).check(g -> {
      List<TopicGraph> candidates = GraphShrinker.create().candidates(g).limit(300).collect(Collectors.toList());
      for (TopicGraph c : candidates) {
        assertNotEquals(g, c);
        assertEquals(List.of(), c.validate(ValidationMode.STRICT), () -> GraphPrinter.describe(c));
        assertTrue(c.nodes().size() <= g.nodes().size() && c.relations().size() <= g.relations().size()
            && c.topics().size() <= g.topics().size() && c.feedback().size() <= g.feedback().size());
      }
    });
  }

  @Test
  void shrinksToTheElementThatMatters() {
    TopicGraph g = Generators.graphs(GraphShape.of(30, 50, 10, 80)).sample(3, 20);
    String reviewer = g.feedback().get(17).reviewer();
    TopicGraph shrunk = GraphShrinker.create().shrink(g,
        c -> c.feedback().stream().anyMatch(f -> f.reviewer().equals(reviewer) && f.interest() >= 1), 10_000);
    assertEquals(1, shrunk.feedback().size());
    assertEquals(1, shrunk.topics().size());
    assertEquals(List.of(), shrunk.relations());
    assertEquals(List.of(), shrunk.nodes());
    assertEquals("a", shrunk.topics().get(0).title());
  }

  @Test
  void theEmptyGraphHasNoCandidates() {
    assertEquals(0, GraphShrinker.create().candidates(TopicGraph.empty()).count());
  }

  @Test
  void idsShrinkToTheShortestValidOnesAndFieldsToTheirSimplestValues() {
    TopicGraph g = Generators.graphs(GraphShape.of(30, 50, 10, 80)).sample(5, 30);
    TopicGraph shrunk = GraphShrinker.create().shrink(g,
        c -> c.relations().stream().anyMatch(r -> !r.from().equals(r.to()))
            && c.feedback().stream().map(Feedback::reviewer).distinct().count() >= 2,
        20_000);
    assertEquals(2, shrunk.nodes().size(), () -> GraphPrinter.describe(shrunk));
    for (Node n : shrunk.nodes()) {
      assertTrue(n.id().value().matches("[a-z-]+\\.[ab]"), n.id().value());
    }
    Relation r = shrunk.relations().get(0);
    assertEquals(1, shrunk.relations().size());
    assertTrue(shrunk.containsNode(r.from()) && shrunk.containsNode(r.to()), "references follow the renamed ids");
    assertEquals(RelationType.of("a"), r.type(), "the shortest relation type");
    assertEquals("a", r.rationale());
    Topic t = shrunk.topics().get(0);
    assertEquals(List.of(NodeId.of("topic.a")), shrunk.topics().stream().map(Topic::id).collect(Collectors.toList()));
    assertEquals(TopicStatus.PROPOSED, t.status());
    assertEquals(LocalDate.EPOCH, t.proposed());
    assertEquals(List.of("a", "b"), shrunk.feedback().stream().map(Feedback::id).collect(Collectors.toList()));
    assertEquals(Set.of("a", "b"), shrunk.feedback().stream().map(Feedback::reviewer).collect(Collectors.toSet()));
    for (Feedback f : shrunk.feedback()) {
      assertEquals(t.id(), f.topic());
      assertEquals(Instant.EPOCH, f.at());
      assertFalse(f.optIn());
      assertEquals(Optional.empty(), f.comment());
    }
  }

  @Test
  void aFalseScoringPropertyShrinksToOneTopicWithOneEvent() {
    PropertyFailure failure = Property.forAllGraphs(Generators.graphs()).named("every score is below 0.5")
        .run(g -> {
          // As of the newest event: the backlog the morning after the last rating.
          Instant asOf = g.feedback().stream().map(Feedback::at).max(Instant::compareTo)
              .orElse(Instant.parse("2026-07-01T00:00:00Z"));
          for (RankedTopic r : PriorityScorer.withDefaults().rank(g, asOf)) {
            assertTrue(r.score() < 0.5, r.topic().id() + " scores " + r.score());
          }
        })
        .orElseThrow();
    TopicGraph original = (TopicGraph) failure.originalCounterexample();
    TopicGraph shrunk = (TopicGraph) failure.shrunkCounterexample();
    assertTrue(original.feedback().size() > 1, () -> GraphPrinter.describe(original));
    assertEquals(1, shrunk.topics().size(), failure::getMessage);
    assertEquals(1, shrunk.feedback().size(), failure::getMessage);
    Feedback event = shrunk.feedback().get(0);
    assertEquals(5, event.interest(), "only the strongest rating lifts one event so high");
    assertEquals("a", event.id());
    assertEquals("topic.a", shrunk.topics().get(0).id().value());
  }
}
