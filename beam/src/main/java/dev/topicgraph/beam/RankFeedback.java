package dev.topicgraph.beam;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.FeedbackAccumulator;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.api.scoring.ScoredTopic;
import dev.topicgraph.api.scoring.ScoringConfig;
import dev.topicgraph.io.json.RankingJson;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.AfterWatermark;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apiguardian.api.API;

/**
 * Ranks a graph's backlog from a collection of feedback events, and gives the ranking as the JSON
 * that {@code topicgraph rank --json} prints ({@link RankingJson}): one element, a JSON array of every
 * ranked topic with its score and explanation, best first.
 *
 * <pre>{@code
 * PCollection<String> ranking = events.apply(RankFeedback.of(graph, Instant.parse("2026-11-20T00:00:00Z")));
 * }</pre>
 *
 * <p>The ranking equals {@code PriorityScorer.withDefaults().rank(graph, events, asOf)} of the same
 * events, bit for bit: the same topics in the same order, with the same scores and explanations. The
 * events are keyed by topic and folded with {@link TopicFeedbackFn}; each topic is scored where its
 * accumulator is, with {@link PriorityScorer#score}; the scores are gathered and ordered by {@link
 * PriorityScorer#ranked}. Because the accumulators are commutative, associative and idempotent, and
 * scoring reads them in one order, neither the runner's bundles nor the order of the events nor an
 * event delivered twice changes a bit. Events dated after {@code asOf} do not count, and topics
 * proposed after its day are not ranked, as in the scorer; a topic without feedback is ranked from
 * no feedback. Events on topics the graph does not rank are left out.
 *
 * <p>The ranking covers every event of the input, whatever its window or timestamp: the events are
 * put in the global window first, so none is dropped as late. The input is bounded, or a stream
 * whose watermark ends (the ranking comes when it does). Scoring uses the {@linkplain
 * ScoringConfig#defaults() default configuration}.
 *
 * <p>Immutable and thread-safe; the transform may be applied to several pipelines.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RankFeedback extends PTransform<PCollection<Feedback>, PCollection<String>> {
  private static final long serialVersionUID = 1L;

  private final transient TopicGraph graph;
  private final transient PCollectionView<TopicGraph> graphView;
  /** The instant the ranking is for. */
  private final Instant asOf;

  private RankFeedback(TopicGraph graph, PCollectionView<TopicGraph> graphView, Instant asOf) {
    this.graph = graph;
    this.graphView = graphView;
    this.asOf = asOf;
  }

  /**
   * Returns a transform that ranks a graph's backlog. The pipeline carries the graph to its workers as
   * its JSON document ({@link TopicGraphCoder}).
   *
   * @param graph the graph: its topics and the nodes they draw on; its own feedback is not read (add
   *     it to the events to count it)
   * @param asOf the instant the ranking is for
   * @return the transform
   */
  public static RankFeedback of(TopicGraph graph, Instant asOf) {
    return new RankFeedback(requireNonNull(graph, "graph"), null, requireNonNull(asOf, "asOf"));
  }

  /**
   * Returns a transform that ranks the backlog of a graph the pipeline already holds, as a singleton
   * side input (its collection coded with {@link TopicGraphCoder}).
   *
   * @param graph the view of the graph
   * @param asOf the instant the ranking is for
   * @return the transform
   */
  public static RankFeedback of(PCollectionView<TopicGraph> graph, Instant asOf) {
    return new RankFeedback(null, requireNonNull(graph, "graph"), requireNonNull(asOf, "asOf"));
  }

  @Override
  public PCollection<String> expand(PCollection<Feedback> events) {
    PCollectionView<TopicGraph> view = graphView != null ? graphView : events.getPipeline()
        .apply("Graph", Create.of(graph).withCoder(TopicGraphCoder.of()))
        .apply("GraphView", View.asSingleton());
    return events
        .apply("GlobalWindow", Window.<Feedback>into(new GlobalWindows())
            .triggering(AfterWatermark.pastEndOfWindow())
            .withAllowedLateness(org.joda.time.Duration.ZERO)
            .discardingFiredPanes())
        .apply("ByTopicAsOf", ParDo.of(new KeyByTopic(asOf)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), FeedbackCoder.of()))
        .apply("Accumulate", Combine.perKey(new TopicFeedbackFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), FeedbackAccumulatorCoder.of()))
        .apply("Score", ParDo.of(new Score(view, asOf)).withSideInputs(view))
        .setCoder(KvCoder.of(VarIntCoder.of(), TopicScore.Coder.of()))
        .apply("GroupScores", GroupByKey.create())
        .apply("Scores", Values.create())
        .apply("EachScore", Flatten.iterables())
        .setCoder(TopicScore.Coder.of())
        .apply("Gather", Combine.globally(new Gather()))
        .setCoder(ListCoder.of(TopicScore.Coder.of()))
        .apply("Rank", ParDo.of(new Rank(view, asOf)).withSideInputs(view))
        .setCoder(StringUtf8Coder.of());
  }

  /** The events given by {@code asOf}, keyed by their topic. */
  static final class KeyByTopic extends DoFn<Feedback, KV<String, Feedback>> {
    private static final long serialVersionUID = 1L;
    private final Instant asOf;

    KeyByTopic(Instant asOf) {
      this.asOf = asOf;
    }

    @ProcessElement
    public void process(@Element Feedback e, OutputReceiver<KV<String, Feedback>> out) {
      if (!e.at().isAfter(asOf)) {
        out.output(KV.of(e.topic().value(), e));
      }
    }
  }

  /**
   * How many groups the scores are gathered in before they are gathered into one: the DirectRunner
   * copies what a group holds at every bundle that adds to it, and each topic's score comes in a
   * bundle of its own, so gathering thousands of scores in one step would copy them thousands of times.
   */
  static final int SCORE_GROUPS = 64;

  /** Scores each ranked topic from its accumulator, where the accumulator is; keyed by the topic's group. */
  static final class Score extends DoFn<KV<String, FeedbackAccumulator>, KV<Integer, TopicScore>> {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<TopicGraph> graph;
    private final Instant asOf;
    private transient PriorityScorer scorer;

    Score(PCollectionView<TopicGraph> graph, Instant asOf) {
      this.graph = graph;
      this.asOf = asOf;
    }

    @Setup
    public void setup() {
      scorer = PriorityScorer.withDefaults();
    }

    @ProcessElement
    public void process(@Element KV<String, FeedbackAccumulator> e, OutputReceiver<KV<Integer, TopicScore>> out,
        ProcessContext c) {
      TopicGraph g = c.sideInput(graph);
      Optional<Topic> topic = g.topic(NodeId.of(e.getKey()));
      if (topic.isPresent() && scorer.ranks(topic.get(), asOf)) {
        out.output(KV.of(Math.floorMod(e.getKey().hashCode(), SCORE_GROUPS),
            TopicScore.of(scorer.score(topic.get(), e.getValue(), g::node, asOf))));
      }
    }
  }

  /** Gathers the scores of all topics into one list, ordered by topic id. */
  static final class Gather extends Combine.CombineFn<TopicScore, List<TopicScore>, List<TopicScore>> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<TopicScore> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<TopicScore> addInput(List<TopicScore> acc, TopicScore s) {
      acc.add(s);
      return acc;
    }

    @Override
    public List<TopicScore> mergeAccumulators(Iterable<List<TopicScore>> accs) {
      List<TopicScore> merged = new ArrayList<>();
      for (List<TopicScore> a : accs) {
        merged.addAll(a);
      }
      return merged;
    }

    @Override
    public List<TopicScore> extractOutput(List<TopicScore> acc) {
      List<TopicScore> sorted = new ArrayList<>(acc);
      sorted.sort(Comparator.comparing(s -> s.topic));
      return sorted;
    }

    @Override
    public Coder<List<TopicScore>> getAccumulatorCoder(CoderRegistry registry, Coder<TopicScore> input) {
      return ListCoder.of(TopicScore.Coder.of());
    }

    @Override
    public Coder<List<TopicScore>> getDefaultOutputCoder(CoderRegistry registry, Coder<TopicScore> input) {
      return ListCoder.of(TopicScore.Coder.of());
    }
  }

  /** Ranks the graph's topics from the gathered scores; a ranked topic without feedback is scored here. */
  static final class Rank extends DoFn<List<TopicScore>, String> {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<TopicGraph> graph;
    private final Instant asOf;
    private final Counter ranked = Metrics.counter("topicgraph", "topics-ranked");
    private transient PriorityScorer scorer;

    Rank(PCollectionView<TopicGraph> graph, Instant asOf) {
      this.graph = graph;
      this.asOf = asOf;
    }

    @Setup
    public void setup() {
      scorer = PriorityScorer.withDefaults();
    }

    @ProcessElement
    public void process(@Element List<TopicScore> scores, OutputReceiver<String> out, ProcessContext c) {
      TopicGraph g = c.sideInput(graph);
      Map<String, TopicScore> byTopic = new HashMap<>();
      for (TopicScore s : scores) {
        byTopic.put(s.topic, s);
      }
      List<ScoredTopic> scored = new ArrayList<>();
      FeedbackAccumulator none = FeedbackAccumulator.empty();
      for (Topic t : g.topics()) {
        if (scorer.ranks(t, asOf)) {
          TopicScore s = byTopic.get(t.id().value());
          scored.add(s == null ? scorer.score(t, none, g::node, asOf) : ScoredTopic.of(t, s.explanation, s.reviewers));
        }
      }
      List<RankedTopic> ranking = PriorityScorer.ranked(scored);
      ranked.inc(ranking.size());
      out.output(RankingJson.write(ranking));
    }
  }
}
