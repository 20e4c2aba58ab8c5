package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How big a generated graph is: how many nodes, relations, topics and feedback events. Used by
 * {@link Generators#graphs(GraphShape)} for graphs of a known size, such as benchmark inputs.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GraphShape {
  private final int nodes;
  private final int relations;
  private final int topics;
  private final int feedback;
  private final int reviewers;

  private GraphShape(int nodes, int relations, int topics, int feedback, int reviewers) {
    this.nodes = check("nodes", nodes);
    this.relations = check("relations", relations);
    this.topics = check("topics", topics);
    this.feedback = check("feedback", feedback);
    this.reviewers = check("reviewers", reviewers);
    if (relations > 0 && nodes < 2) {
      throw new IllegalArgumentException("relations need at least 2 nodes");
    }
    if (feedback > 0 && (topics < 1 || reviewers < 1)) {
      throw new IllegalArgumentException("feedback needs at least 1 topic and 1 reviewer");
    }
  }

  /**
   * Returns a shape; reviewers default to a tenth of the feedback events (at least one).
   *
   * @param nodes the number of nodes
   * @param relations the number of relations; at most what distinct node pairs and types allow
   * @param topics the number of topics
   * @param feedback the number of feedback events
   * @return the shape
   */
  public static GraphShape of(int nodes, int relations, int topics, int feedback) {
    return new GraphShape(nodes, relations, topics, feedback, Math.max(1, feedback / 10));
  }

  /**
   * Returns this shape with another number of distinct reviewers.
   *
   * @param reviewers 1 or more
   * @return the new shape
   */
  public GraphShape withReviewers(int reviewers) {
    return new GraphShape(nodes, relations, topics, feedback, reviewers);
  }

  /**
   * Returns the number of nodes.
   *
   * @return the count
   */
  public int nodes() {
    return nodes;
  }

  /**
   * Returns the number of relations.
   *
   * @return the count
   */
  public int relations() {
    return relations;
  }

  /**
   * Returns the number of topics.
   *
   * @return the count
   */
  public int topics() {
    return topics;
  }

  /**
   * Returns the number of feedback events.
   *
   * @return the count
   */
  public int feedback() {
    return feedback;
  }

  /**
   * Returns the number of distinct reviewers.
   *
   * @return the count
   */
  public int reviewers() {
    return reviewers;
  }

  private static int check(String what, int n) {
    if (n < 0) {
      throw new IllegalArgumentException(what + " must be 0 or more, not " + n);
    }
    return n;
  }

  @Override
  public String toString() {
    return "GraphShape{nodes=" + nodes + ", relations=" + relations + ", topics=" + topics + ", feedback="
        + feedback + ", reviewers=" + reviewers + "}";
  }
}
