package dev.topicgraph.api.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import dev.topicgraph.model.internal.FeedbackColumns;
import dev.topicgraph.model.internal.GraphAccess;
import dev.topicgraph.model.internal.TopicColumns;
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
 * <p>A ranking is <b>as of</b> its instant: feedback given after it does not count, and topics
 * proposed after its day (in UTC) are not ranked, so ranking an old instant gives the backlog as it
 * stood then, whatever was added since.
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
    this.interestedDescription = "reviewers whose newest rating is " + config.optInMinInterest()
        + " or more, with the opt-in";
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
   * Ranks the graph's topics whose status the configuration includes, from the graph's feedback.
   *
   * @param graph the graph: its topics, their feedback and the nodes they draw on
   * @param asOf the instant the ranking is for: later feedback and topics proposed later are left out,
   *     and feedback and reviews are aged relative to it
   * @return the ranking, best first, ranks from 1
   */
  public List<RankedTopic> rank(TopicGraph graph, Instant asOf) {
    requireNonNull(graph, "graph");
    requireNonNull(asOf, "asOf");
    // Scored in id order, so a topic's place in the list breaks the last tie as RANKING's id does.
    List<ScoredTopic> scored = scoreColumns(graph, asOf);
    int m = scored.size();
    double[] score = new double[m];
    int[] reviewers = new int[m];
    long[] proposed = new long[m];
    int[] order = new int[m];
    for (int i = 0; i < m; i++) {
      ScoredTopic s = scored.get(i);
      score[i] = s.score();
      reviewers[i] = s.reviewers();
      proposed[i] = s.topic().proposed().toEpochDay();
      order[i] = i;
    }
    sortRanking(order, new int[m], 0, m, score, reviewers, proposed);
    RankedTopic[] out = new RankedTopic[m];
    for (int i = 0; i < m; i++) {
      out[i] = new RankedTopic(i + 1, scored.get(order[i]));
    }
    return List.of(out);
  }

  /** {@link ScoredTopic#RANKING} on arrays: higher score, more reviewers, older proposal, then list order. */
  private static int compareRanking(int a, int b, double[] score, int[] reviewers, long[] proposed) {
    int c = Double.compare(score[b], score[a]);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(reviewers[b], reviewers[a]);
    if (c != 0) {
      return c;
    }
    c = Long.compare(proposed[a], proposed[b]);
    return c != 0 ? c : Integer.compare(a, b);
  }

  private static void sortRanking(int[] a, int[] buffer, int from, int to, double[] score, int[] reviewers,
      long[] proposed) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    sortRanking(a, buffer, from, mid, score, reviewers, proposed);
    sortRanking(a, buffer, mid, to, score, reviewers, proposed);
    if (compareRanking(a[mid - 1], a[mid], score, reviewers, proposed) <= 0) {
      return;
    }
    System.arraycopy(a, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && compareRanking(buffer[i], buffer[j], score, reviewers, proposed) <= 0) {
        a[k] = buffer[i++];
      } else {
        a[k] = buffer[j++];
      }
    }
  }

  /**
   * Scores the graph's ranked topics from the graph's own feedback, read from its columns: per topic,
   * each reviewer's newest event by {@code asOf}, in reviewer order, which is the order the
   * accumulator's ratings come in, so the result is {@link #rank(TopicGraph, Iterable, Instant)}'s,
   * bit for bit.
   */
  private List<ScoredTopic> scoreColumns(TopicGraph graph, Instant asOf) {
    FeedbackColumns c = GraphAccess.columns(graph);
    TopicColumns tc = GraphAccess.topics(graph);
    long asOfSecond = asOf.getEpochSecond();
    int asOfNano = asOf.getNano();
    long asOfDay = day(asOf).toEpochDay();
    double halfLife = seconds(config.feedbackHalfLife());
    double reviewHalfLife = seconds(config.reviewHalfLife());
    double neutral = config.neutral();
    int minInterest = config.optInMinInterest();
    boolean[] includedStatus = new boolean[TopicStatus.values().length];
    for (TopicStatus s : config.includedStatuses()) {
      includedStatus[s.ordinal()] = true;
    }
    // A node's freshness, computed once per ranking however many topics draw on it; NaN until then.
    double[] freshnessOf = new double[tc.nodeCount()];
    java.util.Arrays.fill(freshnessOf, Double.NaN);
    Function<NodeId, Optional<Node>> nodes = graph::node;
    List<Topic> topics = graph.topics();
    List<ScoredTopic> scored = new ArrayList<>();
    for (int ti = 0; ti < topics.size(); ti++) {
      if (!includedStatus[tc.status(ti)] || tc.proposedDay(ti) > asOfDay) {
        continue; // the same test as ranks(topic, asOf)
      }
      Sums sums = new Sums();
      int t = tc.feedbackTopic(ti);
      if (t >= 0) {
        int end = c.topicStart(t + 1);
        // By reviewer, each reviewer's run oldest first: the run's last event not after asOf counts.
        int i = c.topicStart(t);
        while (i < end) {
          int reviewer = c.reviewerAt(c.byReviewer(i));
          int newest = -1;
          do {
            int p = c.byReviewer(i);
            long second = c.epochSecond(p);
            if (second < asOfSecond || second == asOfSecond && c.nano(p) <= asOfNano) {
              newest = p;
            }
            i++;
          } while (i < end && c.reviewerAt(c.byReviewer(i)) == reviewer);
          if (newest >= 0) {
            sums.add(c.interest(newest), c.optIn(newest), c.epochSecond(newest), c.nano(newest), asOfSecond,
                asOfNano, minInterest, halfLife);
          }
        }
      }
      // Confidence and freshness as score(...) computes them from the nodes, term for term.
      double confidence;
      double freshness;
      int drawEnd = tc.drawStart(ti + 1);
      if (tc.drawStart(ti) == drawEnd) {
        confidence = neutral;
        freshness = neutral;
      } else {
        double confSum = 0;
        double freshSum = 0;
        double total = 0;
        for (int d = tc.drawStart(ti); d < drawEnd; d++) {
          int node = tc.drawNode(d);
          total += 1.0;
          if (node < 0) {
            confSum += 1.0 * neutral;
            freshSum += 1.0 * 0;
            continue;
          }
          double stated = tc.confidence(node);
          confSum += 1.0 * (Double.isNaN(stated) ? neutral : stated);
          double fresh = freshnessOf[node];
          if (Double.isNaN(fresh)) {
            long reviewed = tc.reviewedDay(node);
            fresh = reviewed == TopicColumns.NEVER ? 0
                : decay(Math.max(0, asOfSecond - reviewed * 86_400 + asOfNano / 1e9), reviewHalfLife);
            freshnessOf[node] = fresh;
          }
          freshSum += 1.0 * fresh;
        }
        confidence = total == 0 ? 0 : confSum / total;
        freshness = total == 0 ? 0 : freshSum / total;
      }
      scored.add(finish(topics.get(ti), nodes, asOf, sums, confidence, freshness));
    }
    return scored;
  }

  /**
   * Ranks the graph's topics whose status the configuration includes, from the given feedback (such
   * as the events of a feedback log, with or without the graph's own) instead of the graph's.
   * Feedback on topics the graph does not rank is ignored.
   *
   * @param graph the graph: its topics and the nodes they draw on
   * @param feedback the events, in any order; an event given twice counts once
   * @param asOf the instant the ranking is for
   * @return the ranking, best first, ranks from 1
   */
  public List<RankedTopic> rank(TopicGraph graph, Iterable<Feedback> feedback, Instant asOf) {
    return ranked(scoreAll(graph, feedback, asOf));
  }

  /**
   * Returns the first {@code count} topics of the ranking, without sorting the others: what a page
   * of the backlog shows.
   *
   * @param graph the graph
   * @param feedback the events, in any order
   * @param asOf the instant the ranking is for
   * @param count how many, 0 or more
   * @return the first topics of {@link #rank(TopicGraph, Iterable, Instant)}, equal to them
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public List<RankedTopic> top(TopicGraph graph, Iterable<Feedback> feedback, Instant asOf, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, not " + count);
    }
    List<ScoredTopic> all = scoreAll(graph, feedback, asOf);
    // The worst of the best so far on top of the heap: each topic costs O(log count).
    java.util.PriorityQueue<ScoredTopic> best = new java.util.PriorityQueue<>(Math.max(1, count),
        ScoredTopic.RANKING.reversed());
    for (ScoredTopic s : all) {
      if (best.size() < count) {
        best.add(s);
      } else if (count > 0 && ScoredTopic.RANKING.compare(s, best.peek()) < 0) {
        best.poll();
        best.add(s);
      }
    }
    return ranked(new ArrayList<>(best));
  }

  /**
   * Returns the interested reviewers of a topic as of an instant: those whose newest rating of it is
   * at least {@link ScoringConfig#optInMinInterest()}, given with the opt-in.
   *
   * @param topic the topic's id
   * @param feedback the events, in any order
   * @param asOf the instant; later events do not count
   * @return the reviewers' ids, sorted
   */
  public List<String> interestedReviewers(NodeId topic, Iterable<Feedback> feedback, Instant asOf) {
    requireNonNull(topic, "topic");
    FeedbackAccumulator acc = FeedbackAccumulator.empty();
    for (Feedback f : feedback) {
      if (f.topic().equals(topic) && !f.at().isAfter(asOf)) {
        acc.add(f);
      }
    }
    return acc.interestedReviewers(config.optInMinInterest());
  }

  private List<ScoredTopic> scoreAll(TopicGraph graph, Iterable<Feedback> feedback, Instant asOf) {
    requireNonNull(graph, "graph");
    requireNonNull(feedback, "feedback");
    requireNonNull(asOf, "asOf");
    Map<NodeId, FeedbackAccumulator> byTopic = accumulate(feedback, asOf);
    List<ScoredTopic> scored = new ArrayList<>();
    for (Topic t : graph.topics()) {
      if (ranks(t, asOf)) {
        scored.add(score(t, byTopic.getOrDefault(t.id(), EMPTY), graph::node, asOf));
      }
    }
    return scored;
  }

  /**
   * Returns whether a ranking as of an instant includes a topic: its status is one of the
   * configuration's {@linkplain ScoringConfig#includedStatuses() included statuses} and it was proposed
   * on or before the instant's day (UTC).
   *
   * @param topic the topic
   * @param asOf the instant of the ranking
   * @return {@code true} if {@link #rank} ranks the topic
   */
  public boolean ranks(Topic topic, Instant asOf) {
    return config.includedStatuses().contains(topic.status()) && !topic.proposed().isAfter(day(asOf));
  }

  private static final Instant FIRST_AS_OF = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_AS_OF = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * Parses the instant of a ranking as people write it in an option: an ISO-8601 instant ({@code
   * 2026-11-20T09:00:00Z}) or a date ({@code 2026-11-20}, meaning its start in UTC), in the years 1
   * to 9999.
   *
   * @param text the text
   * @return the instant
   * @throws IllegalArgumentException saying what was expected, if {@code text} is neither, or lies
   *     outside those years
   */
  public static Instant parseAsOf(String text) {
    requireNonNull(text, "text");
    Instant instant;
    try {
      instant = text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("\"" + text + "\" is neither a date (2026-11-20) nor an instant "
          + "(2026-11-20T00:00:00Z)", e);
    }
    if (instant.isBefore(FIRST_AS_OF) || instant.isAfter(LAST_AS_OF)) {
      throw new IllegalArgumentException("\"" + text + "\" is not in the years 1 to 9999");
    }
    return instant;
  }

  static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  /** The events given by {@code asOf}, folded per topic. */
  static Map<NodeId, FeedbackAccumulator> accumulate(Iterable<Feedback> feedback, Instant asOf) {
    Map<NodeId, FeedbackAccumulator> out = new HashMap<>();
    for (Feedback f : feedback) {
      if (!f.at().isAfter(asOf)) {
        out.computeIfAbsent(f.topic(), k -> FeedbackAccumulator.empty()).add(f);
      }
    }
    return out;
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
    return live(graph, requireNonNull(graph, "graph").feedback(), asOf);
  }

  /**
   * Returns a live backlog of the graph's included topics from the given feedback, such as a feedback
   * log read at start: a live backlog restarts from the log.
   *
   * @param graph the graph: its topics and the nodes they draw on
   * @param feedback the events so far, in any order; those after {@code asOf} wait for {@link
   *     LiveBacklog#advanceTo(Instant)}
   * @param asOf the instant the ranking is for
   * @return the live backlog
   */
  public LiveBacklog live(TopicGraph graph, Iterable<Feedback> feedback, Instant asOf) {
    return new LiveBacklog(this, graph, feedback, asOf);
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
    Sums sums = new Sums();
    double halfLife = seconds(config.feedbackHalfLife());
    for (FeedbackAccumulator.Rating r : feedback.ratings()) {
      sums.add(r.interest, r.optIn, r.epochSecond, r.nano, asOf.getEpochSecond(), asOf.getNano(),
          config.optInMinInterest(), halfLife);
    }
    return score(topic, nodes, asOf, sums);
  }

  /**
   * The sums over a topic's reviewers' newest ratings that scoring reads, folded in one order by
   * both the value-based and the columnar path so that both give the same bits.
   */
  private static final class Sums {
    int n;
    long ratingSum;
    int interested;
    double recent;

    void add(int interest, boolean optIn, long epochSecond, int nano, long asOfSecond, int asOfNano,
        int minInterest, double halfLife) {
      n++;
      ratingSum += interest - 1;
      if (optIn && interest >= minInterest) {
        interested++;
      }
      double age = Math.max(0, (asOfSecond - epochSecond) + (asOfNano - nano) / 1e9);
      recent += decay(age, halfLife) * ((interest - 1) / 4.0);
    }
  }

  /** Scores a topic from the sums over its reviewers' newest ratings. */
  private ScoredTopic score(Topic topic, Function<NodeId, Optional<Node>> nodes, Instant asOf, Sums sums) {
    double confidence;
    double freshness;
    if (topic.drawsFrom().isEmpty()) {
      confidence = config.neutral();
      freshness = config.neutral();
    } else {
      double confSum = 0;
      double freshSum = 0;
      double total = 0;
      double reviewHalfLife = seconds(config.reviewHalfLife());
      for (NodeId id : topic.drawsFrom()) {
        Optional<Node> node = nodes.apply(id);
        total += 1.0;
        if (node.isEmpty()) {
          confSum += 1.0 * config.neutral();
          freshSum += 1.0 * 0;
          continue;
        }
        Node nd = node.get();
        confSum += 1.0 * (nd.confidence().isPresent() ? nd.confidence().getAsDouble() : config.neutral());
        freshSum += 1.0 * freshness(nd.reviewed(), asOf, reviewHalfLife);
      }
      confidence = total == 0 ? 0 : confSum / total;
      freshness = total == 0 ? 0 : freshSum / total;
    }
    return finish(topic, nodes, asOf, sums, confidence, freshness);
  }

  /** Scores a topic from the sums over its reviewers' newest ratings and its nodes' signals. */
  private ScoredTopic finish(Topic topic, Function<NodeId, Optional<Node>> nodes, Instant asOf, Sums sums,
      double confidence, double freshness) {
    int n = sums.n;
    long ratingSum = sums.ratingSum;
    int interested = sums.interested;
    double recent = sums.recent;
    double k = config.priorWeight();
    double observed = n == 0 ? 0 : ratingSum / (4.0 * n);
    // The arithmetic below is the explanation's, operation for operation, so the two give the same bits.
    double bayes = mean2(config.priorMean(), k, observed, n);
    double exploration = k / (k + n);
    double interest = towardsOne(bayes, 1 * config.exploration() * exploration);
    double recency = saturation(recent, config.recencyPivot());
    double optIns = saturation(interested, config.optInPivot());
    double base = mean5(interest, recency, optIns, confidence, freshness);
    double requested = config.editorialBoosts().getOrDefault(topic.id(), 0.0);
    double score = towardsOne(base, Math.min(requested, config.boostCap()));
    return new ScoredTopic(topic, score, n, () -> explain(topic, nodes, asOf, n, ratingSum, interested, recent));
  }

  private static double mean2(double a, double wa, double b, double wb) {
    double sum = 0;
    double total = 0;
    sum += wa * a;
    total += wa;
    sum += wb * b;
    total += wb;
    return total == 0 ? 0 : sum / total;
  }

  private double mean5(double i, double r, double o, double c, double f) {
    double sum = 0;
    double total = 0;
    sum += config.interestWeight() * i;
    total += config.interestWeight();
    sum += config.recencyWeight() * r;
    total += config.recencyWeight();
    sum += config.optInWeight() * o;
    total += config.optInWeight();
    sum += config.confidenceWeight() * c;
    total += config.confidenceWeight();
    sum += config.freshnessWeight() * f;
    total += config.freshnessWeight();
    return total == 0 ? 0 : sum / total;
  }

  private static double saturation(double v, double pivot) {
    return v <= 0 ? 0 : v / (v + pivot);
  }

  private static double towardsOne(double a, double b) {
    return a + b * (1 - a);
  }

  private static double freshness(Optional<LocalDate> reviewed, Instant asOf, double reviewHalfLife) {
    if (reviewed.isEmpty()) {
      return 0;
    }
    Instant at = reviewed.get().atStartOfDay(ZoneOffset.UTC).toInstant();
    double age = Math.max(0, asOf.getEpochSecond() - at.getEpochSecond() + asOf.getNano() / 1e9);
    return decay(age, reviewHalfLife);
  }

  /** The explanation of a score, from the numbers the score was computed from. */
  private Explanation explain(Topic topic, Function<NodeId, Optional<Node>> nodes, Instant asOf, int n,
      long ratingSum, int interested, double recent) {
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
          fresh.add(Explanation.input(freshness(reviewed, asOf, reviewHalfLife), id + ": reviewed " + reviewed.get()
              + reviewSuffix));
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
    return Explanation.towardsOne("priority of " + topic.id(), base, boost);
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
