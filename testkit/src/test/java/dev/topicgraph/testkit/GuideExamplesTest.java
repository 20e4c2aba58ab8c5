package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Node;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples of docs/testing-with-topicgraph.md and README.md, compiled and run. */
class GuideExamplesTest {

  // tag::property[]
  @Test
  void referencedByIsTheInverseOfTheRelations() {
    Property.forAllGraphs(Generators.graphs())
        .named("referenced-by is the inverse of the relations")
        .check(graph -> {
          for (Relation r : graph.relations()) {
            assertTrue(graph.referencedBy(r.to()).contains(r));
          }
        });
  }
  // end::property[]

  // tag::plain[]
  @Test
  void plainJUnitWithAGenerator() {
    SplittableRandom random = new SplittableRandom(42);           // a fixed seed: the same graphs every run
    for (int i = 0; i < 100; i++) {
      TopicGraph graph = Generators.graphs().generate(random, i % 50);
      assertEquals(graph, graph.toBuilder().build());
    }
  }
  // end::plain[]

  // tag::shapes[]
  @Test
  void aGraphOfAKnownSize() {
    TopicGraph big = Generators.graphs(GraphShape.of(1_000, 3_000, 200, 5_000)).sample(7, 20);
    assertEquals(1_000, big.nodes().size());
    assertEquals(5_000, big.feedback().size());
    assertEquals(0, big.validate(ValidationMode.STRICT).size());  // every reference resolves
  }
  // end::shapes[]

  // tag::shrink[]
  @Test
  void shrinkingByHand() {
    TopicGraph failing = Generators.graphs(GraphShape.of(40, 80, 10, 100)).sample(3, 20);
    TopicGraph smallest = GraphShrinker.create().shrink(failing,
        g -> g.nodes().stream().anyMatch(n -> n.title().contains(" ")),   // "the bug shows"
        10_000);
    assertEquals(1, smallest.nodes().size());                     // one node, still valid, nothing else
    assertTrue(smallest.relations().isEmpty() && smallest.topics().isEmpty());
  }
  // end::shrink[]

  // tag::parameterized[]
  static Stream<Arguments> seededNodes() {
    Gen<Node> nodes = Generators.nodes();
    return IntStream.range(0, 50).mapToObj(seed -> Arguments.of(seed, nodes.sample(seed, 30)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seededNodes")
  void everyNodeHasATitle(int seed, Node node) {
    assertTrue(!node.title().isBlank(), () -> "seed " + seed + ": " + node);
  }
  // end::parameterized[]

  // tag::streams[]
  @Test
  void aGeneratorDrivesAPlainStream() {
    Gen<TopicGraph> graphs = Generators.graphs();
    LongStream.range(0, 200).forEach(seed -> {                    // the seeds are the trials
      TopicGraph graph = graphs.sample(seed, (int) (seed % 50));   // sizes grow, then start again
      TopicGraph copy = graph.toBuilder().build();
      GraphDiff diff = GraphDiff.between(graph, copy);
      assertTrue(diff.isEmpty(), () -> "seed " + seed + ": " + diff);
    });
  }
  // end::streams[]

  // tag::shrinkAFoundSeed[]
  @Test
  void shrinkWhatAnotherEngineFound() {
    long failingSeed = 5;                                         // reported by the engine
    TopicGraph found = Generators.graphs().sample(failingSeed, 40);
    Predicate<TopicGraph> bugShows = g -> g.relations().stream().anyMatch(r -> r.from().equals(r.to()));
    assertTrue(bugShows.test(found));
    TopicGraph smallest = GraphShrinker.create().shrink(found, bugShows, 10_000);
    assertEquals(1, smallest.nodes().size());                     // one node with a relation to itself
    assertEquals("a", smallest.relations().get(0).rationale());
  }
  // end::shrinkAFoundSeed[]
}
