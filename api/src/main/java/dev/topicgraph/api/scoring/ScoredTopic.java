package dev.topicgraph.api.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Topic;
import java.util.Comparator;
import java.util.Locale;
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
  private final Explanation explanation;
  private final int reviewers;

  ScoredTopic(Topic topic, Explanation explanation, int reviewers) {
    this.topic = requireNonNull(topic, "topic");
    this.explanation = requireNonNull(explanation, "explanation");
    this.reviewers = reviewers;
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
    return explanation.value();
  }

  /**
   * Returns how the score was computed.
   *
   * @return the explanation tree
   */
  public Explanation explanation() {
    return explanation;
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
    return topic.equals(s.topic) && explanation.equals(s.explanation) && reviewers == s.reviewers;
  }

  @Override
  public int hashCode() {
    return topic.hashCode() * 31 + explanation.hashCode();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.4f %s (%d reviewers)", score(), topic.id(), reviewers);
  }
}
