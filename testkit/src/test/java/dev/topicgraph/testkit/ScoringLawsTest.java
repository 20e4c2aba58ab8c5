package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.FeedbackAccumulator;
import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.api.scoring.ScoredTopic;
import dev.topicgraph.api.scoring.ScoringConfig;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The laws of priority scoring, checked over generated graphs, events and configurations. */
class ScoringLawsTest {
  private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

  /** A graph with feedback, an instant to score it at, a configuration, and a seed for choices. */
  static final class Case {
    final TopicGraph graph;
    final Instant asOf;
    final ScoringConfig config;
    final long seed;

    Case(TopicGraph graph, Instant asOf, ScoringConfig config, long seed) {
      this.graph = graph;
      this.asOf = asOf;
      this.config = config;
      this.seed = seed;
    }

    @Override
    public String toString() {
      return "asOf " + asOf + ", seed " + seed + ", " + config + "\n" + GraphPrinter.describe(graph);
    }
  }

  /** Valid configurations, from the defaults to extreme but allowed values. */
  static final Gen<ScoringConfig> CONFIGS = (random, size) -> {
    if (random.nextInt(3) == 0) {
      return ScoringConfig.defaults();
    }
    Gen<Double> weight = Gen.doubles(0, 3);
    ScoringConfig.Builder b = ScoringConfig.builder()
        .interestWeight(weight.generate(random, size) + 0.01)
        .recencyWeight(weight.generate(random, size))
        .optInWeight(weight.generate(random, size))
        .confidenceWeight(weight.generate(random, size))
        .freshnessWeight(weight.generate(random, size))
        .priorMean(Gen.doubles(0, 1).generate(random, size))
        .priorWeight(Gen.doubles(0.01, 50).generate(random, size))
        .exploration(Gen.doubles(0, 0.5).generate(random, size))
        .feedbackHalfLife(Duration.ofSeconds(random.nextLong(1, 400L * 24 * 3600)))
        .recencyPivot(Gen.doubles(0.01, 20).generate(random, size))
        .optInPivot(Gen.doubles(0.01, 20).generate(random, size))
        .optInMinInterest(random.nextInt(2, 6))
        .reviewHalfLife(Duration.ofSeconds(random.nextLong(1, 4000L * 24 * 3600)))
        .neutral(Gen.doubles(0, 1).generate(random, size))
        .boostCap(Gen.doubles(0, 1).generate(random, size));
    if (random.nextBoolean()) {
      b.addIncludedStatuses(TopicStatus.values());
    }
    return b.build();
  };

  static final Gen<Case> CASES = (random, size) -> {
    TopicGraph g = Generators.graphs().generate(random, size);
    ScoringConfig config = CONFIGS.generate(random, size);
    if (!g.topics().isEmpty() && random.nextBoolean()) {
      ScoringConfig.Builder b = config.toBuilder();
      for (Topic t : g.topics()) {
        if (random.nextInt(3) == 0) {
          b.putEditorialBoost(t.id(), Gen.doubles(0, 2).generate(random, size));
        }
      }
      config = b.build();
    }
    Instant asOf = random.nextInt(4) == 0 ? Instant.parse("2026-07-01T00:00:00Z") : AS_OF;
    return new Case(g, asOf, config, random.nextLong());
  };

  private static Property<Case> forAll(String name) {
    return Property.forAll(CASES).named(name).shrinkWith(c -> GraphShrinker.create().candidates(c.graph)
        .map(g -> new Case(g, c.asOf, c.config, c.seed)));
  }

  private static List<RankedTopic> rank(Case c, TopicGraph g) {
    return PriorityScorer.create(c.config).rank(g, c.asOf);
  }

  private static double scoreOf(Case c, TopicGraph g, NodeId topic) {
    return rank(c, g).stream().filter(r -> r.topic().id().equals(topic)).findFirst().orElseThrow().score();
  }

  private static TopicGraph with(TopicGraph g, Feedback event) {
    return g.toBuilder().addFeedback(event).build();
  }

