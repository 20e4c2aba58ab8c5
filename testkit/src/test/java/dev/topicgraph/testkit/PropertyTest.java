package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Node;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The property runner itself: trials, shrinking, reporting and replay. */
class PropertyTest {

  /** A deliberately false property: "no graph has more than two nodes". */
  private static final Property<TopicGraph> FALSE_PROPERTY =
      Property.forAllGraphs(Generators.graphs()).named("at most two nodes");

  private static void atMostTwoNodes(TopicGraph g) {
    assertTrue(g.nodes().size() <= 2, "graph has " + g.nodes().size() + " nodes");
  }

  @Test
  void aFailingPropertyIsShrunkToAMinimalValidGraph() {
    PropertyFailure failure = FALSE_PROPERTY.run(PropertyTest::atMostTwoNodes).orElseThrow();

    TopicGraph original = (TopicGraph) failure.originalCounterexample();
    TopicGraph shrunk = (TopicGraph) failure.shrunkCounterexample();
    assertTrue(original.nodes().size() > 2);
    assertTrue(failure.shrinkSteps() > 0);

    // Minimal: exactly three bare nodes, nothing else, and still valid.
    assertEquals(3, shrunk.nodes().size(), GraphPrinter.describe(shrunk));
    assertEquals(List.of(), shrunk.relations());
    assertEquals(List.of(), shrunk.topics());
    assertEquals(List.of(), shrunk.feedback());
    for (Node n : shrunk.nodes()) {
      assertEquals("a", n.title());
      assertEquals("", n.summary());
      assertTrue(n.sections().isEmpty() && n.tags().isEmpty() && n.sources().isEmpty() && n.extra().isEmpty());
      assertTrue(n.confidence().isEmpty() && n.version().isEmpty() && n.reviewed().isEmpty());
    }
    assertEquals(List.of(), shrunk.validate(ValidationMode.STRICT));

    // The report names the seed, shows both counterexamples and says how to replay.
    String message = failure.getMessage();
    assertTrue(message.startsWith("Property 'at most two nodes' failed on trial " + failure.trial()), message);
    assertTrue(message.contains("seed " + Long.toHexString(failure.seed())), message);
    assertTrue(message.contains("Shrunk in " + failure.shrinkSteps() + " steps to:"), message);
    assertTrue(message.contains("Original counterexample:"), message);
    assertTrue(message.contains("-Dtopicgraph.replay='at most two nodes@" + failure.replayToken() + "'"), message);
    assertEquals("at most two nodes@" + failure.replayToken(), failure.replaySystemProperty());
    assertInstanceOf(AssertionError.class, failure.getCause());
    assertTrue(failure.getCause().getMessage().contains("graph has 3 nodes"), failure.getCause().getMessage());
  }

  @Test
  void theReplayTokenReproducesTheFailingTrial() {
    PropertyFailure first = FALSE_PROPERTY.run(PropertyTest::atMostTwoNodes).orElseThrow();
    AtomicInteger runs = new AtomicInteger();
    PropertyFailure replayed = FALSE_PROPERTY.replay(first.replayToken())
        .shrinkWith(Shrinker.none())
        .run(g -> {
          runs.incrementAndGet();
          atMostTwoNodes(g);
        })
        .orElseThrow();
    assertEquals(1, runs.get(), "a replay runs one trial");
    assertEquals(first.originalCounterexample(), replayed.originalCounterexample());
    assertEquals(first.seed(), replayed.seed());
    assertEquals(first.size(), replayed.size());
  }

