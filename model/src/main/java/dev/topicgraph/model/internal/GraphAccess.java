package dev.topicgraph.model.internal;

import dev.topicgraph.model.TopicGraph;
import java.util.function.Function;

/**
 * Reaches what a {@link TopicGraph} keeps inside without making it public API: not part of the public
 * API. The graph installs its accessor when its class is initialized; the model exports this package
 * to {@code dev.topicgraph.api} only.
 */
public final class GraphAccess {
  private static volatile Function<TopicGraph, FeedbackColumns> columns;

  private GraphAccess() {}

  /**
   * Installs the accessor; called once, by {@link TopicGraph}.
   *
   * @param accessor returns a graph's feedback columns
   * @throws IllegalStateException if an accessor is installed already
   */
  public static synchronized void install(Function<TopicGraph, FeedbackColumns> accessor) {
    if (columns != null) {
      throw new IllegalStateException("the graph accessor is installed already");
    }
    columns = accessor;
  }

  /**
   * Returns a graph's feedback, in columns.
   *
   * @param graph a graph
   * @return its feedback columns
   */
  public static FeedbackColumns columns(TopicGraph graph) {
    return columns.apply(graph);
  }
}
