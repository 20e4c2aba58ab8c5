package dev.topicgraph.api.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scores checked against numbers worked out by hand (the same example as docs/scoring.md). */
class PriorityScorerTest {
  private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
  private static final NodeId NODE = NodeId.of("org-dim.profile.engineering-led");
  private static final NodeId TOPIC = NodeId.of("topic.serving-api");
  private static final double EPS = 1e-12;

  private static Feedback rating(String id, NodeId topic, String reviewer, int interest, boolean optIn, Instant at) {
    return Feedback.builder().id(id).topic(topic).reviewer(reviewer).interest(interest).optIn(optIn).at(at).build();
  }

  private static Topic topic(NodeId id, NodeId... drawsFrom) {
    return Topic.builder().id(id).title("T").addDrawsFrom(drawsFrom).proposed(LocalDate.of(2026, 11, 1)).build();
  }

  /** The worked example: two reviewers, one opted in, one drawn-on node reviewed one half-life ago. */
  private static TopicGraph workedExample() {
    return TopicGraph.builder()
        .addNode(OrgDimension.builder().id(NODE).title("Engineers run activation").confidence(0.8)
            .reviewed(LocalDate.of(2026, 5, 24)) // 180 days before AS_OF
            .build())
        .addTopic(topic(TOPIC, NODE))
        .addFeedback(rating("fb-1", TOPIC, "r1", 5, true, AS_OF))
        .addFeedback(rating("fb-2", TOPIC, "r2", 2, false, AS_OF.minus(Duration.ofDays(20))))
        .addFeedback(rating("fb-3", TOPIC, "r2", 4, false, AS_OF.minus(Duration.ofDays(14))))
        .build();
  }

  @Test
  void theWorkedExample() {
    RankedTopic top = PriorityScorer.withDefaults().rank(workedExample(), AS_OF).get(0);
    Explanation score = top.explanation();
    Explanation base = score.children().get(0);
    List<Explanation> signals = base.children();

    // interest: r1 rates 5 (1.0 on 0..1), r2's newest rating is 4 (0.75); fb-2 is replaced.
    // observed mean = (1 + 0.75) / 2 = 0.875
    // Bayesian average = (5 × 0.5 + 2 × 0.875) / (5 + 2) = 4.25 / 7 = 0.607142857...
    // exploration = 5 / (5 + 2) = 0.714285714...; bonus = 0.2 × 0.714285714 = 0.142857142...
    // interest = 0.607142857 + 0.142857142 × (1 − 0.607142857) = 0.663265306...
    assertEquals(0.6071428571428571, signals.get(0).children().get(0).value(), EPS);
    assertEquals(0.6632653061224489, signals.get(0).value(), EPS);
    // recency: r1 fresh (weight 1) × 1.0 + r2 one half-life old (weight 0.5) × 0.75 = 1.375
    // recency = 1.375 / (1.375 + 2) = 0.407407407...
    assertEquals(1.375, signals.get(1).children().get(0).value(), EPS);
    assertEquals(0.4074074074074074, signals.get(1).value(), EPS);
    // interested reviewers: r1 opted in and rates 5 ≥ 4 → 1; signal = 1 / (1 + 2) = 0.333...
    assertEquals(1.0 / 3, signals.get(2).value(), EPS);
    // confidence 0.8; freshness: reviewed 180 days ago, half-life 180 days → 0.5
    assertEquals(0.8, signals.get(3).value(), EPS);
    assertEquals(0.5, signals.get(4).value(), EPS);
    // weighted mean = 0.45 × 0.663265306 + 0.20 × 0.407407407 + 0.15 × 0.333333333
    //               + 0.10 × 0.8 + 0.10 × 0.5 = 0.559950869...
    assertEquals(0.5599508692365835, top.score(), EPS);
    assertEquals(2, top.reviewers());
    assertEquals(1, top.rank());
  }

