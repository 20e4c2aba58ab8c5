package dev.topicgraph.cli;

import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.io.json.RankingJson;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/** {@code topicgraph rank PATH}. */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = "Ranks the backlog of a graph from its feedback, with the default scoring configuration.")
final class RankCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "A file, or a directory of Markdown pages.")
  private Path path;

  @Option(names = "--format", paramLabel = "ID", description = "The format; by default from the file name.")
  private String format;

  @Option(names = "--as-of", paramLabel = "DATE|INSTANT",
      description = "Rank as of this day (midnight UTC) or instant, such as 2026-11-20 or 2026-11-20T09:00:00Z; "
          + "now by default.")
  private String asOf;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Show the first N topics "
      + "(default: ${DEFAULT-VALUE}; 0 for all).")
  private int top;

  @Option(names = "--explain", description = "Print how each score was computed.")
  private boolean explain;

  @Option(names = "--json", description = "Print a JSON array: rank, topic, title, score, explanation.")
  private boolean json;

  @Option(names = "--feedback", paramLabel = "DIR", description = "A feedback log folder (one YYYY-MM-DD.jsonl "
      + "file per day) whose events count besides the graph's own.")
  private Path feedback;

  @Override
  public Integer call() {
    if (top < 0) {
      throw new Main.UsageError("--top must be 0 or more, not " + top);
    }
    Instant when = asOf == null ? Instant.now() : instant(asOf);
    FormatProvider provider = Io.formatFor(path, format, "--format");
    Path input = Io.inputPath(path, provider, spec.commandLine().getErr());
    Optional<TopicGraph> graph = Io.read(input, provider, ReadOptions.defaults(), spec.commandLine().getErr())
        .map(ReadResult::graph);
    if (graph.isEmpty()) {
      return Main.INVALID;
    }
    List<Feedback> events = graph.get().feedback();
    if (feedback != null) {
      Optional<List<Feedback>> withLog = Io.feedback(feedback, graph.get(), ReadOptions.defaults(),
          spec.commandLine().getErr());
      if (withLog.isEmpty()) {
        return Main.INVALID;
      }
      events = withLog.get();
    }
    List<RankedTopic> ranking = PriorityScorer.withDefaults().rank(graph.get(), events, when);
    List<RankedTopic> shown = top == 0 ? ranking : ranking.subList(0, Math.min(top, ranking.size()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(shown));
    } else {
      out.printf("Backlog as of %s (%d topics ranked)%n", when, ranking.size());
      for (RankedTopic r : shown) {
        out.printf(Locale.ROOT, "%3d. %.4f  %s  (%d reviewers)%n       %s%n", r.rank(), r.score(), r.topic().id(),
            r.reviewers(), r.topic().title());
        if (explain) {
          for (String line : r.explanation().format().split("\n")) {
            out.println("       " + line);
          }
        }
      }
    }
    return Main.OK;
  }

  static Instant instant(String text) {
    try {
      return PriorityScorer.parseAsOf(text);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageError("--as-of " + e.getMessage());
    }
  }

  static String json(List<RankedTopic> ranking) {
    return RankingJson.write(ranking);
  }

  static void explanation(JsonGenerator g, Explanation e) {
    RankingJson.writeExplanation(g, e);
  }
}
