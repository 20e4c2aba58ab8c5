package dev.topicgraph.api.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.recommend.Recommendation.Role;
import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Pattern;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Recommendations checked against numbers worked out by hand on a small graph. */
class RecommenderTest {
  private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
  private static final double EPS = 1e-12;

  private static final NodeId ENGINEERING = NodeId.of("org-dim.ops.engineering-led");
  private static final NodeId MARKETING = NodeId.of("org-dim.ops.marketing-led");
  private static final NodeId CENTRAL = NodeId.of("org-dim.team.central");
  private static final NodeId SYNC = NodeId.of("vendor.sync");
  private static final NodeId CANVAS = NodeId.of("vendor.canvas");
  private static final NodeId SUITE = NodeId.of("vendor.suite");
  private static final NodeId AGENTS = NodeId.of("pattern.agents");
  private static final NodeId LAYER = NodeId.of("concept.layer");

  private static TopicGraph graph() {
    return TopicGraph.builder()
        .addNode(OrgDimension.builder().id(ENGINEERING).title("Engineers run it").confidence(0.8).build())
        .addNode(OrgDimension.builder().id(MARKETING).title("Marketers run it").confidence(0.6).build())
        .addNode(OrgDimension.builder().id(CENTRAL).title("One central team").build())
        .addNode(Vendor.builder().id(SYNC).title("Sync").confidence(0.9).build())
        .addNode(Vendor.builder().id(CANVAS).title("Canvas").confidence(0.5).build())
        .addNode(Vendor.builder().id(SUITE).title("Suite").build())
        .addNode(Pattern.builder().id(AGENTS).title("Agents").confidence(0.4).build())
        .addNode(GenericNode.builder().id(LAYER).title("A serving layer").build())
        .addRelation(ENGINEERING, RelationType.ENABLES, SYNC, "SQL-first sync fits engineers")
        .addRelation(ENGINEERING, RelationType.ENABLES, AGENTS, "agents need owned models")
        .addRelation(ENGINEERING, RelationType.CONTRASTS_WITH, MARKETING, "who runs activation")
        .addRelation(MARKETING, RelationType.COUNTER_INDICATES, AGENTS, "no one owns the models")
        .addRelation(MARKETING, RelationType.ENABLES, CANVAS, "a canvas for marketers")
        .addRelation(SUITE, RelationType.ALTERNATIVE_TO, SYNC, "a packaged route")
        .addRelation(SYNC, RelationType.ALTERNATIVE_TO, CANVAS, "either activates audiences")
        .addRelation(ENGINEERING, RelationType.REQUIRES, LAYER, "not followed")
        .addRelation(ENGINEERING, RelationType.ENABLES, CENTRAL, "a dimension is not recommended")
        .addRelation(ENGINEERING, RelationType.of("inspires"), CANVAS, "a type of our own")
        .addTopic(topic("topic.layer-only", LAYER))
        .addTopic(topic("topic.suite", SUITE))
        .addTopic(topic("topic.engineers", ENGINEERING))
        .addTopic(topic("topic.nothing"))
        .build();
  }

  private static Topic topic(String id, NodeId... drawsFrom) {
    return Topic.builder().id(NodeId.of(id)).title(id).addDrawsFrom(drawsFrom).proposed(LocalDate.of(2026, 11, 1))
        .build();
  }

  private static Recommendations recommend(Map<NodeId, Double> profile) {
    return Recommender.withDefaults().recommend(graph(), Profile.of(profile), AS_OF);
  }

