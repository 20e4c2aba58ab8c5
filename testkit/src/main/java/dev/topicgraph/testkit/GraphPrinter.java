package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.TopicGraph;
import org.apiguardian.api.API;

/** Prints a whole graph, one element a line, for failure messages. Stateless and thread-safe. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GraphPrinter {
  private GraphPrinter() {}

  /**
   * Describes every node, relation, topic and feedback event of a graph, one a line.
   *
   * @param graph the graph
   * @return the description, starting with the counts
   */
  public static String describe(TopicGraph graph) {
    StringBuilder sb = new StringBuilder(graph.toString());
    graph.nodes().forEach(n -> sb.append("\n  ").append(n));
    graph.relations().forEach(r -> sb.append("\n  ").append(r));
    graph.topics().forEach(t -> sb.append("\n  ").append(t));
    graph.feedback().forEach(f -> sb.append("\n  ").append(f));
    return sb.toString();
  }
}