  private static Feedback newEvent(Case c, SplittableRandom random, NodeId topic, int interest) {
    List<String> reviewers = c.graph.feedbackOn(topic).stream().map(Feedback::reviewer).distinct()
        .collect(Collectors.toList());
    String reviewer = reviewers.isEmpty() || random.nextBoolean() ? "new-reviewer"
        : reviewers.get(random.nextInt(reviewers.size()));
    // A 5 keeps the reader's opt-in: a 5 without it may withdraw the reader, which lowers the score.
    return Feedback.builder().id("law-event").topic(topic).reviewer(reviewer).interest(interest)
        .optIn(interest == 5 || random.nextBoolean()).at(Generators.instants().generate(random, 10)).build();
  }

  @Test
  void aFiveNeverLowersAScoreAndAOneNeverRaisesIt() {
    forAll("5 never lowers, 1 never raises").trials(300).check(c -> {
      List<RankedTopic> before = rank(c, c.graph);
      SplittableRandom random = new SplittableRandom(c.seed);
      for (RankedTopic r : before) {
        NodeId t = r.topic().id();
        double five = scoreOf(c, with(c.graph, newEvent(c, random, t, 5)), t);
        double one = scoreOf(c, with(c.graph, newEvent(c, random, t, 1)), t);
        assertTrue(five >= r.score(), () -> "a 5 lowered " + t + " from " + r.score() + " to " + five);
        assertTrue(one <= r.score(), () -> "a 1 raised " + t + " from " + r.score() + " to " + one);
      }
    });
  }

  @Test
  void theRankingDoesNotDependOnTheOrderOfEventsOrTopics() {
    forAll("order does not matter").check(c -> {
      // As a distributed engine would: the events up to the instant, accumulated per topic in any order.
      List<Feedback> events = c.graph.feedback().stream().filter(f -> !f.at().isAfter(c.asOf))
          .collect(Collectors.toCollection(ArrayList::new));
      Map<NodeId, FeedbackAccumulator> forward = PriorityScorer.accumulate(events);
      Collections.shuffle(events, new java.util.Random(c.seed));
      Map<NodeId, FeedbackAccumulator> shuffled = PriorityScorer.accumulate(events);
      assertEquals(forward, shuffled);

      PriorityScorer scorer = PriorityScorer.create(c.config);
      java.time.LocalDate day = java.time.LocalDate.ofInstant(c.asOf, java.time.ZoneOffset.UTC);
      List<ScoredTopic> scored = new ArrayList<>();
      for (Topic t : c.graph.topics()) {
        if (c.config.includedStatuses().contains(t.status()) && !t.proposed().isAfter(day)) {
          scored.add(scorer.score(t, shuffled.getOrDefault(t.id(), FeedbackAccumulator.empty()), c.graph::node,
              c.asOf));
        }
      }
      Collections.shuffle(scored, new java.util.Random(c.seed + 1));
      assertEquals(rank(c, c.graph), PriorityScorer.ranked(scored));
    });
  }

  @Test
  void mergingFoldsEqualsFoldingEverything() {
    forAll("merge laws").check(c -> {
      SplittableRandom random = new SplittableRandom(c.seed);
      List<Feedback> all = c.graph.feedback();
      List<List<Feedback>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (Feedback f : all) {
        parts.get(random.nextInt(3)).add(f);
        if (random.nextInt(5) == 0) {
          parts.get(random.nextInt(3)).add(f); // the same event delivered twice
        }
      }
      FeedbackAccumulator whole = fold(all);
      FeedbackAccumulator a = fold(parts.get(0));
      FeedbackAccumulator b = fold(parts.get(1));
      FeedbackAccumulator d = fold(parts.get(2));
      // Commutative and associative: ((a ∪ b) ∪ d) = (d ∪ (b ∪ a)) = whole.
      assertEquals(whole, a.copy().merge(b).merge(d));
      assertEquals(whole, d.copy().merge(b.copy().merge(a)));
      // Idempotent: merging with itself, or replaying every event, changes nothing.
      assertEquals(whole, whole.copy().merge(whole));
      assertEquals(whole, fold(all).merge(fold(all)));
      FeedbackAccumulator replayed = fold(all);
      all.forEach(replayed::add);
      assertEquals(whole, replayed);
      assertEquals(whole, FeedbackAccumulator.empty().merge(whole));
      // What forEachNewest gives, added back, is the same state: how an engine's coder writes and reads it.
      FeedbackAccumulator rebuilt = FeedbackAccumulator.empty();
      whole.forEachNewest(rebuilt::add);
      assertEquals(whole, rebuilt);
    });
  }

