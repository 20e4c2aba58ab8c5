package dev.topicgraph.model.internal;

import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What scoring reads about a graph's topics and the nodes they draw on, in arrays: not part of the
 * public API. Topics are indexed as in the graph's topic list (by id), nodes as in its node list.
 * Immutable and thread-safe; the arrays are never copied, and callers must not change them.
 */
public final class TopicColumns {
  /** The epoch day of a node that was never reviewed. */
  public static final long NEVER = Long.MIN_VALUE;

  private final byte[] status;
  private final long[] proposedDay;
  private final int[] feedbackTopic;
  private final int[] drawStart;
  private final int[] drawNode;
  private final double[] confidence;
  private final long[] reviewedDay;

  private TopicColumns(byte[] status, long[] proposedDay, int[] feedbackTopic, int[] drawStart, int[] drawNode,
      double[] confidence, long[] reviewedDay) {
    this.status = status;
    this.proposedDay = proposedDay;
    this.feedbackTopic = feedbackTopic;
    this.drawStart = drawStart;
    this.drawNode = drawNode;
    this.confidence = confidence;
    this.reviewedDay = reviewedDay;
  }

  /**
   * Copies what scoring reads into arrays.
   *
   * @param nodes the graph's nodes
   * @param topics the graph's topics
   * @param feedback the graph's feedback columns
   * @return the arrays
   */
  public static TopicColumns of(List<Node> nodes, List<Topic> topics, FeedbackColumns feedback) {
    Map<NodeId, Integer> nodeIndex = new HashMap<>(nodes.size() * 2);
    double[] confidence = new double[nodes.size()];
    long[] reviewedDay = new long[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      nodeIndex.put(n.id(), i);
      confidence[i] = n.confidence().isPresent() ? n.confidence().getAsDouble() : Double.NaN;
      Optional<LocalDate> reviewed = n.reviewed();
      reviewedDay[i] = reviewed.isPresent() ? reviewed.get().toEpochDay() : NEVER;
    }
    int t = topics.size();
    byte[] status = new byte[t];
    long[] proposedDay = new long[t];
    int[] feedbackTopic = new int[t];
    int[] drawStart = new int[t + 1];
    int draws = 0;
    for (Topic topic : topics) {
      draws += topic.drawsFrom().size();
    }
    int[] drawNode = new int[draws];
    int d = 0;
    for (int i = 0; i < t; i++) {
      Topic topic = topics.get(i);
      status[i] = (byte) topic.status().ordinal();
      proposedDay[i] = topic.proposed().toEpochDay();
      feedbackTopic[i] = feedback.topicIndex(topic.id());
      for (NodeId n : topic.drawsFrom()) {
        drawNode[d++] = nodeIndex.getOrDefault(n, -1);
      }
      drawStart[i + 1] = d;
    }
    return new TopicColumns(status, proposedDay, feedbackTopic, drawStart, drawNode, confidence, reviewedDay);
  }

  /**
   * Returns the ordinal of a topic's status.
   *
   * @param t a topic index
   * @return the ordinal of its {@link dev.topicgraph.model.TopicStatus}
   */
  public int status(int t) {
    return status[t];
  }

  /**
   * Returns the epoch day a topic was proposed on.
   *
   * @param t a topic index
   * @return the epoch day
   */
  public long proposedDay(int t) {
    return proposedDay[t];
  }

  /**
   * Returns a topic's index in the feedback columns.
   *
   * @param t a topic index
   * @return its index in {@link FeedbackColumns}, negative if it has no feedback
   */
  public int feedbackTopic(int t) {
    return feedbackTopic[t];
  }

  /**
   * Returns the first of a topic's drawn-on nodes in {@link #drawNode(int)}; {@code drawStart(t + 1)} is
   * one past its last.
   *
   * @param t a topic index, up to the number of topics
   * @return an index into the drawn-on nodes
   */
  public int drawStart(int t) {
    return drawStart[t];
  }

  /**
   * Returns a drawn-on node, in the topic's {@code drawsFrom} order.
   *
   * @param d an index from {@link #drawStart(int)}
   * @return the node's index, or -1 if the graph has no such node
   */
  public int drawNode(int d) {
    return drawNode[d];
  }

  /**
   * Returns the number of nodes.
   *
   * @return the number of nodes
   */
  public int nodeCount() {
    return confidence.length;
  }

  /**
   * Returns a node's stated confidence.
   *
   * @param node a node index
   * @return the confidence, or NaN if none is stated
   */
  public double confidence(int node) {
    return confidence[node];
  }

  /**
   * Returns the epoch day a node was last reviewed.
   *
   * @param node a node index
   * @return the epoch day, or {@link #NEVER}
   */
  public long reviewedDay(int node) {
    return reviewedDay[node];
  }
}
