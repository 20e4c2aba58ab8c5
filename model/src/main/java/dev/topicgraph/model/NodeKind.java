package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The kind of a node, read from the first segment of its {@link NodeId}.
 *
 * <p>Four kinds are known. Any other first segment makes a {@linkplain #OTHER generic} node, which
 * the graph keeps like any other.
 */
@API(status = STABLE, since = "0.1")
public enum NodeKind {
  /** An organisation dimension, first segment {@code org-dim}. */
  ORG_DIMENSION("org-dim"),
  /** A vendor, first segment {@code vendor}. */
  VENDOR("vendor"),
  /** A pattern, first segment {@code pattern}. */
  PATTERN("pattern"),
  /** A proposed topic, first segment {@code topic}. Topics are not nodes but share the id space. */
  TOPIC("topic"),
  /** Any other first segment: a generic node. */
  OTHER("");

  private final String segment;

  NodeKind(String segment) {
    this.segment = segment;
  }

  /**
   * Returns the first id segment of this kind.
   *
   * @return the segment, such as {@code "vendor"}; empty for {@link #OTHER}
   */
  public String segment() {
    return segment;
  }

  /** The kind of a whole id: as {@link #ofSegment} of its first segment, without cutting it out. */
  static NodeKind ofId(String id) {
    // The kind segment ends at the first dot, so each kind is a prefix that includes that dot.
    if (id.startsWith("topic.")) {
      return TOPIC;
    }
    if (id.startsWith("vendor.")) {
      return VENDOR;
    }
    if (id.startsWith("org-dim.")) {
      return ORG_DIMENSION;
    }
    if (id.startsWith("pattern.")) {
      return PATTERN;
    }
    return OTHER;
  }

  /**
   * Returns the kind whose first id segment is {@code segment}.
   *
   * @param segment a first id segment, such as {@code "org-dim"}
   * @return the known kind, or {@link #OTHER} for any other segment
   */
  public static NodeKind ofSegment(String segment) {
    switch (segment) {
      case "org-dim":
        return ORG_DIMENSION;
      case "vendor":
        return VENDOR;
      case "pattern":
        return PATTERN;
      case "topic":
        return TOPIC;
      default:
        return OTHER;
    }
  }

  /**
   * Returns the known kind with the given segment, if there is one.
   *
   * @param segment a first id segment
   * @return the kind, or empty when the segment is not one of the known kinds
   */
  public static Optional<NodeKind> known(String segment) {
    NodeKind kind = ofSegment(segment);
    return kind == OTHER ? Optional.empty() : Optional.of(kind);
  }
}