  @Test
  void anEditorialBoostIsCapped() {
    ScoringConfig boosted = ScoringConfig.builder().putEditorialBoost(TOPIC, 0.9).build();
    RankedTopic top = PriorityScorer.create(boosted).rank(workedExample(), AS_OF).get(0);
    // capped at 0.25: 0.559950869 + 0.25 × (1 − 0.559950869) = 0.669963151...
    assertEquals(0.6699631519274376, top.score(), EPS);
    assertTrue(top.explanation().children().get(1).description().contains("capped at 0.25"));
  }

  @Test
  void threeFivesDoNotOutrankTwoHundredFours() {
    NodeId few = NodeId.of("topic.few-fives");
    NodeId many = NodeId.of("topic.many-fours");
    TopicGraph.Builder b = TopicGraph.builder().addTopic(topic(few)).addTopic(topic(many));
    for (int i = 0; i < 3; i++) {
      b.addFeedback(rating("a" + i, few, "r" + i, 5, false, AS_OF));
    }
    for (int i = 0; i < 200; i++) {
      b.addFeedback(rating("b" + i, many, "r" + i, 4, false, AS_OF));
    }
    List<RankedTopic> ranking = PriorityScorer.withDefaults().rank(b.build(), AS_OF);
    assertEquals(List.of(many, few), ranking.stream().map(r -> r.topic().id()).collect(Collectors.toList()));
    // Hand-computed: interest 0.7266 vs 0.7452; scores 0.5470 vs 0.6327.
    assertEquals(0.546953125, ranking.get(1).score(), EPS);
    assertEquals(0.6326866839913586, ranking.get(0).score(), 1e-9);
  }

  @Test
  void aTopicWithoutFeedbackGetsThePriorAndTheFullExplorationBonus() {
    RankedTopic r = PriorityScorer.withDefaults().rank(TopicGraph.builder().addTopic(topic(TOPIC)).build(), AS_OF)
        .get(0);
    // interest = 0.5 + 0.2 × 1 × 0.5 = 0.6; recency 0; opt-ins 0; confidence and freshness neutral 0.5
    // score = 0.45 × 0.6 + 0.10 × 0.5 + 0.10 × 0.5 = 0.37
    assertEquals(0.37, r.score(), EPS);
    assertEquals(0, r.reviewers());
  }

  @Test
  void tiesAreBrokenByFeedbackThenAgeThenId() {
    NodeId a = NodeId.of("topic.a");
    NodeId b = NodeId.of("topic.b");
    NodeId c = NodeId.of("topic.c");
    TopicGraph g = TopicGraph.builder()
        .addTopic(Topic.builder().id(c).title("C").proposed(LocalDate.of(2026, 1, 1)).build())
        .addTopic(Topic.builder().id(b).title("B").proposed(LocalDate.of(2026, 2, 1)).build())
        .addTopic(Topic.builder().id(a).title("A").proposed(LocalDate.of(2026, 2, 1)).build())
        .build();
    List<NodeId> order = PriorityScorer.withDefaults().rank(g, AS_OF).stream().map(r -> r.topic().id())
        .collect(Collectors.toList());
    assertEquals(List.of(c, a, b), order);
  }

  @Test
  void rejectedAndPublishedTopicsAreLeftOutUnlessIncluded() {
    TopicGraph g = TopicGraph.builder()
        .addTopic(topic(TOPIC).toBuilder().status(TopicStatus.PUBLISHED).build())
        .addTopic(topic(NodeId.of("topic.open")))
        .build();
    assertEquals(1, PriorityScorer.withDefaults().rank(g, AS_OF).size());
    ScoringConfig all = ScoringConfig.builder().addIncludedStatuses(TopicStatus.values()).build();
    assertEquals(2, PriorityScorer.create(all).rank(g, AS_OF).size());
  }

