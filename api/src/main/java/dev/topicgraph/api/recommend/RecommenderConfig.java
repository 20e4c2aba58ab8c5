package dev.topicgraph.api.recommend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.InvalidValueException;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The numbers a {@link Recommender} weighs chains with. Create one with {@link #builder()}, or take
 * the {@link #defaults()}.
 *
 * <p>Immutable and thread-safe; equality by content.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class RecommenderConfig {
  private static final RecommenderConfig DEFAULTS = builder().build();

  RecommenderConfig() {}

  /**
   * Returns the confidence assumed for a node on a chain that states none.
   *
   * @return 0 to 1; 0.5 unless set
   */
  @Value.Default
  public double unknownConfidence() {
    return 0.5;
  }

  /**
   * Returns the factor a chain is weighed with for each {@code contrasts-with} or {@code
   * alternative-to} step, so that an alternative counts for less than what led to it.
   *
   * @return 0 to 1; 0.5 unless set
   */
  @Value.Default
  public double alternativeWeight() {
    return 0.5;
  }

  /**
   * Returns the documented defaults.
   *
   * @return the default configuration
   */
  public static RecommenderConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    unit("unknownConfidence", unknownConfidence());
    unit("alternativeWeight", alternativeWeight());
  }

  private static void unit(String field, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new InvalidValueException(field, Double.toString(v), "must be between 0 and 1");
    }
  }

  /** Builds a {@link RecommenderConfig}. Not thread-safe. */
  public static final class Builder extends ImmutableRecommenderConfig.Builder {
    Builder() {}
  }
}
