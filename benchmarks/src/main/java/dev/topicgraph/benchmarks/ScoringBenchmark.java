package dev.topicgraph.benchmarks;

import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.time.Instant;
import java.util.List;
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
 * Scoring: a full ranking beside one pass over the feedback events (the least any scoring must do),
 * and one live-backlog update beside a full re-rank.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g", "-XX:+AlwaysPreTouch"})
public class ScoringBenchmark {
  private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

  @Param({"small", "medium", "large"})
  public String size;

  private TopicGraph graph;
  private PriorityScorer scorer;
  private LiveBacklog live;
  private Feedback[] updates;
  private int next;

  /** Builds the graph, the live backlog, and the stream of updates it will take. */
  @Setup(Level.Trial)
  public void setUp() {
    graph = BenchmarkData.graph(size);
    scorer = PriorityScorer.withDefaults();
    live = scorer.live(graph, AS_OF);
    List<Feedback> existing = graph.feedback();
    updates = new Feedback[100_000];
    Instant later = Instant.parse("2026-12-31T00:00:00Z");
    for (int i = 0; i < updates.length; i++) {
      Feedback f = existing.get((int) ((i * 2_654_435_761L) % existing.size()));
      updates[i] = f.toBuilder().id("update-" + i).interest(1 + i % 5).at(later.plusSeconds(i)).build();
    }
  }

  /** Our scorer: every topic scored and explained, then ranked. */
  @Benchmark
  public List<RankedTopic> fullScoring() {
    return scorer.rank(graph, AS_OF);
  }

  /** Baseline: one pass over the feedback events, reading what scoring must read from each. */
  @Benchmark
  public long baselineOnePass() {
    long acc = 0;
    for (Feedback f : graph.feedback()) {
      acc += f.interest() + f.at().getEpochSecond() + f.reviewer().length() + f.topic().hashCode() + (f.optIn() ? 1 : 0);
    }
    return acc;
  }

  /** One event into the live backlog: its topic re-scored and moved. */
  @Benchmark
  public boolean liveUpdate() {
    Feedback f = updates[next];
    next = (next + 1) % updates.length;
    return live.add(f);
  }
}
