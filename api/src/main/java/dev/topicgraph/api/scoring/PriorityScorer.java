package dev.topicgraph.api.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Ranks the topic backlog from reader feedback, explaining every score.
 *
 * <p>A topic's score combines five signals, each in [0, 1], in a weighted mean, then applies the
 * editorial boost:
 *
 * <ul>
 *   <li><b>interest</b>: the Bayesian average of the reviewers' current ratings with a prior, lifted by
 *       an exploration bonus that fades as ratings arrive;
 *   <li><b>recency</b>: the ratings' interest weighted by a half-life decay of their age, saturating;
 *   <li><b>interested reviewers</b>: reviewers who opted in on a high rating and still rate the topic
 *       highly, saturating;
 *   <li><b>confidence</b> of the nodes the topic draws on;
 *   <li><b>freshness</b> of those nodes' reviews, decaying with a half-life.
 * </ul>
 *
 * <p>{@code docs/scoring.md} gives every formula with a worked example. Every score comes with an
 * {@link Explanation} tree, and the score is the value of its root. Scoring reads no clock: time
 * enters only as the {@code asOf} instant passed in, and the same input gives the same bits (all
 * arithmetic is in a fixed order, with {@link StrictMath}).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PriorityScorer {
  private static final double LN2 = StrictMath.log(2);

  private final ScoringConfig config;
  // Descriptions that depend only on the configuration, made once rather than for every topic.
  private final String bayesPrefix;
  private final String explorationPrefix;
  private final String recencyDescription;
  private final String recentDescription;
  private final String optInsDescription;
  private final String interestedDescription;
  private final String reviewSuffix;

  private PriorityScorer(ScoringConfig config) {
    this.config = requireNonNull(config, "config");
    String k = num(config.priorWeight());
    this.bayesPrefix = "Bayesian average: prior weighs " + k + " ratings, ";
    this.explorationPrefix = "exploration: share of the prior, " + k + " / (" + k + " + ";
    this.recencyDescription = "recency: recent interest / (recent interest + " + num(config.recencyPivot()) + ")";
    this.recentDescription = "recent interest: ratings on 0..1 weighted by age, half-life "
        + days(config.feedbackHalfLife());
    this.optInsDescription = "interested reviewers: count / (count + " + num(config.optInPivot()) + ")";
    this.interestedDescription = "reviewers who opted in with a rating of " + config.optInMinInterest()
        + " or more and still rate it so";
    this.reviewSuffix = ", half-life " + days(config.reviewHalfLife());
  }

  /**
   * Returns a scorer with the given configuration.
   *
   * @param config the configuration
   * @return the scorer
   */
  public static PriorityScorer create(ScoringConfig config) {
    return new PriorityScorer(config);
  }

  /**
   * Returns a scorer with the {@linkplain ScoringConfig#defaults() default configuration}.
   *
   * @return the scorer
   */
  public static PriorityScorer withDefaults() {
    return new PriorityScorer(ScoringConfig.defaults());
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public ScoringConfig config() {
    return config;
  }

  /**
   * Ranks the graph's topics whose status the configuration includes.
   *
   * @param graph the graph: its topics, their feedback and the nodes they draw on
   * @param asOf the instant the ranking is for; feedback and reviews are aged relative to it
   * @return the ranking, best first, ranks from 1
   */
  public List<RankedTopic> rank(TopicGraph graph, Instant asOf) {
    requireNonNull(graph, "graph");
    requireNonNull(asOf, "asOf");
    Map<NodeId, FeedbackAccumulator> feedback = accumulate(graph.feedback());
    List<ScoredTopic> scored = new ArrayList<>();
    for (Topic t : graph.topics()) {
      if (config.includedStatuses().contains(t.status())) {
        scored.add(score(t, feedback.getOrDefault(t.id(), EMPTY), graph::node, asOf));
      }
    }
    return ranked(scored);
  }

  private static final FeedbackAccumulator EMPTY = FeedbackAccumulator.empty();

  /**
   * Folds feedback events into one accumulator per topic.
   *
   * @param feedback the events, in any order
   * @return topic id to accumulator
   */
  public static Map<NodeId, FeedbackAccumulator> accumulate(Iterable<Feedback> feedback) {
    Map<NodeId, FeedbackAccumulator> out = new HashMap<>();
    for (Feedback f : feedback) {
      out.computeIfAbsent(f.topic(), k -> FeedbackAccumulator.empty()).add(f);
    }
    return out;
  }

  /**
   * Sorts scored topics by {@link ScoredTopic#RANKING} and numbers them from 1.
   *
   * @param scored the scored topics, in any order
   * @return the ranking
   */
  public static List<RankedTopic> ranked(List<ScoredTopic> scored) {
    List<ScoredTopic> sorted = new ArrayList<>(scored);
    sorted.sort(ScoredTopic.RANKING);
    List<RankedTopic> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      out.add(new RankedTopic(i + 1, sorted.get(i)));
    }
    return List.copyOf(out);
  }

  /**
   * Returns a live backlog of the graph's included topics, to be kept current one event at a time.
   *
   * @param graph the graph
   * @param asOf the instant the ranking is for
   * @return the live backlog, holding the graph's feedback
   */
  public LiveBacklog live(TopicGraph graph, Instant asOf) {
    return new LiveBacklog(this, graph, asOf);
  }

  /**
   * Scores one topic.
   *
   * @param topic the topic
   * @param feedback the topic's feedback state
   * @param nodes looks up the nodes the topic draws on
   * @param asOf the instant the score is for
   * @return the scored topic
   */
  public ScoredTopic score(Topic topic, FeedbackAccumulator feedback, Function<NodeId, Optional<Node>> nodes,
      Instant asOf) {
    requireNonNull(topic, "topic");
    requireNonNull(feedback, "feedback");
    requireNonNull(nodes, "nodes");
    requireNonNull(asOf, "asOf");
    int n = 0;
    long ratingSum = 0;
    int interested = 0;
    double recent = 0;
    double halfLife = seconds(config.feedbackHalfLife());
    for (FeedbackAccumulator.Rating r : feedback.ratings()) {
      n++;
      ratingSum += r.interest - 1;
      if (r.optInRating >= config.optInMinInterest() && r.interest >= config.optInMinInterest()) {
        interested++;
      }
      double age = Math.max(0, (asOf.getEpochSecond() - r.epochSecond) + (asOf.getNano() - r.nano) / 1e9);
      recent += decay(age, halfLife) * ((r.interest - 1) / 4.0);
    }

    double k = config.priorWeight();
    Explanation observed = Explanation.input(n == 0 ? 0 : ratingSum / (4.0 * n), n == 0
        ? "no ratings yet"
        : "mean of " + n + " current ratings on 0..1 (1→0, 5→1)");
    Explanation bayes = Explanation.weightedMean(bayesPrefix + n + " observed",
        List.of(Explanation.input(config.priorMean(), "prior interest"), observed), List.of(k, (double) n));
    Explanation exploration = Explanation.input(k / (k + n), explorationPrefix + n + ")");
    Explanation interest = Explanation.towardsOne("interest (Bayesian average, lifted by exploration)", bayes,
        Explanation.product("exploration bonus", List.of(
            Explanation.input(config.exploration(), "exploration strength"), exploration)));

    Explanation recency = Explanation.saturation(recencyDescription,
        Explanation.input(recent, recentDescription), config.recencyPivot());

    Explanation optIns = Explanation.saturation(optInsDescription,
        Explanation.input(interested, interestedDescription), config.optInPivot());

    Explanation confidence;
    Explanation freshness;
    if (topic.drawsFrom().isEmpty()) {
      confidence = Explanation.input(config.neutral(), "confidence: draws on no nodes, neutral");
      freshness = Explanation.input(config.neutral(), "freshness: draws on no nodes, neutral");
    } else {
      List<Explanation> conf = new ArrayList<>();
      List<Explanation> fresh = new ArrayList<>();
      List<Double> ones = new ArrayList<>();
      double reviewHalfLife = seconds(config.reviewHalfLife());
      for (NodeId id : topic.drawsFrom()) {
        Optional<Node> node = nodes.apply(id);
        ones.add(1.0);
        if (node.isEmpty()) {
          conf.add(Explanation.input(config.neutral(), id + ": not in the graph, neutral"));
          fresh.add(Explanation.input(0, id + ": not in the graph"));
          continue;
        }
        Node nd = node.get();
        conf.add(nd.confidence().isPresent()
            ? Explanation.input(nd.confidence().getAsDouble(), id + ": stated confidence")
            : Explanation.input(config.neutral(), id + ": no stated confidence, neutral"));
        Optional<LocalDate> reviewed = nd.reviewed();
        if (reviewed.isPresent()) {
          Instant at = reviewed.get().atStartOfDay(ZoneOffset.UTC).toInstant();
          double age = Math.max(0, asOf.getEpochSecond() - at.getEpochSecond() + asOf.getNano() / 1e9);
          fresh.add(Explanation.input(decay(age, reviewHalfLife), id + ": reviewed " + reviewed.get() + reviewSuffix));
        } else {
          fresh.add(Explanation.input(0, id + ": never reviewed"));
        }
      }
      confidence = Explanation.weightedMean("confidence: mean over drawn-on nodes", conf, ones);
      freshness = Explanation.weightedMean("freshness: mean over drawn-on nodes", fresh, ones);
    }

    Explanation base = Explanation.weightedMean("weighted mean of the signals",
        List.of(interest, recency, optIns, confidence, freshness),
        List.of(config.interestWeight(), config.recencyWeight(), config.optInWeight(), config.confidenceWeight(),
            config.freshnessWeight()));
    double requested = config.editorialBoosts().getOrDefault(topic.id(), 0.0);
    Explanation boost = Explanation.input(Math.min(requested, config.boostCap()), requested > config.boostCap()
        ? "editorial boost " + num(requested) + ", capped at " + num(config.boostCap())
        : requested > 0 ? "editorial boost" : "no editorial boost");
    Explanation score = Explanation.towardsOne("priority of " + topic.id(), base, boost);
    return new ScoredTopic(topic, score, n);
  }

  /** {@code 2^(-age / halfLife)}: 1 at age 0, one half at one half-life. */
  static double decay(double ageSeconds, double halfLifeSeconds) {
    return StrictMath.exp(-LN2 * ageSeconds / halfLifeSeconds);
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  private static String days(Duration d) {
    return d.toHours() % 24 == 0 && d.toNanos() % 3_600_000_000_000L == 0 ? d.toDays() + " days" : d.toString();
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
  }
}
