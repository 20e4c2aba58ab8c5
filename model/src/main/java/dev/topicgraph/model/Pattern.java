package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A pattern: a recurring way of doing things that topics and vendors relate to.
 *
 * <p>Its id has the kind {@code pattern}, such as {@code pattern.agentification}. Create one with {@link #builder()}.
 * Immutable and thread-safe; equality by content.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract non-sealed class Pattern implements Node {
  Pattern() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this node's values.
   *
   * @return a builder holding a copy of this node
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    NodeRules.check(this, NodeKind.PATTERN);
  }

  /** Builds a {@link Pattern}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePattern.Builder {
    Builder() {}
  }
}
