package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A node of a kind the library does not know, kept with all its fields so that no data is lost.
 *
 * <p>Its id has any kind other than {@code org-dim}, {@code vendor}, {@code pattern} and {@code
 * topic}, such as {@code concept.identity-resolution}. Create one with {@link #builder()}.
 * Immutable and thread-safe; equality by content.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract non-sealed class GenericNode implements Node {
  GenericNode() {}

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
    NodeRules.check(this, NodeKind.OTHER);
  }

  /** Builds a {@link GenericNode}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableGenericNode.Builder {
    Builder() {}
  }
}
