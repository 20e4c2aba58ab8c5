package dev.topicgraph.api.format;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A graph that was read, with the warnings its read found: references that lead nowhere in a
 * lenient read, each located where the input states it when the format knows the place. Immutable
 * and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReadResult {
  private final TopicGraph graph;
  private final List<Diagnostic> warnings;

  private ReadResult(TopicGraph graph, List<Diagnostic> warnings) {
    this.graph = graph;
    this.warnings = warnings;
  }

  /**
   * Returns a result.
   *
   * @param graph the graph
   * @param warnings the warnings, none of them an error
   * @return the result
   * @throws IllegalArgumentException if one of the warnings is an error
   */
  public static ReadResult of(TopicGraph graph, List<Diagnostic> warnings) {
    requireNonNull(graph, "graph");
    List<Diagnostic> copy = List.copyOf(warnings);
    for (Diagnostic d : copy) {
      if (d.isError()) {
        throw new IllegalArgumentException("a read that gives a graph has no errors, but got " + d);
      }
    }
    return new ReadResult(graph, copy);
  }

  /**
   * Returns the graph.
   *
   * @return the graph
   */
  public TopicGraph graph() {
    return graph;
  }

  /**
   * Returns the warnings, in the order of their places in the input.
   *
   * @return the warnings, possibly empty
   */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadResult && ((ReadResult) o).graph.equals(graph) && ((ReadResult) o).warnings.equals(warnings);
  }

  @Override
  public int hashCode() {
    return graph.hashCode() * 31 + warnings.hashCode();
  }

  @Override
  public String toString() {
    return "ReadResult{" + graph + ", warnings=" + warnings.size() + "}";
  }
}
