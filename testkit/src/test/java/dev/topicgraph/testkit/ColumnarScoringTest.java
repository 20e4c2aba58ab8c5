package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The graph keeps its feedback in columns, and {@code rank(graph, asOf)} scores from them: these
 * checks hold it to the value-based path (the accumulators fed with {@code graph.feedback()}) bit for
 * bit, and the graph's feedback accessors to what the events say.
 */
class ColumnarScoringTest {
  private static Property<ScoringLawsTest.Case> forAll(String name) {
    return Property.forAll(ScoringLawsTest.CASES).named(name)
        .shrinkWith(c -> GraphShrinker.create().candidates(c.graph)
            .map(g -> new ScoringLawsTest.Case(g, c.asOf, c.config, c.seed)));
  }

  /** The case's instant, and instants that fall on, just before and just after some events. */
  private static List<Instant> instants(ScoringLawsTest.Case c) {
    List<Instant> out = new ArrayList<>(List.of(c.asOf));
    SplittableRandom random = new SplittableRandom(c.seed);
    List<Feedback> events = c.graph.feedback();
    for (int i = 0; i < 3 && !events.isEmpty(); i++) {
      Instant at = events.get(random.nextInt(events.size())).at();
      out.add(at);
      out.add(at.minusNanos(1));
      out.add(at.plusSeconds(random.nextInt(1, 90 * 24 * 3600)));
    }
    return out;
  }

  private static void assertSameBits(List<RankedTopic> expected, List<RankedTopic> actual, Instant asOf) {
    assertEquals(expected.size(), actual.size(), "topics ranked as of " + asOf);
    for (int i = 0; i < expected.size(); i++) {
      RankedTopic e = expected.get(i);
      RankedTopic a = actual.get(i);
      assertEquals(e.topic().id(), a.topic().id(), "rank " + (i + 1) + " as of " + asOf);
      assertEquals(Double.doubleToRawLongBits(e.score()), Double.doubleToRawLongBits(a.score()),
          () -> e.topic().id() + ": " + e.score() + " from values, " + a.score() + " from columns, as of " + asOf);
      assertEquals(e.reviewers(), a.reviewers(), () -> e.topic().id() + ": reviewers as of " + asOf);
      assertEquals(e.explanation(), a.explanation(), () -> e.topic().id() + ": explanation as of " + asOf);
    }
  }

  @Test
  void columnarAndValueBasedScoringAgreeBitForBit() {
    forAll("columnar = value-based").trials(300).check(c -> {
      PriorityScorer scorer = PriorityScorer.create(c.config);
      for (Instant asOf : instants(c)) {
        assertSameBits(scorer.rank(c.graph, c.graph.feedback(), asOf), scorer.rank(c.graph, asOf), asOf);
      }
    });
  }

  @Test
  void columnarScoringAgreesWhenReviewersRateOftenAndEventsShareInstants() {
    // Few reviewers and few instants: many replaced ratings, many events at one instant ordered by id.
    forAll("columnar = value-based, crowded").trials(200).check(c -> {
      SplittableRandom random = new SplittableRandom(c.seed);
      TopicGraph.Builder b = c.graph.toBuilder();
      List<NodeId> topics = new ArrayList<>();
      c.graph.topics().forEach(t -> topics.add(t.id()));
      if (topics.isEmpty()) {
        return;
      }
      // A topic drawing on a node the graph lacks as well as on its own: neutral confidence, freshness 0.
      dev.topicgraph.model.Topic first = c.graph.topics().get(0);
      NodeId dangling = NodeId.of("topic.columnar-dangling-" + random.nextInt(1000));
      b.addTopic(first.toBuilder().id(dangling).addDrawsFrom(NodeId.of("vendor.not-in-the-graph")).build());
      topics.add(dangling);
      Instant base = Instant.parse("2026-06-30T00:00:00Z");
      for (int i = 0; i < 60; i++) {
        b.addFeedback(Feedback.builder().id("crowd-" + random.nextInt(1_000_000) + "-" + i)
            .topic(topics.get(random.nextInt(topics.size()))).reviewer("r-" + random.nextInt(4))
            .interest(random.nextInt(1, 6)).optIn(random.nextBoolean())
            .at(base.plusSeconds(random.nextInt(3) * 86_400L).plusNanos(random.nextInt(2))).build());
      }
      TopicGraph g = b.build();
      PriorityScorer scorer = PriorityScorer.create(c.config);
      for (Instant asOf : List.of(c.asOf, base, base.plusSeconds(86_400), base.plusNanos(1), base.minusNanos(1))) {
        assertSameBits(scorer.rank(g, g.feedback(), asOf), scorer.rank(g, asOf), asOf);
      }
    });
  }

  @Test
  void theGraphHandsOutTheEventsItWasBuiltFrom() {
    forAll("columns hand out the events").trials(200).check(c -> {
      List<Feedback> events = new ArrayList<>(c.graph.feedback());
      Collections.shuffle(events, new java.util.Random(c.seed));
      TopicGraph rebuilt = c.graph.toBuilder().addFeedback(List.of()).build();
      assertEquals(c.graph, rebuilt);
      assertEquals(c.graph.hashCode(), rebuilt.hashCode());
      List<Feedback> byId = new ArrayList<>(events);
      byId.sort(java.util.Comparator.comparing(Feedback::id));
      assertEquals(byId, c.graph.feedback());
      for (Feedback f : events) {
        assertEquals(f, c.graph.feedback(f.id()).orElseThrow());
      }
      assertEquals(java.util.Optional.empty(), c.graph.feedback("no-such-event"));
      Map<NodeId, List<Feedback>> onTopic = new TreeMap<>();
      for (Feedback f : events) {
        onTopic.computeIfAbsent(f.topic(), k -> new ArrayList<>()).add(f);
      }
      for (Map.Entry<NodeId, List<Feedback>> e : onTopic.entrySet()) {
        List<Feedback> expected = new ArrayList<>(e.getValue());
        expected.sort(Feedback.NEWEST_LAST);
        assertEquals(expected, c.graph.feedbackOn(e.getKey()));
        Map<String, Feedback> latest = new TreeMap<>();
        expected.forEach(f -> latest.put(f.reviewer(), f));
        assertEquals(latest, c.graph.latestFeedbackOn(e.getKey()));
        assertEquals(List.copyOf(latest.keySet()), List.copyOf(c.graph.latestFeedbackOn(e.getKey()).keySet()));
      }
      if (!events.isEmpty()) {
        Feedback dropped = events.get(0);
        TopicGraph without = TopicGraph.builder().addNodes(c.graph.nodes()).addRelations(c.graph.relations())
            .addTopics(c.graph.topics()).addFeedback(events.subList(1, events.size())).build();
        org.junit.jupiter.api.Assertions.assertNotEquals(c.graph, without, "dropped " + dropped.id());
        TopicGraph changed = without.toBuilder().addFeedback(dropped.toBuilder()
            .interest(dropped.interest() == 5 ? 4 : dropped.interest() + 1).build()).build();
        org.junit.jupiter.api.Assertions.assertNotEquals(c.graph, changed);
      }
    });
  }
}
