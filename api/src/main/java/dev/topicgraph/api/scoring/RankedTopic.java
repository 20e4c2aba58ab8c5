package dev.topicgraph.api.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Topic;
import java.util.Locale;
import org.apiguardian.api.API;

/** A scored topic with its 1-based place in the ranking. Immutable and thread-safe. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RankedTopic {
  private final int rank;
  private final ScoredTopic scored;

  RankedTopic(int rank, ScoredTopic scored) {
    this.rank = rank;
    this.scored = requireNonNull(scored, "scored");
  }

  /**
   * Returns a scored topic at a place in a ranking, as a ranking read back from storage or a service
   * holds it; {@link PriorityScorer#rank} makes them otherwise.
   *
   * @param rank the place, 1 or more
   * @param scored the scored topic
   * @return the ranked topic
   * @throws IllegalArgumentException if {@code rank} is less than 1
   */
  public static RankedTopic of(int rank, ScoredTopic scored) {
    if (rank < 1) {
      throw new IllegalArgumentException("a rank starts at 1, not " + rank);
    }
    return new RankedTopic(rank, scored);
  }

  /**
   * Returns the place in the ranking.
   *
   * @return 1 for the top topic
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the topic.
   *
   * @return the topic
   */
  public Topic topic() {
    return scored.topic();
  }

  /**
   * Returns the priority score.
   *
   * @return the score, 0 to 1
   */
  public double score() {
    return scored.score();
  }

  /**
   * Returns how the score was computed.
   *
   * @return the explanation tree; its root's value is the score
   */
  public Explanation explanation() {
    return scored.explanation();
  }

  /**
   * Returns how many reviewers' feedback counts.
   *
   * @return the number of distinct reviewers
   */
  public int reviewers() {
    return scored.reviewers();
  }

  /**
   * Returns the scored topic without its rank.
   *
   * @return the scored topic
   */
  public ScoredTopic scored() {
    return scored;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankedTopic && rank == ((RankedTopic) o).rank && scored.equals(((RankedTopic) o).scored);
  }

  @Override
  public int hashCode() {
    return rank * 31 + scored.hashCode();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "#%d %s", rank, scored);
  }
}
