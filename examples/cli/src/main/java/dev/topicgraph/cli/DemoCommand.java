package dev.topicgraph.cli;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code topicgraph demo}: the bundled sample graph, checked, ranked, and written in every format. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Loads the bundled sample graph, validates it, prints the top of the ranked backlog and writes "
        + "it as JSON, as Markdown pages, as a diagram and as a static HTML site.")
final class DemoCommand implements Callable<Integer> {
  /** The sample's feedback runs to mid-November 2026; the demo ranks as of the day after. */
  static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");
  static final String SAMPLE = "sample.json";

  @Spec
  private CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "topicgraph-demo",
      description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--feedback", paramLabel = "DIR", description = "Keep the sample's feedback in a feedback log "
      + "folder (appended once; running again adds nothing) and rank from the log.")
  private Path feedback;

  /** Reads the bundled sample graph with the JSON format. */
  static TopicGraph sample() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the sample graph is missing from the program's resources");
      }
      return Io.registry().require("json").reader(ReadOptions.strict()).read(in, SAMPLE);
    } catch (FormatException e) {
      throw new IllegalStateException("the bundled sample graph is invalid: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    TopicGraph graph = sample();
    List<Diagnostic> problems = graph.validate(ValidationMode.STRICT);
    o.printf("Sample graph: %d nodes, %d relations, %d topics, %d feedback events.%n", graph.nodes().size(),
        graph.relations().size(), graph.topics().size(), graph.feedback().size());
    o.println(problems.isEmpty() ? "Validation (strict): no problems." : "Validation (strict):");
    problems.forEach(d -> o.println("  " + d));

    List<Feedback> events = graph.feedback();
    if (feedback != null) {
      Optional<List<Feedback>> logged = log(graph);
      if (logged.isEmpty()) {
        return Main.INVALID;
      }
      events = logged.get();
    }
    List<RankedTopic> ranking = PriorityScorer.withDefaults().rank(graph, events, AS_OF);
    o.printf("%nTop of the backlog as of %s (%d of %d topics are ranked; published and rejected ones are not):%n",
        AS_OF, ranking.size(), graph.topics().size());
    for (RankedTopic r : ranking.subList(0, Math.min(5, ranking.size()))) {
      List<Explanation> signals = r.explanation().children().get(0).children();
      o.printf(Locale.ROOT, "%n  %d. %s%n     score %.3f from %d reviewers: interest %.2f, recency %.2f, "
              + "interested reviewers %.2f, confidence %.2f, freshness %.2f%n",
          r.rank(), r.topic().title(), r.score(), r.reviewers(), signals.get(0).value(), signals.get(1).value(),
          signals.get(2).value(), signals.get(3).value(), signals.get(4).value());
    }
    o.printf("%nFull explanations: java -jar examples/target/topicgraph.jar rank %s --as-of 2026-11-20 --explain%n",
        out.resolve("backlog.json"));

    o.printf("%nWriting to %s:%n", out.toAbsolutePath());
    int failures = 0;
    failures += write(graph, "json", out.resolve("backlog.json"), "the graph as JSON");
    failures += write(graph, "markdown", out.resolve("pages"), "a page per node and topic; start at index.md");
    failures += write(graph, "mermaid", out.resolve("graph.mmd"), "the graph as a Mermaid diagram");
    failures += write(graph, "html", out.resolve("site"), "a static site; open site/index.html in a browser",
        WriteOptions.builder().putFormatOption("as-of", AS_OF.toString()).build());
    return failures == 0 ? Main.OK : Main.INVALID;
  }

  /** Appends the sample's feedback to the log and reads the log back: what a site does every day. */
  private Optional<List<Feedback>> log(TopicGraph graph) {
    PrintWriter o = spec.commandLine().getOut();
    try {
      int added = FeedbackLog.open(feedback).appendAll(graph.feedback());
      o.printf("Feedback log %s: %d events appended, %d already there.%n", feedback, added,
          graph.feedback().size() - added);
    } catch (IOException e) {
      spec.commandLine().getErr().println(feedback + ": error io.write: " + Io.reason(e));
      return Optional.empty();
    }
    TopicGraph withoutFeedback = TopicGraph.builder().addNodes(graph.nodes()).addRelations(graph.relations())
        .addTopics(graph.topics()).build();
    return Io.feedback(feedback, withoutFeedback, ReadOptions.strict(), spec.commandLine().getErr());
  }

  private int write(TopicGraph graph, String formatId, Path target, String what) {
    return write(graph, formatId, target, what, WriteOptions.defaults());
  }

  private int write(TopicGraph graph, String formatId, Path target, String what, WriteOptions options) {
    PrintWriter o = spec.commandLine().getOut();
    Optional<FormatProvider> format = Io.registry().byId(formatId);
    if (format.isEmpty()) {
      o.printf("  %-12s skipped: the %s format is not on the class path%n", target.getFileName(), formatId);
      return 0;
    }
    try {
      format.get().writer(options).write(graph, target);
      o.printf("  %-12s %s%n", target.getFileName(), what);
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      spec.commandLine().getErr().println(target + ": error io.write: " + e.getMessage());
      return 1;
    }
  }
}
