package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.util.List;
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
}
