package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A vendor of a product, such as a customer data platform.
 *
 * <p>Its id has the kind {@code vendor}, such as {@code vendor.hightouch}. Create one with {@link #builder()}.
 * Immutable and thread-safe; equality by content.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract non-sealed class Vendor implements Node {
  Vendor() {}

  /**
   * Returns the category of the vendor, a lower-case slug such as {@code composable-cdp} or {@code
   * packaged-cdp}.
   *
   * @return the category, if known
   */
  public abstract Optional<String> category();

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
    NodeRules.check(this, NodeKind.VENDOR);
    category().ifPresent(c -> Checks.slug("category", c));
  }

  /** Builds a {@link Vendor}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableVendor.Builder {
    Builder() {}
  }
}
