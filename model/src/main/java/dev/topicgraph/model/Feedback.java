package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A signed-in reader's answer to "how interested are you in this topic?".
 *
 * <p>{@linkplain #interest() Interest} runs from 1 (not interested) to 5 (very interested); {@linkplain
 * #optIn() opt-in} says the reader wants to be an interested reviewer. A reviewer's newer feedback
 * on a topic replaces the older one: see {@link #NEWEST_LAST}. Create one with {@link #builder()};
 * all fields but {@code optIn} and {@code comment} are required. Immutable and thread-safe; equality
 * by content.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract class Feedback {
  /**
   * Orders two pieces of feedback by {@link #at()}, by {@link #id()} when they were given at the
   * same instant, and by content when both tie ({@link #interest()}, then {@link #optIn()}, {@link
   * #reviewer()}, {@link #topic()} and {@link #comment()}), so the last is the one that counts. The
   * order is total and consistent with {@code equals}: it does not depend on input order, even for
   * two events that share an id and an instant.
   */
  public static final Comparator<Feedback> NEWEST_LAST = Comparator.comparing(Feedback::at)
      .thenComparing(Feedback::id)
      .thenComparingInt(Feedback::interest)
      .thenComparing(Feedback::optIn)
      .thenComparing(Feedback::reviewer)
      .thenComparing(Feedback::topic)
      .thenComparing(f -> f.comment().orElse(""));

  Feedback() {}

  /**
   * Returns the unique id of this feedback event.
   *
   * @return a token, {@code [A-Za-z0-9._:@-]}, 1 to 128 characters
   */
  public abstract String id();

  /**
   * Returns the topic the feedback is about.
   *
   * @return an id of kind {@code topic}
   */
  public abstract NodeId topic();

  /**
   * Returns the signed-in reader who gave the feedback.
   *
   * @return a token, {@code [A-Za-z0-9._:@-]}, 1 to 128 characters
   */
  public abstract String reviewer();

  /**
   * Returns how interested the reader is in the topic.
   *
   * @return 1 (not interested) to 5 (very interested)
   */
  public abstract int interest();

  /**
   * Returns whether the reader wants to be an interested reviewer of the article.
   *
   * @return {@code true} if the reader opted in; {@code false} unless set
   */
  @Value.Default
  public boolean optIn() {
    return false;
  }

  /**
   * Returns when the feedback was given.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the reader's comment.
   *
   * @return non-empty prose, if the reader left one
   */
  public abstract Optional<String> comment();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this feedback's values.
   *
   * @return a builder holding a copy of this feedback
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.token("id", id());
    if (topic().kind() != NodeKind.TOPIC) {
      throw new InvalidValueException("topic", topic().value(), "must be a topic id (topic.*)");
    }
    Checks.token("reviewer", reviewer());
    if (interest() < 1 || interest() > 5) {
      throw new InvalidValueException("interest", Integer.toString(interest()), "must be between 1 and 5");
    }
    comment().ifPresent(c -> Checks.nonEmptyProse("comment", c));
  }

  /** Builds a {@link Feedback}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableFeedback.Builder {
    Builder() {}
  }
}
