package dev.topicgraph.benchmarks;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring formula of {@code docs/scoring.md}, with its default parameters, written as plain array
 * code from the document alone: the peer that full scoring is measured against. It does not call the
 * library's scorer. The graph is copied into arrays once ({@link #of(TopicGraph)}): events grouped by
 * topic, oldest first, with reviewers as indexes; {@link #rank(Instant)} then scores every topic and
 * sorts them. Per topic it walks the events newest first and counts each reviewer's first (newest)
 * event, summing as it goes, so it adds the recency terms in a different order from the library (which
 * sums in reviewer order): scores may differ in the last bits, and the benchmark reports by how much.
 * Decay uses {@link StrictMath#exp(double)}, as the document says scoring does.
 */
public final class ArrayScoringPeer {
  // The defaults, from docs/scoring.md.
  private static final double WI = 0.45;
  private static final double WR = 0.20;
  private static final double WO = 0.15;
  private static final double WC = 0.10;
  private static final double WF = 0.10;
  private static final double PRIOR_MEAN = 0.5;
  private static final double PRIOR_WEIGHT = 5;
  private static final double EXPLORATION = 0.2;
  private static final double FEEDBACK_HALF_LIFE = 14 * 86_400.0;
  private static final double RECENCY_PIVOT = 2;
  private static final double OPT_IN_PIVOT = 2;
  private static final int OPT_IN_MIN_INTEREST = 4;
  private static final double REVIEW_HALF_LIFE = 180 * 86_400.0;
  private static final double NEUTRAL = 0.5;
  private static final double LN2 = StrictMath.log(2);

  private final NodeId[] topicIds;
  private final boolean[] included;
  private final long[] proposedDay;
  private final int[] drawStart;
  private final int[] drawNode;
  private final double[] nodeConfidence;
  private final long[] nodeReviewedSecond;
  private final boolean[] nodeReviewed;
  private final int[] eventStart;
  private final int[] eventReviewer;
  private final long[] eventSecond;
  private final int[] eventNano;
  private final byte[] eventInterest;
  private final boolean[] eventOptIn;
  private final int reviewers;

  private ArrayScoringPeer(NodeId[] topicIds, boolean[] included, long[] proposedDay, int[] drawStart, int[] drawNode,
      double[] nodeConfidence, long[] nodeReviewedSecond, boolean[] nodeReviewed, int[] eventStart, int[] eventReviewer,
      long[] eventSecond, int[] eventNano, byte[] eventInterest, boolean[] eventOptIn, int reviewers) {
    this.topicIds = topicIds;
    this.included = included;
    this.proposedDay = proposedDay;
    this.drawStart = drawStart;
    this.drawNode = drawNode;
    this.nodeConfidence = nodeConfidence;
    this.nodeReviewedSecond = nodeReviewedSecond;
    this.nodeReviewed = nodeReviewed;
    this.eventStart = eventStart;
    this.eventReviewer = eventReviewer;
    this.eventSecond = eventSecond;
    this.eventNano = eventNano;
    this.eventInterest = eventInterest;
    this.eventOptIn = eventOptIn;
    this.reviewers = reviewers;
  }

  /**
   * Copies a graph into the peer's arrays.
   *
   * @param graph the graph
   * @return the peer, ready to rank
   */
  public static ArrayScoringPeer of(TopicGraph graph) {
    List<Topic> topics = graph.topics();
    int t = topics.size();
    NodeId[] topicIds = new NodeId[t];
    boolean[] included = new boolean[t];
    long[] proposedDay = new long[t];
    int[] drawStart = new int[t + 1];
    List<Integer> draws = new ArrayList<>();
    Map<NodeId, Integer> nodeIndex = new HashMap<>();
    List<Node> nodes = graph.nodes();
    double[] nodeConfidence = new double[nodes.size() + 1];
    long[] nodeReviewedSecond = new long[nodes.size() + 1];
    boolean[] nodeReviewed = new boolean[nodes.size() + 1];
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      nodeIndex.put(n.id(), i);
      nodeConfidence[i] = n.confidence().isPresent() ? n.confidence().getAsDouble() : NEUTRAL;
      Optional<LocalDate> reviewed = n.reviewed();
      nodeReviewed[i] = reviewed.isPresent();
      nodeReviewedSecond[i] = reviewed.isPresent() ? reviewed.get().toEpochDay() * 86_400 : 0;
    }
    int missing = nodes.size(); // a node the graph lacks: neutral confidence, freshness 0
    nodeConfidence[missing] = NEUTRAL;
    Map<NodeId, Integer> topicIndex = new HashMap<>();
    for (int i = 0; i < t; i++) {
      Topic topic = topics.get(i);
      topicIds[i] = topic.id();
      topicIndex.put(topic.id(), i);
      included[i] = topic.status() == TopicStatus.PROPOSED || topic.status() == TopicStatus.ACCEPTED
          || topic.status() == TopicStatus.DRAFTING;
      proposedDay[i] = topic.proposed().toEpochDay();
      for (NodeId n : topic.drawsFrom()) {
        draws.add(nodeIndex.getOrDefault(n, missing));
      }
      drawStart[i + 1] = draws.size();
    }
    int[] drawNode = draws.stream().mapToInt(Integer::intValue).toArray();

    List<Feedback> events = new ArrayList<>();
    for (Feedback f : graph.feedback()) {
      if (topicIndex.containsKey(f.topic())) {
        events.add(f);
      }
    }
    events.sort(Comparator.comparing((Feedback f) -> topicIndex.get(f.topic())).thenComparing(Feedback::at)
        .thenComparing(Feedback::id));
    int n = events.size();
    int[] eventStart = new int[t + 1];
    int[] eventReviewer = new int[n];
    long[] eventSecond = new long[n];
    int[] eventNano = new int[n];
    byte[] eventInterest = new byte[n];
    boolean[] eventOptIn = new boolean[n];
    Map<String, Integer> reviewerIndex = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Feedback f = events.get(i);
      eventStart[topicIndex.get(f.topic()) + 1]++;
      eventReviewer[i] = reviewerIndex.computeIfAbsent(f.reviewer(), k -> reviewerIndex.size());
      eventSecond[i] = f.at().getEpochSecond();
      eventNano[i] = f.at().getNano();
      eventInterest[i] = (byte) f.interest();
      eventOptIn[i] = f.optIn();
    }
    for (int i = 0; i < t; i++) {
      eventStart[i + 1] += eventStart[i];
    }
    return new ArrayScoringPeer(topicIds, included, proposedDay, drawStart, drawNode, nodeConfidence,
        nodeReviewedSecond, nodeReviewed, eventStart, eventReviewer, eventSecond, eventNano, eventInterest, eventOptIn,
        reviewerIndex.size());
  }

  /** A ranking: topic indexes best first, with their scores. */
  public static final class Ranking {
    /** Topic indexes (into the graph's topics), best first. */
    public final int[] order;
    /** Each topic's score, by topic index; NaN for a topic not ranked. */
    public final double[] score;
    /** Each topic's number of counted reviewers, by topic index. */
    public final int[] reviewers;

    Ranking(int[] order, double[] score, int[] reviewers) {
      this.order = order;
      this.score = score;
      this.reviewers = reviewers;
    }
  }

  /**
   * Returns a topic's id.
   *
   * @param index a topic index
   * @return its id
   */
  public NodeId topicId(int index) {
    return topicIds[index];
  }

  /**
   * Scores and ranks every included topic as of an instant.
   *
   * @param asOf the instant
   * @return the ranking
   */
  public Ranking rank(Instant asOf) {
    long asOfSecond = asOf.getEpochSecond();
    int asOfNano = asOf.getNano();
    long asOfDay = LocalDate.ofInstant(asOf, ZoneOffset.UTC).toEpochDay();
    int t = topicIds.length;
    double[] score = new double[t];
    int[] counted = new int[t];
    int[] order = new int[t];
    int ranked = 0;
    int[] seen = new int[reviewers];
    for (int topic = 0; topic < t; topic++) {
      if (!included[topic] || proposedDay[topic] > asOfDay) {
        score[topic] = Double.NaN;
        continue;
      }
      int n = 0;
      int sum = 0;
      int interested = 0;
      double recent = 0;
      int mark = topic + 1;
      for (int e = eventStart[topic + 1] - 1; e >= eventStart[topic]; e--) {
        if (eventSecond[e] > asOfSecond || eventSecond[e] == asOfSecond && eventNano[e] > asOfNano) {
          continue;
        }
        int r = eventReviewer[e];
        if (seen[r] == mark) {
          continue; // an older event of a reviewer already counted
        }
        seen[r] = mark;
        int x4 = eventInterest[e] - 1;
        n++;
        sum += x4;
        if (eventOptIn[e] && eventInterest[e] >= OPT_IN_MIN_INTEREST) {
          interested++;
        }
        double age = Math.max(0, (asOfSecond - eventSecond[e]) + (asOfNano - eventNano[e]) / 1e9);
        recent += StrictMath.exp(-LN2 * age / FEEDBACK_HALF_LIFE) * (x4 / 4.0);
      }
      double bayes = (PRIOR_WEIGHT * PRIOR_MEAN + (n == 0 ? 0 : sum / 4.0)) / (PRIOR_WEIGHT + n);
      double interest = bayes + EXPLORATION * (PRIOR_WEIGHT / (PRIOR_WEIGHT + n)) * (1 - bayes);
      double recency = recent <= 0 ? 0 : recent / (recent + RECENCY_PIVOT);
      double optIns = interested == 0 ? 0 : interested / (interested + OPT_IN_PIVOT);
      double confidence = NEUTRAL;
      double freshness = NEUTRAL;
      int draws = drawStart[topic + 1] - drawStart[topic];
      if (draws > 0) {
        double c = 0;
        double f = 0;
        for (int d = drawStart[topic]; d < drawStart[topic + 1]; d++) {
          int node = drawNode[d];
          c += nodeConfidence[node];
          if (nodeReviewed[node]) {
            double age = Math.max(0, asOfSecond - nodeReviewedSecond[node] + asOfNano / 1e9);
            f += StrictMath.exp(-LN2 * age / REVIEW_HALF_LIFE);
          }
        }
        confidence = c / draws;
        freshness = f / draws;
      }
      score[topic] = (WI * interest + WR * recency + WO * optIns + WC * confidence + WF * freshness)
          / (WI + WR + WO + WC + WF);
      counted[topic] = n;
      order[ranked++] = topic;
    }
    int[] result = Arrays.copyOf(order, ranked);
    sort(result, new int[ranked], 0, ranked, score, counted);
    return new Ranking(result, score, counted);
  }

  /** Higher score first, then more reviewers, then the older proposal, then the topic id (index order). */
  private int compare(int a, int b, double[] score, int[] counted) {
    int c = Double.compare(score[b], score[a]);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(counted[b], counted[a]);
    if (c != 0) {
      return c;
    }
    c = Long.compare(proposedDay[a], proposedDay[b]);
    return c != 0 ? c : Integer.compare(a, b);
  }

  private void sort(int[] a, int[] buffer, int from, int to, double[] score, int[] counted) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, buffer, from, mid, score, counted);
    sort(a, buffer, mid, to, score, counted);
    System.arraycopy(a, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && compare(buffer[i], buffer[j], score, counted) <= 0) {
        a[k] = buffer[i++];
      } else {
        a[k] = buffer[j++];
      }
    }
  }
}