  @Test
  void decayHalvesEveryHalfLife() {
    assertEquals(1.0, PriorityScorer.decay(0, 100), 0);
    assertEquals(0.5, PriorityScorer.decay(100, 100), EPS);
    assertEquals(0.25, PriorityScorer.decay(200, 100), EPS);
  }

  @Test
  void configurationIsCheckedByField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ScoringConfig.builder().exploration(0.7).build());
    assertEquals("exploration", e.field());
    assertEquals("weights", assertThrows(InvalidValueException.class, () -> ScoringConfig.builder()
        .interestWeight(0).recencyWeight(0).optInWeight(0).confidenceWeight(0).freshnessWeight(0).build()).field());
    assertEquals("feedbackHalfLife", assertThrows(InvalidValueException.class,
        () -> ScoringConfig.builder().feedbackHalfLife(Duration.ZERO).build()).field());
    assertEquals("priorMean", assertThrows(InvalidValueException.class,
        () -> ScoringConfig.builder().priorMean(1.2).build()).field());
  }

  @Test
  void anAccumulatorAddsAnEventByItsPartsAsItAddsTheEvent() {
    Instant at = Instant.parse("2026-11-01T10:00:00Z");
    Feedback event = Feedback.builder().id("e1").topic(NodeId.of("topic.a")).reviewer("r1").interest(4).optIn(true)
        .at(at).build();
    FeedbackAccumulator byParts = FeedbackAccumulator.empty().add("r1", "e1", at, 4, true);
    assertEquals(FeedbackAccumulator.empty().add(event), byParts);
    List<String> seen = new java.util.ArrayList<>();
    byParts.add("r0", "e0", at.plusNanos(1), 2, false)
        .forEachNewest((reviewer, id, when, interest, optIn) -> seen.add(reviewer + " " + id + " " + when + " "
            + interest + " " + optIn));
    assertEquals(List.of("r0 e0 2026-11-01T10:00:00.000000001Z 2 false", "r1 e1 2026-11-01T10:00:00Z 4 true"), seen);
    assertThrows(IllegalArgumentException.class, () -> FeedbackAccumulator.empty().add("r1", "e1", at, 6, true));
    assertThrows(IllegalArgumentException.class, () -> FeedbackAccumulator.empty().add("", "e1", at, 3, true));
    assertThrows(NullPointerException.class, () -> FeedbackAccumulator.empty().add("r1", "e1", null, 3, true));
  }

  @Test
  void theScoringGuideShowsThisVeryTree() throws java.io.IOException {
    String tree = PriorityScorer.withDefaults().rank(workedExample(), AS_OF).get(0).explanation().format();
    String guide = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/scoring.md"));
    assertTrue(guide.contains(tree), "docs/scoring.md must show the explanation of the worked example:\n" + tree);
  }

  @Test
  void theExplanationPrintsAsATree() {
    String text = PriorityScorer.withDefaults().rank(workedExample(), AS_OF).get(0).explanation().format();
    assertTrue(text.startsWith("0.5600  priority of topic.serving-api\n  0.5600  weighted mean of the signals\n"),
        text);
    assertTrue(text.contains("    0.6633  interest (Bayesian average, lifted by exploration)"), text);
  }

  @Test
  void parseAsOfTakesADateOrAnInstantInTheYearsOneTo9999() {
    assertEquals(Instant.parse("2026-11-20T00:00:00Z"), PriorityScorer.parseAsOf("2026-11-20"));
    assertEquals(Instant.parse("2026-11-20T09:30:00Z"), PriorityScorer.parseAsOf("2026-11-20T09:30:00Z"));
    for (String bad : new String[] {"yesterday", "2026-02-30", "", "-1000000000-01-01T00:00:00Z",
        "+1000000000-12-31T23:59:59Z", "+10000-01-01", "0000-12-31T23:59:59Z"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriorityScorer.parseAsOf(bad));
      assertTrue(e.getMessage().startsWith("\"" + bad + "\""), e.getMessage());
    }
  }
}
