package dev.topicgraph.api.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Topic;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A topic with its priority score and the explanation the score was computed from. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ScoredTopic {
  /**
   * The ranking order, a total order: higher score first, then more reviewers, then the older
   * proposal, then the topic id.
   */
  public static final Comparator<ScoredTopic> RANKING = Comparator
      .comparingDouble(ScoredTopic::score).reversed()
      .thenComparing(Comparator.comparingInt(ScoredTopic::reviewers).reversed())
      .thenComparing(s -> s.topic().proposed())
      .thenComparing(s -> s.topic().id());

  private final Topic topic;
  private final double score;
  private final int reviewers;
  /** The explanation, or null until it is first asked for. */
  private volatile Explanation explanation;
  /** Builds the explanation; null once it is built. */
  private Supplier<Explanation> explain;

  ScoredTopic(Topic topic, Explanation explanation, int reviewers) {
    this.topic = requireNonNull(topic, "topic");
    this.explanation = requireNonNull(explanation, "explanation");
    this.score = explanation.value();
    this.reviewers = reviewers;
  }

  /** A scored topic whose explanation is built when first asked for; its root's value must be {@code score}. */
  ScoredTopic(Topic topic, double score, int reviewers, Supplier<Explanation> explain) {
    this.topic = requireNonNull(topic, "topic");
    this.score = score;
    this.reviewers = reviewers;
    this.explain = requireNonNull(explain, "explain");
  }

  /**
   * Returns a topic with its score's explanation, as a ranking read back from storage or a service
   * holds it; {@link PriorityScorer#score} makes them otherwise. The score is the explanation's root.
   *
   * @param topic the topic
   * @param explanation how its score came about
   * @param reviewers how many reviewers its feedback counts
   * @return the scored topic
   * @throws IllegalArgumentException if {@code reviewers} is negative
   */
  public static ScoredTopic of(Topic topic, Explanation explanation, int reviewers) {
    if (reviewers < 0) {
      throw new IllegalArgumentException("a count of reviewers cannot be " + reviewers);
    }
    return new ScoredTopic(topic, explanation, reviewers);
  }

  /**
   * Returns the topic.
   *
   * @return the topic
   */
  public Topic topic() {
    return topic;
  }

  /**
   * Returns the priority score: the value of the {@linkplain #explanation() explanation}'s root.
   *
   * @return the score, 0 to 1
   */
  public double score() {
    return score;
  }

  /**
   * Returns how the score was computed. A scorer builds the tree when it is first asked for, so that
   * ranking a large backlog costs no explanation that nobody reads.
   *
   * @return the explanation tree
   */
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      synchronized (this) {
        e = explanation;
        if (e == null) {
          e = explain.get();
          if (Double.doubleToRawLongBits(e.value()) != Double.doubleToRawLongBits(score)) {
            throw new IllegalStateException("the explanation of " + topic.id() + " gives " + e.value()
                + ", not its score " + score);
          }
          explanation = e;
          explain = null;
        }
      }
    }
    return e;
  }

  /**
   * Returns how many reviewers' feedback counts towards the score.
   *
   * @return the number of distinct reviewers
   */
  public int reviewers() {
    return reviewers;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ScoredTopic)) {
      return false;
    }
    ScoredTopic s = (ScoredTopic) o;
    return topic.equals(s.topic) && Double.doubleToLongBits(score) == Double.doubleToLongBits(s.score)
        && reviewers == s.reviewers && explanation().equals(s.explanation());
  }

  @Override
  public int hashCode() {
    return topic.hashCode() * 31 + Double.hashCode(score);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.4f %s (%d reviewers)", score(), topic.id(), reviewers);
  }
}
