package dev.topicgraph.cli;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.api.scoring.ScoringConfig;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/** The application developer's quick start of README.md: read a graph, rank the backlog. */
public final class ReadAndRank {
  private ReadAndRank() {}

  /**
   * Reads the graph in {@code args[0]} and prints its ranked backlog.
   *
   * @param args the path of a graph file or directory
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    run(Path.of(args[0]), System.out, System.err);
  }

  /**
   * Reads a graph and prints its ranked backlog.
   *
   * @param file a graph file
   * @param out where the backlog goes
   * @param err where problems go
   * @throws IOException if the file cannot be read
   */
  public static void run(Path file, PrintStream out, PrintStream err) throws IOException {
    // tag::readAndRank[]
    FormatRegistry formats = FormatRegistry.load();               // every format on the class path
    GraphReader reader = formats.requireForFileName(file.toString()).reader(ReadOptions.strict());
    TopicGraph graph;
    try {
      graph = reader.read(file);
    } catch (FormatException e) {
      e.diagnostics().forEach(err::println);                      // backlog.json:12:20: error json.invalid-value: ...
      return;
    }
    Instant asOf = Instant.parse("2026-11-20T00:00:00Z");         // scoring never reads the clock
    for (RankedTopic r : PriorityScorer.withDefaults().rank(graph, asOf)) {
      out.printf("%d. %.3f %s%n", r.rank(), r.score(), r.topic().title());
    }
    // end::readAndRank[]
  }

  /**
   * Prints the best topic's explanation with a configuration of one's own.
   *
   * @param graph the graph
   * @param out where to print
   */
  public static void explain(TopicGraph graph, PrintStream out) {
    // tag::explain[]
    ScoringConfig config = ScoringConfig.builder().recencyWeight(0.3).build();
    PriorityScorer scorer = PriorityScorer.create(config);
    for (RankedTopic r : scorer.rank(graph, Instant.parse("2026-11-20T00:00:00Z"))) {
      out.println(r.rank() + ". " + r.topic().title() + "  " + r.score());
      out.println(r.explanation().format());
    }
    // end::explain[]
  }
}
