package com.example.consumer;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/** The README's first snippet ("read a graph and rank its backlog"), as an application writes it. */
public final class ReadAndRank {
  private ReadAndRank() {}

  /**
   * Reads a graph and prints its ranked backlog, one line per topic.
   *
   * @param file a graph file
   * @param out where the backlog goes
   * @param err where problems go
   * @throws IOException if the file cannot be read
   */
  public static void run(Path file, PrintStream out, PrintStream err) throws IOException {
    // The README's snippet, unchanged (DocsTest in examples/cli checks it).
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
}
