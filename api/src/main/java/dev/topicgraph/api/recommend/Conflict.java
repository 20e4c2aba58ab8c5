package dev.topicgraph.api.recommend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.NodeId;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A node that one matched dimension enables and another counter-indicates, or one dimension does
 * both. It is listed both as a primary recommendation and as a caution; this says so.
 *
 * <p>Immutable and thread-safe; equality by content.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Conflict {
  private final NodeId node;
  private final List<NodeId> enabledBy;
  private final List<NodeId> counterIndicatedBy;

  Conflict(NodeId node, List<NodeId> enabledBy, List<NodeId> counterIndicatedBy) {
    this.node = node;
    this.enabledBy = List.copyOf(enabledBy);
    this.counterIndicatedBy = List.copyOf(counterIndicatedBy);
  }

  /**
   * Returns the node in conflict.
   *
   * @return its id
   */
  public NodeId node() {
    return node;
  }

  /**
   * Returns the matched dimensions that enable the node.
   *
   * @return ids in order, at least one
   */
  public List<NodeId> enabledBy() {
    return enabledBy;
  }

  /**
   * Returns the matched dimensions that counter-indicate the node.
   *
   * @return ids in order, at least one
   */
  public List<NodeId> counterIndicatedBy() {
    return counterIndicatedBy;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Conflict)) {
      return false;
    }
    Conflict c = (Conflict) o;
    return node.equals(c.node) && enabledBy.equals(c.enabledBy) && counterIndicatedBy.equals(c.counterIndicatedBy);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  /**
   * Returns the conflict as text.
   *
   * @return for example {@code pattern.x: enabled by org-dim.a; counter-indicated by org-dim.b}
   */
  @Override
  public String toString() {
    return node + ": enabled by " + join(enabledBy) + "; counter-indicated by " + join(counterIndicatedBy);
  }

  private static String join(List<NodeId> ids) {
    StringBuilder sb = new StringBuilder();
    for (NodeId id : ids) {
      sb.append(sb.length() == 0 ? "" : ", ").append(id);
    }
    return sb.toString();
  }
}