  private static String summary(Recommendations r) {
    return r.all().stream().map(Recommendation::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void oneMatchedDimension() {
    Recommendations r = recommend(Map.of(ENGINEERING, 1.0));
    // primary:     1 × 0.8 × 0.9 = 0.72 (sync); 1 × 0.8 × 0.4 = 0.32 (agents)
    // alternative: 1 × 0.8 × 0.5 × 0.6 = 0.24 (marketing-led, the contrasting dimension)
    //              0.72 × 0.5 × 0.5 = 0.18 (canvas, an alternative to sync; suite the same, with its
    //              confidence not stated and assumed 0.5)
    assertEquals(String.join("\n",
        "primary 0.7200 vendor.sync",
        "primary 0.3200 pattern.agents",
        "alternative 0.2400 org-dim.ops.marketing-led",
        "alternative 0.1800 vendor.canvas",
        "alternative 0.1800 vendor.suite"), summary(r));
    assertEquals(0.72, r.find(SYNC, Role.PRIMARY).orElseThrow().score(), EPS);
    assertEquals(0.18, r.find(SUITE, Role.ALTERNATIVE).orElseThrow().score(), EPS);
    assertEquals(List.of(), r.conflicts());
    assertEquals(Map.of(RelationType.REQUIRES, 1, RelationType.of("inspires"), 1), r.ignoredRelations());
    assertEquals(List.of(Relation.of(ENGINEERING, RelationType.ENABLES, CENTRAL, "a dimension is not recommended")),
        r.skippedRelations());
  }

  @Test
  void aChainRecordsItsRelationsNodesAndConfidences() {
    Recommendation suite = recommend(Map.of(ENGINEERING, 1.0)).find(SUITE, Role.ALTERNATIVE).orElseThrow();
    Chain chain = suite.chains().get(0);
    assertEquals(List.of(ENGINEERING, SYNC, SUITE), chain.nodes());
    assertEquals(List.of(OptionalDouble.of(0.8), OptionalDouble.of(0.9), OptionalDouble.empty()),
        chain.confidences());
    // The alternative-to relation points from suite to sync: it was walked backwards.
    assertEquals(SUITE, chain.relations().get(1).from());
    assertEquals("SQL-first sync fits engineers", chain.relations().get(0).rationale());
    assertEquals("a packaged route", chain.relations().get(1).rationale());
    assertEquals(ENGINEERING, chain.dimension());
    assertEquals("org-dim.ops.engineering-led enables vendor.sync alternative-to vendor.suite", chain.toString());
    assertEquals(String.join("\n",
        "0.1800  alternative vendor.suite: any of 1 chain",
        "  0.1800  org-dim.ops.engineering-led enables vendor.sync alternative-to vendor.suite",
        "    1.0000  strength of org-dim.ops.engineering-led in the profile",
        "    0.8000  confidence of org-dim.ops.engineering-led",
        "    0.9000  confidence of vendor.sync",
        "    0.5000  weight of the step alternative-to",
        "    0.5000  confidence of vendor.suite (not stated; assumed)"), suite.explanation().format());
  }

  @Test
  void conflictsAreReportedAndBothSidesListed() {
    Recommendations r = recommend(Map.of(ENGINEERING, 1.0, MARKETING, 0.5));
    // canvas is now primary (0.5 × 0.6 × 0.5 = 0.15), so it is no longer an alternative; the
    // contrasting dimension is matched, so it is not an alternative either.
    assertEquals(String.join("\n",
        "primary 0.7200 vendor.sync",
        "primary 0.3200 pattern.agents",
        "primary 0.1500 vendor.canvas",
        "caution 0.1200 pattern.agents",
        "alternative 0.1800 vendor.suite"), summary(r));
    assertEquals(List.of(new Conflict(AGENTS, List.of(ENGINEERING), List.of(MARKETING))), r.conflicts());
    assertEquals("pattern.agents: enabled by org-dim.ops.engineering-led; counter-indicated by "
        + "org-dim.ops.marketing-led", r.conflicts().get(0).toString());
  }

  @Test
  void severalChainsCombineAsIndependentReasons() {
    TopicGraph g = graph().toBuilder().addRelation(CENTRAL, RelationType.ENABLES, SYNC, "a team that owns it")
        .build();
    Recommendation sync = Recommender.withDefaults()
        .recommend(g, Profile.of(Map.of(ENGINEERING, 1.0, CENTRAL, 1.0)), AS_OF)
        .find(SYNC, Role.PRIMARY).orElseThrow();
    // 0.72 from engineering-led; 1 × 0.5 (not stated) × 0.9 = 0.45 from the central team.
    // 1 − (1 − 0.45)(1 − 0.72) = 1 − 0.55 × 0.28 = 0.846
    assertEquals(0.846, sync.score(), EPS);
    assertEquals(List.of(ENGINEERING, CENTRAL), sync.chains().stream().map(Chain::dimension)
        .sorted().collect(Collectors.toList()));
    assertEquals(Explanation.Combination.ANY, sync.explanation().combination());
    assertEquals(sync.score(), sync.explanation().recompute());
  }

  @Test
  void topicsToReviewKeepTheirRankAndOrder() {
    Recommendations r = recommend(Map.of(ENGINEERING, 1.0));
    List<RankedTopic> ranking = PriorityScorer.withDefaults().rank(graph(), AS_OF);
    List<RankedTopic> expected = ranking.stream()
        .filter(t -> List.of("topic.suite", "topic.engineers").contains(t.topic().id().value()))
        .collect(Collectors.toList());
    assertEquals(2, expected.size());
    assertEquals(expected, r.topics());
  }

  @Test
  void aProfileWithoutMatchesGivesNothing() {
    Recommendations r = recommend(Map.of(ENGINEERING, 0.0));
    assertTrue(r.isEmpty());
    assertEquals(List.of(), r.topics());
    assertEquals(Map.of(), r.ignoredRelations());
    assertTrue(recommend(Map.of()).isEmpty());
  }

  @Test
  void theStrengthScalesEveryChain() {
    Recommendations r = recommend(Map.of(ENGINEERING, 0.5));
    assertEquals(0.36, r.find(SYNC, Role.PRIMARY).orElseThrow().score(), EPS);
    assertEquals(0.09, r.find(SUITE, Role.ALTERNATIVE).orElseThrow().score(), EPS);
  }

  @Test
  void theConfigurationChangesTheWeights() {
    Recommender recommender = Recommender.create(
        RecommenderConfig.builder().unknownConfidence(1).alternativeWeight(0.25).build(),
        PriorityScorer.withDefaults());
    Recommendations r = recommender.recommend(graph(), Profile.of(ENGINEERING), AS_OF);
    assertEquals(0.72 * 0.25 * 1, r.find(SUITE, Role.ALTERNATIVE).orElseThrow().score(), EPS);
    assertThrows(InvalidValueException.class, () -> RecommenderConfig.builder().alternativeWeight(1.5).build());
  }

  @Test
  void profileIdsMustBeDimensionsOfTheGraph() {
    IllegalArgumentException notInGraph = assertThrows(IllegalArgumentException.class,
        () -> recommend(Map.of(NodeId.of("org-dim.ops.unknown"), 1.0)));
    assertEquals("org-dim.ops.unknown is in the profile but not a node of the graph", notInGraph.getMessage());
    IllegalArgumentException vendor = assertThrows(IllegalArgumentException.class, () -> Profile.of(SYNC));
    assertTrue(vendor.getMessage().startsWith("vendor.sync is not an org dimension"), vendor.getMessage());
    IllegalArgumentException strength = assertThrows(IllegalArgumentException.class,
        () -> Profile.of(Map.of(ENGINEERING, 1.5)));
    assertEquals("the strength of org-dim.ops.engineering-led must be from 0 to 1, not 1.5", strength.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Profile.of(Map.of(ENGINEERING, Double.NaN)));
  }

  @Test
  void profilesParseFromText() {
    assertEquals(Profile.of(Map.of(ENGINEERING, 1.0, MARKETING, 0.5)),
        Profile.parse("org-dim.ops.engineering-led, org-dim.ops.marketing-led=0.5"));
    Profile p = Profile.parse("org-dim.ops.marketing-led=0.25,org-dim.ops.engineering-led=1");
    assertEquals(p, Profile.parse(p.toString()));
    assertEquals("org-dim.ops.engineering-led=1.0,org-dim.ops.marketing-led=0.25", p.toString());
    assertEquals("the strength of org-dim.a.b is \"high\", not a number from 0 to 1",
        assertThrows(IllegalArgumentException.class, () -> Profile.parse("org-dim.a.b=high")).getMessage());
    assertEquals("org-dim.a.b is given twice",
        assertThrows(IllegalArgumentException.class, () -> Profile.parse("org-dim.a.b,org-dim.a.b=0.5")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Profile.parse("")).getMessage()
        .startsWith("\"\" does not start with a node id"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Profile.parse("vendor.x=1")).getMessage()
        .startsWith("vendor.x is not an org dimension"));
    for (String odd : List.of("1d", "0x1p-1", "-0", "+1", "0.5.5", "", "NaN", "Infinity")) {
      assertThrows(IllegalArgumentException.class, () -> Profile.parse("org-dim.a.b=" + odd), odd);
    }
    assertEquals(Profile.parse("org-dim.a.b=0.5"), Profile.parse("org-dim.a.b=5e-1"));
    assertEquals(Profile.of(Map.of(ENGINEERING, 0.0)), Profile.of(Map.of(ENGINEERING, -0.0)));
  }

  @Test
  void danglingRelationsAreCountedNotFollowed() {
    TopicGraph g = graph().toBuilder()
        .addRelation(ENGINEERING, RelationType.ENABLES, NodeId.of("vendor.gone"), "the node was removed")
        .addRelation(ENGINEERING, RelationType.CONTRASTS_WITH, NodeId.of("org-dim.ops.gone"), "removed too")
        .build();
    Recommendations r = Recommender.withDefaults().recommend(g, Profile.of(ENGINEERING), AS_OF);
    assertEquals(5, r.all().size());
    assertEquals(List.of(NodeId.of("org-dim.ops.gone"), CENTRAL, NodeId.of("vendor.gone")), // in canonical order
        r.skippedRelations().stream().map(Relation::to).collect(Collectors.toList()));
    assertEquals(null, r.ignoredRelations().get(RelationType.ENABLES));
  }

  @Test
  void aCautionIsNotAlsoOfferedAsAnAlternative() {
    TopicGraph g = graph().toBuilder()
        .addRelation(ENGINEERING, RelationType.COUNTER_INDICATES, SUITE, "a packaged store fights the engineers")
        .build();
    Recommendations r = Recommender.withDefaults().recommend(g, Profile.of(ENGINEERING), AS_OF);
    assertTrue(r.find(SUITE, Role.CAUTION).isPresent());
    assertTrue(r.find(SUITE, Role.ALTERNATIVE).isEmpty(), r::toString);
  }

  @Test
  void aDimensionNamedWithStrengthZeroIsStillTheContrastingAlternative() {
    Recommendations r = recommend(Map.of(ENGINEERING, 1.0, MARKETING, 0.0));
    assertEquals(0.24, r.find(MARKETING, Role.ALTERNATIVE).orElseThrow().score(), EPS);
  }

  @Test
  void tinyStrengthsKeepTheirOrder() {
    Recommendations r = recommend(Map.of(ENGINEERING, 1e-300));
    Recommendation first = r.all().get(0);
    assertEquals(SYNC, first.node().id());
    assertEquals(first.chains().get(0).weight(), first.score(), "one chain scores its own weight, bit for bit");
    assertTrue(first.score() > 0);
  }

  @Test
  void nullsAreRefusedByName() {
    Recommendations r = recommend(Map.of(ENGINEERING, 1.0));
    assertEquals("role", assertThrows(NullPointerException.class, () -> r.in(null)).getMessage());
    assertEquals("node", assertThrows(NullPointerException.class, () -> r.find(null, Role.PRIMARY)).getMessage());
    assertEquals("strengths", assertThrows(NullPointerException.class, () -> Profile.of((Map<NodeId, Double>) null))
        .getMessage());
    assertEquals("dimension", assertThrows(NullPointerException.class, () -> Profile.of((NodeId) null)).getMessage());
  }

  @Test
  void anyNeverLowersWhenAReasonIsAdded() {
    Explanation a = Explanation.input(0.3, "a");
    Explanation b = Explanation.input(0.5, "b");
    assertEquals(1 - 0.7 * 0.5, Explanation.any("ab", List.of(a, b)).value(), EPS);
    assertEquals(0.3, Explanation.any("a", List.of(a)).value(), "one reason is its own value, bit for bit");
    Explanation tiny = Explanation.input(1e-300, "tiny");
    assertEquals(2e-300, Explanation.any("two tiny", List.of(tiny, tiny)).value(), 1e-315);
    assertThrows(IllegalArgumentException.class, () -> Explanation.any("x", List.of()));
    assertThrows(IllegalArgumentException.class, () -> Explanation.any("x", List.of(Explanation.input(2, "two"))));
  }
}