  @Test
  void theReplaySystemPropertyReplaysOnlyThePropertyItNames() {
    PropertyFailure first = FALSE_PROPERTY.run(PropertyTest::atMostTwoNodes).orElseThrow();
    withSystemProperty("topicgraph.replay", first.replaySystemProperty(), () -> {
      PropertyFailure replayed = FALSE_PROPERTY.run(PropertyTest::atMostTwoNodes).orElseThrow();
      assertEquals(1, replayed.trial());
      assertEquals(first.originalCounterexample(), replayed.originalCounterexample());

      // Another property runs all its trials, from its own seeds, as if nothing were replayed.
      AtomicInteger runs = new AtomicInteger();
      Property.forAll(Gen.ints(0, 9)).named("another property").trials(30).check(i -> runs.incrementAndGet());
      assertEquals(expectedTrials(30), runs.get());
      PropertyFailure other = FALSE_PROPERTY.named("at most two nodes, again").run(PropertyTest::atMostTwoNodes)
          .orElseThrow();
      assertTrue(other.trial() > 1, "the other property ran its trials from the first (whose graphs have at most "
          + "two nodes) instead of replaying: trial " + other.trial());
    });
  }

  @Test
  void aReplaySystemPropertyWithoutAPropertyNameIsRefused() {
    PropertyFailure first = FALSE_PROPERTY.run(PropertyTest::atMostTwoNodes).orElseThrow();
    withSystemProperty("topicgraph.replay", first.replayToken(), () -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> FALSE_PROPERTY.run(PropertyTest::atMostTwoNodes));
      assertTrue(e.getMessage().contains("<property name>@<hex seed>:<size>"), e.getMessage());
    });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FALSE_PROPERTY.replay("another property@" + first.replayToken()));
    assertTrue(e.getMessage().contains("'another property'"), e.getMessage());
    assertEquals(first.originalCounterexample(), FALSE_PROPERTY.replay(first.replaySystemProperty())
        .run(PropertyTest::atMostTwoNodes).orElseThrow().originalCounterexample());
  }

  private static void withSystemProperty(String key, String value, Runnable body) {
    String previous = System.getProperty(key);
    System.setProperty(key, value);
    try {
      body.run();
    } finally {
      if (previous == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, previous);
      }
    }
  }

  private static int expectedTrials(int trials) {
    String override = System.getProperty("topicgraph.trials", "");
    return override.isBlank() || override.startsWith("${") ? trials : Integer.parseInt(override.trim());
  }

  @Test
  void runsAreDeterministic() {
    PropertyFailure a = FALSE_PROPERTY.run(PropertyTest::atMostTwoNodes).orElseThrow();
    PropertyFailure b = FALSE_PROPERTY.run(PropertyTest::atMostTwoNodes).orElseThrow();
    assertEquals(a.seed(), b.seed());
    assertEquals(a.shrunkCounterexample(), b.shrunkCounterexample());
    PropertyFailure other = FALSE_PROPERTY.seed(42).run(PropertyTest::atMostTwoNodes).orElseThrow();
    assertTrue(other.seed() != a.seed());
  }

  @Test
  void aTruePropertyRunsEveryTrialWithGrowingSizes() {
    AtomicInteger trials = new AtomicInteger();
    int[] largest = {-1};
    Property.forAll((random, size) -> size).named("sizes").trials(25).maxSize(40).check(size -> {
      trials.incrementAndGet();
      assertTrue(size >= largest[0], "sizes grow");
      largest[0] = size;
    });
    assertEquals(expectedTrials(25), trials.get());
    assertEquals(40, largest[0]);
    assertEquals(Optional.empty(), Property.forAll(Gen.ints(0, 3)).run(i -> { }));
  }

  @Test
  void checkThrowsTheFailureAndExceptionsCountAsFailures() {
    PropertyFailure f = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gen.ints(0, 10)).named("no sevens").trials(200).check(i -> {
          if (i == 7) {
            throw new IllegalStateException("seven");
          }
        }));
    assertInstanceOf(IllegalStateException.class, f.getCause());
    assertTrue(f.getMessage().contains("Counterexample (not shrunk):\n  7"), f.getMessage());
  }

  @Test
  void malformedReplayTokensAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FALSE_PROPERTY.replay("not-a-token"));
    assertTrue(e.getMessage().contains("<hex seed>:<size>"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FALSE_PROPERTY.trials(0));
  }
}
