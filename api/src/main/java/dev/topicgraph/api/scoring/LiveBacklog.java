package dev.topicgraph.api.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A ranking kept current as feedback arrives, one event at a time.
 *
 * <p>{@link #add(Feedback)} re-scores only the event's topic and moves it in a sorted set: {@code
 * O(log n + r)} for n topics and r reviewers of that topic, instead of re-ranking everything. At
 * every step the ranking equals {@link PriorityScorer#rank(TopicGraph, Instant)} of the same feedback,
 * bit for bit.
 *
 * <p>Thread-safe: methods are synchronized, and the lists returned are snapshots.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LiveBacklog {
  private final PriorityScorer scorer;
  private final TopicGraph graph;
  private final Instant asOf;
  private final Map<NodeId, FeedbackAccumulator> feedback;
  private final Map<NodeId, ScoredTopic> current = new HashMap<>();
  private final TreeSet<ScoredTopic> ranking = new TreeSet<>(ScoredTopic.RANKING);

  LiveBacklog(PriorityScorer scorer, TopicGraph graph, Instant asOf) {
    this.scorer = requireNonNull(scorer, "scorer");
    this.graph = requireNonNull(graph, "graph");
    this.asOf = requireNonNull(asOf, "asOf");
    this.feedback = PriorityScorer.accumulate(graph.feedback());
    for (Topic t : graph.topics()) {
      if (scorer.config().includedStatuses().contains(t.status())) {
        ScoredTopic s = scorer.score(t, feedback.computeIfAbsent(t.id(), k -> FeedbackAccumulator.empty()),
            graph::node, asOf);
        current.put(t.id(), s);
        ranking.add(s);
      }
    }
  }

  /**
   * Folds in one feedback event and moves its topic to its new place.
   *
   * @param event the event
   * @return {@code true} if the event is about a ranked topic; {@code false} if it was ignored
   */
  public synchronized boolean add(Feedback event) {
    requireNonNull(event, "event");
    ScoredTopic before = current.get(event.topic());
    if (before == null) {
      return false;
    }
    FeedbackAccumulator acc = feedback.get(event.topic());
    acc.add(event);
    ScoredTopic after = scorer.score(before.topic(), acc, graph::node, asOf);
    ranking.remove(before);
    ranking.add(after);
    current.put(event.topic(), after);
    return true;
  }

  /**
   * Returns the current ranking.
   *
   * @return a snapshot, best first, ranks from 1
   */
  public synchronized List<RankedTopic> ranking() {
    return top(ranking.size());
  }

  /**
   * Returns the first {@code count} topics of the current ranking.
   *
   * @param count how many, 0 or more
   * @return a snapshot, best first
   */
  public synchronized List<RankedTopic> top(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, not " + count);
    }
    List<RankedTopic> out = new ArrayList<>(Math.min(count, ranking.size()));
    Iterator<ScoredTopic> it = ranking.iterator();
    for (int i = 0; i < count && it.hasNext(); i++) {
      out.add(new RankedTopic(i + 1, it.next()));
    }
    return List.copyOf(out);
  }

  /**
   * Returns a topic's current score.
   *
   * @param topic a topic id
   * @return the scored topic, or empty if the topic is not ranked
   */
  public synchronized Optional<ScoredTopic> scoreOf(NodeId topic) {
    return Optional.ofNullable(current.get(requireNonNull(topic, "topic")));
  }

  /**
   * Returns how many topics are ranked.
   *
   * @return the number of topics
   */
  public synchronized int size() {
    return ranking.size();
  }

  /**
   * Returns the instant the ranking is for.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }
}
