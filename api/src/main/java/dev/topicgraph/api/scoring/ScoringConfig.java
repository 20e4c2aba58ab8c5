package dev.topicgraph.api.scoring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicStatus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The weights, half-lives and caps of priority scoring; {@code docs/scoring.md} explains each with
 * a worked example. {@link #defaults()} gives the documented defaults; {@link #builder()} changes any
 * of them. Every value is checked when the configuration is built, with an {@link
 * InvalidValueException} naming the field. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ScoringConfig {
  private static final ScoringConfig DEFAULTS = builder().build();

  ScoringConfig() {}

  /**
   * Returns the weight of the interest signal in the weighted mean of the signals.
   *
   * @return 0 or more; 0.45 unless set
   */
  @Value.Default
  public double interestWeight() {
    return 0.45;
  }

  /**
   * Returns the weight of the recency signal.
   *
   * @return 0 or more; 0.20 unless set
   */
  @Value.Default
  public double recencyWeight() {
    return 0.20;
  }

  /**
   * Returns the weight of the interested-reviewers signal.
   *
   * @return 0 or more; 0.15 unless set
   */
  @Value.Default
  public double optInWeight() {
    return 0.15;
  }

  /**
   * Returns the weight of the confidence of the nodes a topic draws on.
   *
   * @return 0 or more; 0.10 unless set
   */
  @Value.Default
  public double confidenceWeight() {
    return 0.10;
  }

  /**
   * Returns the weight of the freshness of the nodes a topic draws on.
   *
   * @return 0 or more; 0.10 unless set
   */
  @Value.Default
  public double freshnessWeight() {
    return 0.10;
  }

  /**
   * Returns the interest assumed before any feedback, on the 0..1 scale (0 is a rating of 1, 1 is a
   * rating of 5).
   *
   * @return the prior mean, 0 to 1; 0.5 (a rating of 3) unless set
   */
  @Value.Default
  public double priorMean() {
    return 0.5;
  }

  /**
   * Returns how many ratings the prior counts as: the larger, the more ratings a topic needs before
   * its own ratings dominate.
   *
   * @return positive; 5 unless set
   */
  @Value.Default
  public double priorWeight() {
    return 5;
  }

  /**
   * Returns the strength of the exploration bonus, which lifts topics with little feedback towards
   * an interest of 1 by {@code exploration × k / (k + n)} of the remaining distance. At most 0.5, so
   * that a rating of 5 never lowers a score and a rating of 1 never raises it.
   *
   * @return 0 to 0.5; 0.2 unless set
   */
  @Value.Default
  public double exploration() {
    return 0.2;
  }

  /**
   * Returns the half-life of feedback: a rating given this long ago counts half towards recency.
   *
   * @return a positive duration; 14 days unless set
   */
  @Value.Default
  public Duration feedbackHalfLife() {
    return Duration.ofDays(14);
  }

  /**
   * Returns the recency-weighted interest at which the recency signal reaches one half.
   *
   * @return positive; 2 unless set
   */
  @Value.Default
  public double recencyPivot() {
    return 2;
  }

  /**
   * Returns the number of interested reviewers at which the opt-in signal reaches one half.
   *
   * @return positive; 2 unless set
   */
  @Value.Default
  public double optInPivot() {
    return 2;
  }

  /**
   * Returns the least rating with which a reviewer counts as interested: they must have opted in on
   * an event rated at least this, and their current rating must be at least this. At least 2, so
   * that a rating of 1 ("not interested") never counts as interest.
   *
   * @return 2 to 5; 4 unless set
   */
  @Value.Default
  public int optInMinInterest() {
    return 4;
  }

  /**
   * Returns the half-life of a node review: a node reviewed this long ago is half fresh.
   *
   * @return a positive duration; 180 days unless set
   */
  @Value.Default
  public Duration reviewHalfLife() {
    return Duration.ofDays(180);
  }

  /**
   * Returns the confidence assumed for a drawn-on node that states none, and the confidence and
   * freshness of a topic that draws on no nodes.
   *
   * @return 0 to 1; 0.5 unless set
   */
  @Value.Default
  public double neutral() {
    return 0.5;
  }

  /**
   * Returns the largest editorial boost; larger boosts are capped to it.
   *
   * @return 0 to 1; 0.25 unless set
   */
  @Value.Default
  public double boostCap() {
    return 0.25;
  }

  /**
   * Returns editorial boosts by topic: a boost b moves a topic's score the fraction b of the way to
   * 1, after the cap.
   *
   * @return topic id to boost, each 0 or more; empty unless set
   */
  public abstract Map<NodeId, Double> editorialBoosts();

  /**
   * Returns the statuses of the topics that are ranked.
   *
   * @return the statuses; proposed, accepted and drafting unless set
   */
  @Value.Default
  public Set<TopicStatus> includedStatuses() {
    return EnumSet.of(TopicStatus.PROPOSED, TopicStatus.ACCEPTED, TopicStatus.DRAFTING);
  }

  /**
   * Returns the documented defaults.
   *
   * @return the default configuration
   */
  public static ScoringConfig defaults() {
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

  /**
   * Returns a builder that starts from this configuration.
   *
   * @return a builder holding a copy
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    nonNegative("interestWeight", interestWeight());
    nonNegative("recencyWeight", recencyWeight());
    nonNegative("optInWeight", optInWeight());
    nonNegative("confidenceWeight", confidenceWeight());
    nonNegative("freshnessWeight", freshnessWeight());
    double total = interestWeight() + recencyWeight() + optInWeight() + confidenceWeight() + freshnessWeight();
    if (!(total > 0)) {
      throw new InvalidValueException("weights", Double.toString(total), "at least one weight must be positive");
    }
    unit("priorMean", priorMean());
    positive("priorWeight", priorWeight());
    if (!(exploration() >= 0 && exploration() <= 0.5)) {
      throw new InvalidValueException("exploration", Double.toString(exploration()),
          "must be between 0 and 0.5, so that a rating of 5 never lowers a score");
    }
    positive("feedbackHalfLife", feedbackHalfLife());
    positive("recencyPivot", recencyPivot());
    positive("optInPivot", optInPivot());
    if (optInMinInterest() < 2 || optInMinInterest() > 5) {
      throw new InvalidValueException("optInMinInterest", Integer.toString(optInMinInterest()),
          "must be between 2 and 5, so that a rating of 1 never counts as interest");
    }
    positive("reviewHalfLife", reviewHalfLife());
    unit("neutral", neutral());
    unit("boostCap", boostCap());
    for (Map.Entry<NodeId, Double> e : editorialBoosts().entrySet()) {
      nonNegative("editorialBoosts." + e.getKey(), e.getValue());
    }
  }

  private static void nonNegative(String field, double v) {
    if (!(v >= 0 && Double.isFinite(v))) {
      throw new InvalidValueException(field, Double.toString(v), "must be a finite number, 0 or more");
    }
  }

  private static void positive(String field, double v) {
    if (!(v > 0 && Double.isFinite(v))) {
      throw new InvalidValueException(field, Double.toString(v), "must be a finite number greater than 0");
    }
  }

  private static void positive(String field, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new InvalidValueException(field, d.toString(), "must be a positive duration");
    }
  }

  private static void unit(String field, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new InvalidValueException(field, Double.toString(v), "must be between 0 and 1");
    }
  }

  /** Builds a {@link ScoringConfig}. Not thread-safe. */
  public static final class Builder extends ImmutableScoringConfig.Builder {
    Builder() {}
  }
}
