package dev.topicgraph.beam;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.UnsupportedFormatException;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apiguardian.api.API;

/**
 * Ranks a graph's backlog from its feedback log with {@link RankBacklog}, on the runner the options
 * name (the DirectRunner, in this process, when it is on the class path and no other is named), and
 * writes the ranking and the problems. {@code docs/beam.md} shows how to run it here and on Flink,
 * Spark or Dataflow.
 *
 * <pre>{@code
 * java -cp ... dev.topicgraph.beam.RankPipeline --graph=graph.json --feedback='feedback/*.jsonl' \
 *     --asOf=2026-11-20 --output=ranking.json
 * }</pre>
 *
 * <p>The ranking file holds what {@code topicgraph rank graph.json --feedback feedback --as-of
 * 2026-11-20 --json --top 0} prints, byte for byte; the problems file holds the log's problems, one a
 * line ({@code file:line:column: severity code: message}), sorted. Exit codes: 0 when the pipeline
 * succeeded (malformed lines are problems, not failures), 1 when the graph is not valid or the
 * pipeline failed, 2 for a usage error.
 *
 * <p>One run at a time in a JVM: Beam's file systems are configured for the whole process by the
 * options of the run.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RankPipeline {
  /** The groups on the DirectRunner: enough for the cores of one machine, few enough for its grouping. */
  static final int DIRECT_RUNNER_GROUPS = 8;

  private RankPipeline() {}

  /** The pipeline's options, beside Beam's own ({@code --runner}, ...). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public interface Options extends PipelineOptions {
    /**
     * Returns the graph file.
     *
     * @return a path of any Beam file system, in a format on the class path, known by its name (JSON:
     *     {@code graph.json})
     */
    @Description("The graph file, in a format known by its name (graph.json); a path of any Beam file system")
    @Validation.Required
    String getGraph();

    /**
     * Sets the graph file.
     *
     * @param graph the path
     */
    void setGraph(String graph);

    /**
     * Returns the feedback log files.
     *
     * @return a glob of any Beam file system, such as {@code feedback/*.jsonl}
     */
    @Description("The feedback log files: a glob of any Beam file system, such as 'feedback/*.jsonl'")
    @Validation.Required
    String getFeedback();

    /**
     * Sets the feedback log files.
     *
     * @param glob the glob
     */
    void setFeedback(String glob);

    /**
     * Returns the instant the ranking is for.
     *
     * @return a day (midnight UTC), such as {@code 2026-11-20}, or an instant, such as {@code
     *     2026-11-20T09:00:00Z}
     */
    @Description("Rank as of this day (midnight UTC) or instant: 2026-11-20 or 2026-11-20T09:00:00Z")
    @Validation.Required
    String getAsOf();

    /**
     * Sets the instant the ranking is for.
     *
     * @param asOf a day or an instant
     */
    void setAsOf(String asOf);

    /**
     * Returns where the ranking is written.
     *
     * @return a file of any Beam file system
     */
    @Description("Where the ranking goes: one file holding what 'rank --json --top 0' prints")
    @Validation.Required
    String getOutput();

    /**
     * Sets where the ranking is written.
     *
     * @param output the file
     */
    void setOutput(String output);

    /**
     * Returns where the problems are written.
     *
     * @return a file of any Beam file system; empty for the output file's name with {@code
     *     .problems.txt} added
     */
    @Description("Where the log's problems go, one a line, sorted; by default the output's name + .problems.txt")
    @Default.String("")
    String getProblems();

    /**
     * Sets where the problems are written.
     *
     * @param problems the file
     */
    void setProblems(String problems);

    /**
     * Returns how many groups the reading of the log is split into ({@link ReadFeedbackLog#withGroups}).
     *
     * @return the number, or 0 for the default: 8 on the DirectRunner, {@value ReadFeedbackLog#DEFAULT_GROUPS}
     *     on other runners
     */
    @Description("How many groups the log's files are read in and its ids matched in; 0 for 8 on the DirectRunner, "
        + "1024 elsewhere")
    @Default.Integer(0)
    int getGroups();

    /**
     * Sets how many groups the reading of the log is split into.
     *
     * @param groups the number, or 0 for the default
     */
    void setGroups(int groups);

    /**
     * Returns whether the log is read in strict mode, where an unknown field makes a line an error.
     *
     * @return {@code true} for strict mode; lenient by default, as {@code rank --feedback} reads
     */
    @Description("Read the log in strict mode: an unknown field makes a line an error")
    @Default.Boolean(false)
    boolean getStrict();

    /**
     * Sets whether the log is read in strict mode.
     *
     * @param strict {@code true} for strict mode
     */
    void setStrict(boolean strict);
  }

  /**
   * Runs the pipeline and exits with its code.
   *
   * @param args the options, {@code --name=value}; {@code --help} lists them
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the pipeline.
   *
   * @param args the options, {@code --name=value}
   * @param out receives what the pipeline did
   * @param err receives the problems of the graph and a summary of the log's
   * @return 0 on success, 1 if the graph is not valid or the pipeline failed, 2 for a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PipelineOptionsFactory.register(Options.class);
    Options options;
    Instant asOf;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
      asOf = instant(options.getAsOf());
    } catch (IllegalArgumentException e) {
      err.println("usage: " + e.getMessage());
      return 2;
    }
    FileSystems.setDefaultPipelineOptions(options);
    TopicGraph graph;
    try {
      graph = readGraph(options.getGraph());
    } catch (FormatException e) {
      e.diagnostics().forEach(err::println);
      return 1;
    } catch (UnsupportedFormatException e) {
      err.println(options.getGraph() + ": error format.unknown: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(options.getGraph() + ": error io.read: " + e);
      return 1;
    }
    String problemsFile = options.getProblems().isEmpty() ? options.getOutput() + ".problems.txt"
        : options.getProblems();

    int groups = options.getGroups() > 0 ? options.getGroups()
        : options.getRunner().getSimpleName().equals("DirectRunner") ? DIRECT_RUNNER_GROUPS
        : ReadFeedbackLog.DEFAULT_GROUPS;
    // tag::pipeline[]
    Pipeline p = Pipeline.create(options);
    RankBacklog.Result r = p.apply("RankBacklog", RankBacklog.of(graph, options.getFeedback(), asOf)
        .withValidationMode(options.getStrict() ? ValidationMode.STRICT : ValidationMode.LENIENT)
        .withGroups(groups));
    r.ranking().apply("WriteRanking", TextIO.write().to(options.getOutput()).withoutSharding());
    r.problems()
        .apply("SortProblems", Combine.globally(new SortedLines()))
        .apply("DropEmpty", ParDo.of(new NonEmpty()))
        .apply("WriteProblems", TextIO.write().to(problemsFile).withoutSharding());
    // end::pipeline[]

    long started = System.nanoTime();
    PipelineResult result = p.run();
    PipelineResult.State state = result.waitUntilFinish();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    if (state != PipelineResult.State.DONE) {
      err.println("the pipeline ended " + state);
      return 1;
    }
    TreeMap<String, Long> counts = counters(result);
    long events = counts.getOrDefault("log-events", 0L) + graph.feedback().size();
    double seconds = took.toNanos() / 1e9;
    out.printf(Locale.ROOT, "ranked %d topics as of %s from %d events (%d log files, %d in the graph): %s%n",
        counts.getOrDefault("topics-ranked", 0L), asOf, events, counts.getOrDefault("log-files", 0L),
        graph.feedback().size(), options.getOutput());
    out.printf(Locale.ROOT, "the pipeline ran %.1f s on %s: %.0f events/s%n", seconds,
        options.getRunner().getSimpleName(), events / seconds);
    long errors = counts.getOrDefault("log-errors", 0L);
    long warnings = counts.getOrDefault("log-warnings", 0L);
    if (errors + warnings > 0) {
      err.printf(Locale.ROOT, "log lines skipped: %d, warnings: %d; see %s%n", errors, warnings, problemsFile);
    }
    return 0;
  }

  /** A day (midnight UTC) or an instant. */
  static Instant instant(String text) {
    try {
      return PriorityScorer.parseAsOf(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--asOf " + e.getMessage(), e);
    }
  }

  /** Reads the graph through Beam's file systems, in the format its name says. */
  static TopicGraph readGraph(String spec) throws IOException {
    MatchResult.Metadata file = FileSystems.matchSingleFileSpec(spec);
    FormatProvider format = FormatRegistry.load().requireForFileName(file.resourceId().getFilename());
    try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
      return format.reader(ReadOptions.defaults()).read(in, spec);
    }
  }

  /** The values of the pipeline's counters, by name; committed where the runner has them. */
  private static TreeMap<String, Long> counters(PipelineResult result) {
    TreeMap<String, Long> out = new TreeMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace("topicgraph")).build());
    for (MetricResult<Long> c : metrics.getCounters()) {
      long value;
      try {
        value = c.getCommitted();
      } catch (UnsupportedOperationException notCommitted) {
        value = c.getAttempted();
      }
      out.merge(c.getName().getName(), value, Long::sum);
    }
    return out;
  }

  /** The problems as text, one a line, sorted by file, line and column. */
  static final class SortedLines extends Combine.CombineFn<Diagnostic, List<Diagnostic>, String> {
    private static final long serialVersionUID = 1L;
    private static final Comparator<Diagnostic> ORDER = Comparator
        .comparing((Diagnostic d) -> d.source().orElse(""))
        .thenComparingInt(d -> d.line().orElse(0))
        .thenComparingInt(d -> d.column().orElse(0))
        .thenComparing(Diagnostic::toString);

    @Override
    public List<Diagnostic> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<Diagnostic> addInput(List<Diagnostic> acc, Diagnostic d) {
      acc.add(d);
      return acc;
    }

    @Override
    public List<Diagnostic> mergeAccumulators(Iterable<List<Diagnostic>> accs) {
      List<Diagnostic> merged = new ArrayList<>();
      accs.forEach(merged::addAll);
      return merged;
    }

    @Override
    public String extractOutput(List<Diagnostic> acc) {
      List<Diagnostic> sorted = new ArrayList<>(acc);
      sorted.sort(ORDER);
      StringBuilder text = new StringBuilder();
      for (Diagnostic d : sorted) {
        text.append(text.length() == 0 ? "" : "\n").append(d);
      }
      return text.toString();
    }

    @Override
    public Coder<List<Diagnostic>> getAccumulatorCoder(CoderRegistry registry, Coder<Diagnostic> input) {
      return ListCoder.of(DiagnosticCoder.of());
    }

    @Override
    public Coder<String> getDefaultOutputCoder(CoderRegistry registry, Coder<Diagnostic> input) {
      return StringUtf8Coder.of();
    }
  }

  /** Leaves out an empty text, so that no problems make an empty file rather than an empty line. */
  static final class NonEmpty extends DoFn<String, String> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element String text, OutputReceiver<String> out) {
      if (!text.isEmpty()) {
        out.output(text);
      }
    }
  }
}
