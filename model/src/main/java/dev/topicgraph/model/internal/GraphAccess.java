package dev.topicgraph.model.internal;

import dev.topicgraph.model.TopicGraph;

/**
 * Reaches what a {@link TopicGraph} keeps inside without making it public API: not part of the public
 * API. The graph installs its accessor when its class is initialized; the model exports this package
 * to {@code dev.topicgraph.api} only.
 */
public final class GraphAccess {
  private static volatile Accessor accessor;

  private GraphAccess() {}

  /** What the graph hands out. */
  public interface Accessor {
    /**
     * Returns a graph's feedback columns.
     *
     * @param graph a graph
     * @return its feedback columns
     */
    FeedbackColumns columns(TopicGraph graph);

    /**
     * Returns a graph's topic and node arrays, made on first use.
     *
     * @param graph a graph
     * @return its topic columns
     */
    TopicColumns topics(TopicGraph graph);
  }

  /**
   * Installs the accessor; called once, by {@link TopicGraph}.
   *
   * @param graphAccessor reaches a graph's columns
   * @throws IllegalStateException if an accessor is installed already
   */
  public static synchronized void install(Accessor graphAccessor) {
    if (accessor != null) {
      throw new IllegalStateException("the graph accessor is installed already");
    }
    accessor = graphAccessor;
  }

  /**
   * Returns a graph's feedback, in columns.
   *
   * @param graph a graph
   * @return its feedback columns
   */
  public static FeedbackColumns columns(TopicGraph graph) {
    return accessor.columns(graph);
  }

  /**
   * Returns what scoring reads about a graph's topics and nodes, in arrays.
   *
   * @param graph a graph
   * @return its topic columns
   */
  public static TopicColumns topics(TopicGraph graph) {
    return accessor.topics(graph);
  }
}
