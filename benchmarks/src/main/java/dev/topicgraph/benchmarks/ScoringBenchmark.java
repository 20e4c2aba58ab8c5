package dev.topicgraph.benchmarks;

import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring: a full ranking beside a hand-written array implementation of the same formula ({@link
 * ArrayScoringPeer}, checked first to give the same ranking) and beside one pass over the feedback
 * events (the least any scoring must do), and one live-backlog update beside a full re-rank.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g", "-XX:+AlwaysPreTouch"})
public class ScoringBenchmark {
  private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

  /** The input size: small, medium or large. */
  @Param({"small", "medium", "large"})
  public String size;

  private TopicGraph graph;
  private PriorityScorer scorer;
  private ArrayScoringPeer peer;
  private LiveBacklog live;
  private Feedback[] updates;
  private int next;

  /**
   * Builds the graph, the peer's arrays, the live backlog and the stream of updates it will take, and
   * checks that the peer ranks as the scorer does.
   */
  @Setup(Level.Trial)
  public void setUp() {
    graph = BenchmarkData.graph(size);
    BenchmarkData.forget(size); // the graph is held here; the document is not needed
    scorer = PriorityScorer.withDefaults();
    peer = ArrayScoringPeer.of(graph);
    System.out.println(checkPeer(scorer.rank(graph, AS_OF), peer, AS_OF));
    live = scorer.live(graph, AS_OF);
    List<Feedback> existing = graph.feedback();
    updates = new Feedback[100_000];
    Instant later = Instant.parse("2026-12-31T00:00:00Z");
    for (int i = 0; i < updates.length; i++) {
      Feedback f = existing.get((int) ((i * 2_654_435_761L) % existing.size()));
      updates[i] = f.toBuilder().id("update-" + i).interest(1 + i % 5).at(later.plusSeconds(i)).build();
    }
  }

  /**
   * Checks that the peer gives the scorer's ranking: the same topics in the same order.
   *
   * @param ours the scorer's ranking
   * @param peer the peer
   * @param asOf the instant
   * @return a line giving the largest difference between the two scores of a topic
   * @throws IllegalStateException if the rankings differ
   */
  static String checkPeer(List<RankedTopic> ours, ArrayScoringPeer peer, Instant asOf) {
    ArrayScoringPeer.Ranking theirs = peer.rank(asOf);
    if (theirs.order.length != ours.size()) {
      throw new IllegalStateException("the peer ranks " + theirs.order.length + " topics, the scorer " + ours.size());
    }
    double maxDifference = 0;
    for (int i = 0; i < ours.size(); i++) {
      int topic = theirs.order[i];
      RankedTopic r = ours.get(i);
      if (!peer.topicId(topic).equals(r.topic().id())) {
        throw new IllegalStateException("rank " + (i + 1) + ": the peer has " + peer.topicId(topic) + ", the scorer "
            + r.topic().id());
      }
      if (theirs.reviewers[topic] != r.reviewers()) {
        throw new IllegalStateException(r.topic().id() + ": the peer counts " + theirs.reviewers[topic]
            + " reviewers, the scorer " + r.reviewers());
      }
      maxDifference = Math.max(maxDifference, Math.abs(theirs.score[topic] - r.score()));
    }
    return String.format(Locale.ROOT, "peer check: same ranking of %d topics; max score difference %.3g",
        ours.size(), maxDifference);
  }

  /**
   * Our scorer: every topic scored (explanations are built only when read), then ranked.
   *
   * @return the ranking
   */
  @Benchmark
  public List<RankedTopic> fullScoring() {
    return scorer.rank(graph, AS_OF);
  }

  /**
   * The peer: the same formula in hand-written array code, every topic scored, then ranked.
   *
   * @return the ranking
   */
  @Benchmark
  public ArrayScoringPeer.Ranking peerArrayScoring() {
    return peer.rank(AS_OF);
  }

  /**
   * Baseline: one pass over the feedback events, reading what scoring must read from each.
   *
   * @return a sum, so the work is not optimized away
   */
  @Benchmark
  public long baselineOnePass() {
    long acc = 0;
    for (Feedback f : graph.feedback()) {
      acc += f.interest() + f.at().getEpochSecond() + f.reviewer().length() + f.topic().hashCode() + (f.optIn() ? 1 : 0);
    }
    return acc;
  }

  /**
   * One event into the live backlog: its topic re-scored and moved.
   *
   * @return whether the event was taken
   */
  @Benchmark
  public boolean liveUpdate() {
    Feedback f = updates[next];
    next = (next + 1) % updates.length;
    return live.add(f);
  }
}
