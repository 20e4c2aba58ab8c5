package dev.topicgraph.api.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The feedback state of one topic: each reviewer's newest event, which holds their current rating and
 * whether they are, for now, an interested reviewer (the event's opt-in: a newer event without it
 * withdraws an earlier opt-in). Scoring reads only this state.
 *
 * <p>{@link #add(Feedback)} and {@link #merge(FeedbackAccumulator)} are commutative, associative and
 * idempotent: the state does not depend on the order in which events arrive, on how they were split
 * into batches, or on an event arriving twice. This is what a combine function of a distributed
 * engine needs (Beam's {@code CombineFn}, Flink's {@code AggregateFunction}); see {@code
 * docs/scoring.md}. The newest event is chosen by {@link Feedback#NEWEST_LAST}. The laws hold for any
 * events, including two that share an id and an instant but differ in content (a corrected event
 * replayed under its old id, or two sources that number events independently): the order is total,
 * so the event with the higher rating (then the one with the opt-in) counts, whatever order the two
 * arrive in.
 *
 * <p>An accumulator belongs to one topic; it does not check the events' topic. It is mutable and not
 * thread-safe: confine each to one thread, or copy it. Equality is by content.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FeedbackAccumulator {
  private final TreeMap<String, Rating> byReviewer;

  private FeedbackAccumulator(TreeMap<String, Rating> byReviewer) {
    this.byReviewer = byReviewer;
  }

  /**
   * Returns a new, empty accumulator.
   *
   * @return an accumulator with no feedback
   */
  public static FeedbackAccumulator empty() {
    return new FeedbackAccumulator(new TreeMap<>());
  }

  /**
   * Folds in one event.
   *
   * @param feedback the event
   * @return this accumulator
   */
  public FeedbackAccumulator add(Feedback feedback) {
    requireNonNull(feedback, "feedback");
    Rating incoming = new Rating(feedback.at().getEpochSecond(), feedback.at().getNano(), feedback.id(),
        feedback.interest(), feedback.optIn());
    byReviewer.merge(feedback.reviewer(), incoming, Rating::combine);
    return this;
  }

  /**
   * Folds in one reviewer's event given by its parts: what {@link #add(Feedback)} keeps of an event
   * (the accumulator keeps neither the topic nor the comment). With {@link #forEachNewest}, this is how
   * an accumulator is written and read back, as the coder of a distributed engine does.
   *
   * @param reviewer the reviewer's id
   * @param eventId the event's id
   * @param at when the event was given
   * @param interest the rating, 1 to 5
   * @param optIn whether the event opts in as an interested reviewer
   * @return this accumulator
   * @throws IllegalArgumentException if {@code interest} is not between 1 and 5, or an id is empty
   */
  public FeedbackAccumulator add(String reviewer, String eventId, Instant at, int interest, boolean optIn) {
    requireNonNull(reviewer, "reviewer");
    requireNonNull(eventId, "eventId");
    requireNonNull(at, "at");
    if (interest < 1 || interest > 5) {
      throw new IllegalArgumentException("interest " + interest + ": must be between 1 and 5");
    }
    if (reviewer.isEmpty() || eventId.isEmpty()) {
      throw new IllegalArgumentException("a reviewer and an event need an id, not an empty one");
    }
    byReviewer.merge(reviewer, new Rating(at.getEpochSecond(), at.getNano(), eventId, interest, optIn),
        Rating::combine);
    return this;
  }

  /**
   * Gives each reviewer's newest event, in reviewer order, to a visitor: all that the accumulator
   * holds. Adding each back with {@link #add(String, String, Instant, int, boolean)} to an empty
   * accumulator makes an equal one.
   *
   * @param visitor receives each reviewer's newest event
   */
  public void forEachNewest(NewestEvent visitor) {
    requireNonNull(visitor, "visitor");
    for (Map.Entry<String, Rating> e : byReviewer.entrySet()) {
      Rating r = e.getValue();
      visitor.accept(e.getKey(), r.eventId, Instant.ofEpochSecond(r.epochSecond, r.nano), r.interest, r.optIn);
    }
  }

  /** Receives a reviewer's newest event from {@link #forEachNewest(NewestEvent)}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  @FunctionalInterface
  public interface NewestEvent {
    /**
     * Receives one reviewer's newest event.
     *
     * @param reviewer the reviewer's id
     * @param eventId the event's id
     * @param at when the event was given
     * @param interest the rating, 1 to 5
     * @param optIn whether the event opts in as an interested reviewer
     */
    void accept(String reviewer, String eventId, Instant at, int interest, boolean optIn);
  }

  /**
   * Folds in everything another accumulator holds; {@code other} is not changed.
   *
   * @param other another accumulator of the same topic
   * @return this accumulator
   */
  public FeedbackAccumulator merge(FeedbackAccumulator other) {
    requireNonNull(other, "other");
    if (other != this) {
      for (Map.Entry<String, Rating> e : other.byReviewer.entrySet()) {
        byReviewer.merge(e.getKey(), e.getValue(), Rating::combine);
      }
    }
    return this;
  }

  /**
   * Returns an independent copy.
   *
   * @return a new accumulator with the same content
   */
  public FeedbackAccumulator copy() {
    return new FeedbackAccumulator(new TreeMap<>(byReviewer));
  }

  /**
   * Returns how many reviewers have rated the topic.
   *
   * @return the number of distinct reviewers
   */
  public int reviewers() {
    return byReviewer.size();
  }

  /**
   * Returns whether no feedback has been added.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return byReviewer.isEmpty();
  }

  /**
   * Returns a reviewer's current rating.
   *
   * @param reviewer a reviewer id
   * @return the newest rating, 1 to 5, or 0 if the reviewer has not rated the topic
   */
  public int ratingOf(String reviewer) {
    Rating r = byReviewer.get(requireNonNull(reviewer, "reviewer"));
    return r == null ? 0 : r.interest;
  }

  /**
   * Returns whether a reviewer's newest event opted in as an interested reviewer.
   *
   * @param reviewer a reviewer id
   * @return {@code true} if it did; {@code false} if it did not, or the reviewer has not rated the topic
   */
  public boolean optedIn(String reviewer) {
    Rating r = byReviewer.get(requireNonNull(reviewer, "reviewer"));
    return r != null && r.optIn;
  }

  /**
   * Returns the interested reviewers: those whose newest event opted in with a rating of at least
   * {@code minInterest}.
   *
   * @param minInterest the least rating, 1 to 5, such as {@link ScoringConfig#optInMinInterest()}
   * @return their ids, sorted
   */
  public List<String> interestedReviewers(int minInterest) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Rating> e : byReviewer.entrySet()) {
      if (e.getValue().optIn && e.getValue().interest >= minInterest) {
        out.add(e.getKey());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Removes everything a reviewer gave: for erasure, when a reader asks to be forgotten.
   *
   * @param reviewer a reviewer id
   * @return {@code true} if the reviewer had rated the topic
   */
  public boolean remove(String reviewer) {
    return byReviewer.remove(requireNonNull(reviewer, "reviewer")) != null;
  }

  /** Each reviewer's state, sorted by reviewer id; for the scorer. */
  Iterable<Rating> ratings() {
    return byReviewer.values();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof FeedbackAccumulator && byReviewer.equals(((FeedbackAccumulator) o).byReviewer);
  }

  @Override
  public int hashCode() {
    return byReviewer.hashCode();
  }

  @Override
  public String toString() {
    return "FeedbackAccumulator" + byReviewer;
  }

  /** One reviewer's newest event: its instant, id, rating and opt-in. Immutable. */
  static final class Rating {
    final long epochSecond;
    final int nano;
    final String eventId;
    final int interest;
    final boolean optIn;

    Rating(long epochSecond, int nano, String eventId, int interest, boolean optIn) {
      this.epochSecond = epochSecond;
      this.nano = nano;
      this.eventId = eventId;
      this.interest = interest;
      this.optIn = optIn;
    }

    /** The newer of the two. */
    static Rating combine(Rating a, Rating b) {
      return a.isNewerThan(b) ? a : b;
    }

    boolean isNewerThan(Rating o) {
      if (epochSecond != o.epochSecond) {
        return epochSecond > o.epochSecond;
      }
      if (nano != o.nano) {
        return nano > o.nano;
      }
      int byId = eventId.compareTo(o.eventId);
      if (byId != 0) {
        return byId > 0;
      }
      // The same id at the same instant: one event delivered with different content. Decide by the
      // content the state keeps, so that neither order of arrival nor batching can change the result.
      if (interest != o.interest) {
        return interest > o.interest;
      }
      return optIn && !o.optIn;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Rating)) {
        return false;
      }
      Rating r = (Rating) o;
      return epochSecond == r.epochSecond && nano == r.nano && eventId.equals(r.eventId) && interest == r.interest
          && optIn == r.optIn;
    }

    @Override
    public int hashCode() {
      return Objects.hash(epochSecond, nano, eventId, interest, optIn);
    }

    @Override
    public String toString() {
      return interest + (optIn ? "+opt-in" : "") + "@" + epochSecond + "." + nano
          + "#" + eventId;
    }
  }
}