  /**
   * Events on one topic drawn from a small pool of ids, reviewers, instants and ratings, so that two
   * events often share an id and an instant (a replayed event whose content changed, or two sources
   * that assign ids independently) and the tie-break between them decides the state.
   */
  static final Gen<List<Feedback>> COLLIDING_EVENTS = (random, size) -> {
    Instant base = Instant.parse("2026-03-01T12:00:00Z");
    int n = random.nextInt(2, Math.max(3, size / 2 + 3));
    List<Feedback> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Feedback.builder()
          .id("e" + random.nextInt(3))
          .topic(NodeId.of("topic.one"))
          .reviewer("r-" + random.nextInt(2))
          .interest(random.nextInt(1, 6))
          .optIn(random.nextInt(3) == 0)
          .at(base.plusNanos(random.nextInt(2)))
          .comment(random.nextInt(4) == 0 ? java.util.Optional.of("comment " + random.nextInt(2))
              : java.util.Optional.empty())
          .build());
    }
    return out;
  };

  @Test
  void everyMergeLawHoldsWhenEventsShareIdsAndInstants() {
    Property.forAll(COLLIDING_EVENTS).named("merge laws with colliding ids and instants").trials(300)
        .shrinkWith(events -> java.util.stream.IntStream.range(0, events.size()).mapToObj(i -> {
          List<Feedback> smaller = new ArrayList<>(events);
          smaller.remove(i);
          return smaller;
        }).filter(l -> !l.isEmpty()))
        .check(events -> {
          FeedbackAccumulator whole = fold(events);
          // The order of add does not matter: every permutation we try folds to the same state.
          List<Feedback> reversed = new ArrayList<>(events);
          Collections.reverse(reversed);
          assertEquals(whole, fold(reversed), "reversed order");
          for (int seed = 0; seed < 4; seed++) {
            List<Feedback> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertEquals(whole, fold(shuffled), "shuffled order");
          }
          // Commutative and associative over any split of the events.
          int i = events.size() / 3;
          int j = 2 * events.size() / 3;
          FeedbackAccumulator a = fold(events.subList(0, i));
          FeedbackAccumulator b = fold(events.subList(i, j));
          FeedbackAccumulator d = fold(events.subList(j, events.size()));
          assertEquals(whole, a.copy().merge(b).merge(d), "(a ∪ b) ∪ d");
          assertEquals(whole, a.copy().merge(b.copy().merge(d)), "a ∪ (b ∪ d)");
          assertEquals(whole, d.copy().merge(b).merge(a), "(d ∪ b) ∪ a");
          assertEquals(b.copy().merge(d), d.copy().merge(b), "b ∪ d = d ∪ b");
          // Idempotent on events: delivering any event again changes nothing.
          FeedbackAccumulator replayed = fold(events);
          reversed.forEach(replayed::add);
          assertEquals(whole, replayed, "every event delivered twice");
          assertEquals(whole, whole.copy().merge(whole), "merged with itself");
          FeedbackAccumulator rebuilt = FeedbackAccumulator.empty();
          whole.forEachNewest(rebuilt::add);
          assertEquals(whole, rebuilt, "written with forEachNewest and added back");
          for (String reviewer : List.of("r-0", "r-1")) {
            assertEquals(whole.ratingOf(reviewer), fold(reversed).ratingOf(reviewer), reviewer);
          }
        });
  }

  /** All events folded into one accumulator, as if they were all about one topic. */
  private static FeedbackAccumulator fold(List<Feedback> events) {
    FeedbackAccumulator acc = FeedbackAccumulator.empty();
    for (Feedback f : events) {
      acc.add(Feedback.builder().from(f).topic(NodeId.of("topic.one")).build());
    }
    return acc;
  }

  @Test
  void everySignalIsBoundedAndEveryNodeRecomputesFromItsChildren() {
    forAll("bounds and explanations").trials(200).check(c -> {
      for (RankedTopic r : rank(c, c.graph)) {
        Explanation root = r.explanation();
        assertEquals(r.score(), root.value(), 0.0);
        assertTrue(r.score() >= 0 && r.score() <= 1, () -> "score " + r.score());
        for (Explanation signal : root.children().get(0).children()) {
          assertTrue(signal.value() >= 0 && signal.value() <= 1, () -> "signal " + signal);
        }
        Explanation boost = root.children().get(1);
        assertTrue(boost.value() >= 0 && boost.value() <= c.config.boostCap(), () -> "boost " + boost);
        checkTree(root);
      }
    });
  }

  private static void checkTree(Explanation e) {
    assertTrue(Double.isFinite(e.value()), () -> "not finite: " + e);
    assertEquals(0, Double.compare(e.value(), e.recompute()), () -> "does not recompute: " + e);
    e.children().forEach(ScoringLawsTest::checkTree);
  }

  @Test
  void decayIsOneAtZeroHalfAtOneHalfLifeAndNeverRises() {
    Gen<long[]> ages = Gen.longs(1, 10L * 365 * 24 * 3600).zip(Gen.longs(0, 20L * 365 * 24 * 3600),
        (h, a) -> new long[] {h, a});
    Property.forAll(ages).named("decay").trials(500).check(p -> {
      Duration halfLife = Duration.ofSeconds(p[0]);
      double at0 = recencyWeight(halfLife, 0);
      double atHalf = recencyWeight(halfLife, p[0]);
      double older = recencyWeight(halfLife, p[1]);
      double oldest = recencyWeight(halfLife, p[1] + 1 + p[0] / 7);
      assertEquals(1.0, at0, 0.0);
      assertEquals(0.5, atHalf, 1e-12);
      assertTrue(oldest <= older, () -> "decay rose from " + older + " to " + oldest);
    });
  }

  /** The recency weight of one rating of 5 given {@code ageSeconds} before scoring. */
  private static double recencyWeight(Duration halfLife, long ageSeconds) {
    Topic topic = Topic.builder().id(NodeId.of("topic.decay")).title("T").proposed(java.time.LocalDate.EPOCH).build();
    FeedbackAccumulator acc = FeedbackAccumulator.empty().add(Feedback.builder().id("f").topic(topic.id())
        .reviewer("r").interest(5).at(AS_OF.minusSeconds(ageSeconds)).build());
    ScoredTopic s = PriorityScorer.create(ScoringConfig.builder().feedbackHalfLife(halfLife).build())
        .score(topic, acc, id -> java.util.Optional.empty(), AS_OF);
    // recency signal → its input: Σ weight × interest, with interest 1.0 for a rating of 5.
    return s.explanation().children().get(0).children().get(1).children().get(0).value();
  }

  @Test
  void theLiveBacklogEqualsAFullReRankAfterEveryEvent() {
    forAll("live equals full").trials(60).check(c -> {
      List<Feedback> events = new ArrayList<>(c.graph.feedback());
      Collections.shuffle(events, new java.util.Random(c.seed));
      int initial = events.size() / 3;
      TopicGraph base = TopicGraph.builder().addNodes(c.graph.nodes()).addRelations(c.graph.relations())
          .addTopics(c.graph.topics()).addFeedback(events.subList(0, initial)).build();
      LiveBacklog live = PriorityScorer.create(c.config).live(base, c.asOf);
      TopicGraph.Builder growing = base.toBuilder();
      assertEquals(rank(c, base), live.ranking());
      for (Feedback f : events.subList(initial, events.size())) {
        live.add(f);
        growing.addFeedback(f);
        assertEquals(rank(c, growing.build()), live.ranking(), () -> "after " + f);
      }
    });
  }

  @Test
  void aRankingAsOfAnInstantIgnoresTheFuture() {
    forAll("as of ignores the future").trials(100).check(c -> {
      java.time.LocalDate day = java.time.LocalDate.ofInstant(c.asOf, java.time.ZoneOffset.UTC);
      List<Topic> past = c.graph.topics().stream().filter(t -> !t.proposed().isAfter(day))
          .collect(Collectors.toList());
      java.util.Set<NodeId> pastIds = past.stream().map(Topic::id).collect(Collectors.toSet());
      TopicGraph then = TopicGraph.builder().addNodes(c.graph.nodes()).addRelations(c.graph.relations())
          .addTopics(past).addFeedback(c.graph.feedback().stream()
              .filter(f -> !f.at().isAfter(c.asOf) && pastIds.contains(f.topic())).collect(Collectors.toList()))
          .build();
      assertEquals(rank(c, then), rank(c, c.graph), "what came later changes nothing");
      // And more of the future: events dated after the instant, on every topic.
      List<Feedback> later = new ArrayList<>(c.graph.feedback());
      int i = 0;
      for (Topic t : c.graph.topics()) {
        later.add(Feedback.builder().id("future-" + i++).topic(t.id()).reviewer("r-future").interest(5).optIn(true)
            .at(c.asOf.plusSeconds(1)).build());
      }
      assertEquals(rank(c, c.graph), PriorityScorer.create(c.config).rank(c.graph, later, c.asOf));
    });
  }

  @Test
  void aNewerEventWithoutTheOptInWithdrawsTheReader() {
    forAll("opt-out withdraws").trials(100).check(c -> {
      PriorityScorer scorer = PriorityScorer.create(c.config);
      for (Topic t : c.graph.topics()) {
        List<String> interested = scorer.interestedReviewers(t.id(), c.graph.feedback(), c.asOf);
        for (String r : interested) {
          List<Feedback> events = new ArrayList<>(c.graph.feedback());
          events.add(Feedback.builder().id("opt-out").topic(t.id()).reviewer(r).interest(5).optIn(false)
              .at(c.asOf).build());
          List<String> after = scorer.interestedReviewers(t.id(), events, c.asOf);
          assertTrue(!after.contains(r) && after.size() == interested.size() - 1, () -> r + " still " + after);
          if (scorer.interestedReviewers(t.id(), events, c.asOf).isEmpty()) {
            break;
          }
        }
      }
    });
  }

  @Test
  void theTopTopicsAreTheFirstOfTheRanking() {
    forAll("top n").trials(100).check(c -> {
      List<RankedTopic> all = rank(c, c.graph);
      PriorityScorer scorer = PriorityScorer.create(c.config);
      for (int n : new int[] {0, 1, 2, all.size() / 2, all.size(), all.size() + 3}) {
        assertEquals(all.subList(0, Math.min(n, all.size())), scorer.top(c.graph, c.graph.feedback(), c.asOf, n));
      }
    });
  }

  @Test
  void aLiveBacklogMovedForwardOrErasingAReaderEqualsAFullReRank() {
    forAll("live advance and erase").trials(60).check(c -> {
      PriorityScorer scorer = PriorityScorer.create(c.config);
      Instant earlier = c.asOf.minus(Duration.ofDays(200));
      LiveBacklog live = scorer.live(c.graph, earlier);
      assertEquals(scorer.rank(c.graph, earlier), live.ranking());
      live.advanceTo(c.asOf);
      assertEquals(rank(c, c.graph), live.ranking(), "moved forward");
      List<String> reviewers = c.graph.feedback().stream().map(Feedback::reviewer).distinct().sorted()
          .collect(Collectors.toList());
      if (!reviewers.isEmpty()) {
        String gone = reviewers.get(new SplittableRandom(c.seed).nextInt(reviewers.size()));
        live.erase(gone);
        List<Feedback> rest = c.graph.feedback().stream().filter(f -> !f.reviewer().equals(gone))
            .collect(Collectors.toList());
        assertEquals(scorer.rank(c.graph, rest, c.asOf), live.ranking(), "erased " + gone);
        for (Topic t : c.graph.topics()) {
          assertTrue(!live.interestedReviewers(t.id()).contains(gone));
        }
      }
    });
  }

  @Test
  void theSameInputGivesTheSameBits() {
    forAll("deterministic").trials(50).check(c -> {
      List<RankedTopic> a = rank(c, c.graph);
      List<RankedTopic> b = rank(c, TopicGraph.builder().addAll(c.graph).build());
      assertEquals(a, b);
      for (int i = 0; i < a.size(); i++) {
        assertEquals(Double.doubleToRawLongBits(a.get(i).score()), Double.doubleToRawLongBits(b.get(i).score()));
      }
    });
  }
}
