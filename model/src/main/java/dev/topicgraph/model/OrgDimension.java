package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An organisation dimension: a trait of an organisation that steers what suits it, such as who operates the activation layer of a customer data platform.
 *
 * <p>Its id has the kind {@code org-dim}, such as {@code org-dim.operational-profile.engineering-led-cdp}. Create one with {@link #builder()}.
 * Immutable and thread-safe; equality by content.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract non-sealed class OrgDimension implements Node {
  OrgDimension() {}

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
    NodeRules.check(this, NodeKind.ORG_DIMENSION);
  }

  /** Builds a {@link OrgDimension}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableOrgDimension.Builder {
    Builder() {}
  }
}
