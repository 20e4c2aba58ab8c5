package dev.topicgraph.beam;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.time.Instant;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apiguardian.api.API;

/**
 * Ranks a graph's backlog from its feedback log, on any Beam runner: what {@code topicgraph rank
 * GRAPH --feedback DIR --json --top 0} does in one process.
 *
 * <pre>{@code
 * RankBacklog.Result r = pipeline.apply(
 *     RankBacklog.of(graph, "gs://bucket/feedback/*.jsonl", Instant.parse("2026-11-20T00:00:00Z")));
 * r.ranking().apply(TextIO.write().to("gs://bucket/ranking.json").withoutSharding());
 * r.problems().apply(MapElements.into(TypeDescriptors.strings()).via(Diagnostic::toString))
 *     .apply(TextIO.write().to("gs://bucket/problems.txt").withoutSharding());
 * }</pre>
 *
 * <p>The log files are read with {@link ReadFeedbackLog}; the graph's own feedback counts too, and an
 * event whose id the graph holds counts as the graph has it, as in {@code rank --feedback}. The events
 * are ranked with {@link RankFeedback}. So the ranking equals, bit for bit, {@code
 * PriorityScorer.withDefaults().rank(graph, events, asOf)} of the graph's events followed by the
 * log's, each id once (the first: the graph's, then the log's in the order of its files and lines).
 * {@link Result#ranking()} holds one element, the JSON text; a malformed line does not stop the job
 * but goes, located, to {@link Result#problems()}.
 *
 * <p>Immutable and thread-safe; the transform may be applied to several pipelines.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RankBacklog extends PTransform<PBegin, RankBacklog.Result> {
  private static final long serialVersionUID = 1L;

  private final transient TopicGraph graph;
  /** How the log is read. */
  private final ReadFeedbackLog log;
  /** The instant the ranking is for. */
  private final Instant asOf;

  private RankBacklog(TopicGraph graph, ReadFeedbackLog log, Instant asOf) {
    this.graph = graph;
    this.log = log;
    this.asOf = asOf;
  }

  /**
   * Returns a transform that ranks a graph's backlog from its feedback log. The pipeline carries the
   * graph to its workers as its JSON document ({@link TopicGraphCoder}).
   *
   * @param graph the graph: its topics, the nodes they draw on, and its own feedback
   * @param feedbackGlob the log files, a pattern of any Beam file system ({@link ReadFeedbackLog#from})
   * @param asOf the instant the ranking is for
   * @return the transform, reading the log in lenient mode
   * @throws IllegalArgumentException if the glob is empty
   */
  public static RankBacklog of(TopicGraph graph, String feedbackGlob, Instant asOf) {
    return new RankBacklog(requireNonNull(graph, "graph"), ReadFeedbackLog.from(feedbackGlob),
        requireNonNull(asOf, "asOf"));
  }

  /**
   * Returns this transform splitting the reading of the log into another number of groups ({@link
   * ReadFeedbackLog#withGroups}).
   *
   * @param groups how many groups, 1 or more
   * @return a new transform
   * @throws IllegalArgumentException if {@code groups} is less than 1
   */
  public RankBacklog withGroups(int groups) {
    return new RankBacklog(graph, log.withGroups(groups), asOf);
  }

  /**
   * Returns this transform reading the log in another validation mode ({@link
   * ReadFeedbackLog#withValidationMode}).
   *
   * @param mode the mode
   * @return a new transform
   */
  public RankBacklog withValidationMode(ValidationMode mode) {
    return new RankBacklog(graph, log.withValidationMode(mode), asOf);
  }

  @Override
  public Result expand(PBegin input) {
    PCollection<TopicGraph> graphs = input.apply("Graph", Create.of(graph).withCoder(TopicGraphCoder.of()));
    PCollectionView<TopicGraph> view = graphs.apply("GraphView", View.asSingleton());
    ReadFeedbackLog.Result read = input.apply("ReadLog", log);
    PCollection<Feedback> logOnly = read.events()
        .apply("NotInTheGraph", ParDo.of(new NotInTheGraph(view)).withSideInputs(view))
        .setCoder(FeedbackCoder.of());
    PCollection<Feedback> graphOwn = graphs.apply("GraphFeedback", ParDo.of(new GraphFeedback()))
        .setCoder(FeedbackCoder.of());
    PCollection<String> ranking = PCollectionList.of(graphOwn).and(logOnly)
        .apply("AllFeedback", Flatten.pCollections())
        .apply("Rank", RankFeedback.of(view, asOf));
    return new Result(input.getPipeline(), ranking, read.problems());
  }

  /** The graph's own events. */
  static final class GraphFeedback extends DoFn<TopicGraph, Feedback> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element TopicGraph g, OutputReceiver<Feedback> out) {
      for (Feedback f : g.feedback()) {
        out.output(f);
      }
    }
  }

  /** The log's events whose id the graph does not hold: of two with one id, the graph's counts. */
  static final class NotInTheGraph extends DoFn<Feedback, Feedback> {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<TopicGraph> graph;

    NotInTheGraph(PCollectionView<TopicGraph> graph) {
      this.graph = graph;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Feedback e = c.element();
      if (c.sideInput(graph).feedback(e.id()).isEmpty()) {
        c.output(e);
      }
    }
  }

  /** What {@link RankBacklog} gives: the ranking, and the problems of the log. Immutable and thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Result implements POutput {
    private static final TupleTag<String> RANKING_TAG = new TupleTag<>("ranking");
    private static final TupleTag<Diagnostic> PROBLEMS_TAG = new TupleTag<>("problems");

    private final Pipeline pipeline;
    private final PCollection<String> ranking;
    private final PCollection<Diagnostic> problems;

    Result(Pipeline pipeline, PCollection<String> ranking, PCollection<Diagnostic> problems) {
      this.pipeline = pipeline;
      this.ranking = ranking;
      this.problems = problems;
    }

    /**
     * Returns the ranking: one element, the JSON array that {@code rank --json} prints ({@link
     * dev.topicgraph.io.json.RankingJson}), without a line break at the end.
     *
     * @return the ranking
     */
    public PCollection<String> ranking() {
      return ranking;
    }

    /**
     * Returns the problems of the log, each located at its file, line and column: the errors of the
     * lines that were skipped (the dead letters), and the warnings of lines that counted.
     *
     * @return the problems, in no particular order
     */
    public PCollection<Diagnostic> problems() {
      return problems;
    }

    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
      return Map.of(RANKING_TAG, ranking, PROBLEMS_TAG, problems);
    }

    @Override
    public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {
      // Both collections are finished by the transforms that made them.
    }
  }
}
