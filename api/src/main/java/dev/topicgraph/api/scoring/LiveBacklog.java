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
 * A ranking kept current as feedback arrives, one event at a time, and as time moves forward.
 *
 * <p>{@link #add(Feedback)} re-scores only the event's topic and moves it in a sorted set: {@code
 * O(log n + r)} for n topics and r reviewers of that topic, instead of re-ranking everything. At
 * every step the ranking equals {@link PriorityScorer#rank(TopicGraph, Iterable, Instant)} of the same
 * feedback at the same instant, bit for bit.
 *
 * <p>The backlog is as of its instant: an event dated later, and a topic proposed later, wait until
 * {@link #advanceTo(Instant)} reaches them. {@link #erase(String)} forgets a reviewer. To restart
 * after a process ends, read the feedback log and pass its events to {@link
 * PriorityScorer#live(TopicGraph, Iterable, Instant)}.
 *
 * <p>Thread-safe: methods are synchronized, and the lists returned are snapshots.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LiveBacklog {
  private final PriorityScorer scorer;
  private final TopicGraph graph;
  private Instant asOf;
  private final Map<NodeId, FeedbackAccumulator> feedback = new HashMap<>();
  private final Map<NodeId, ScoredTopic> current = new HashMap<>();
  private final TreeSet<ScoredTopic> ranking = new TreeSet<>(ScoredTopic.RANKING);
  /** Topics the configuration includes, by id, whether proposed by now or not. */
  private final Map<NodeId, Topic> included = new HashMap<>();
  /** Events dated after {@code asOf}, oldest first. */
  private final List<Feedback> pending = new ArrayList<>();

  LiveBacklog(PriorityScorer scorer, TopicGraph graph, Iterable<Feedback> events, Instant asOf) {
    this.scorer = requireNonNull(scorer, "scorer");
    this.graph = requireNonNull(graph, "graph");
    this.asOf = requireNonNull(asOf, "asOf");
    for (Topic t : graph.topics()) {
      if (scorer.config().includedStatuses().contains(t.status())) {
        included.put(t.id(), t);
      }
    }
    for (Feedback e : requireNonNull(events, "events")) {
      if (included.containsKey(e.topic())) {
        take(e);
      }
    }
    rescoreAll();
  }

  /** Folds an event in now, or keeps it for later; scores nothing. */
  private void take(Feedback e) {
    if (e.at().isAfter(asOf)) {
      pending.add(e);
    } else {
      feedback.computeIfAbsent(e.topic(), k -> FeedbackAccumulator.empty()).add(e);
    }
  }

  private void rescoreAll() {
    current.clear();
    ranking.clear();
    for (Topic t : graph.topics()) {
      if (included.containsKey(t.id()) && scorer.ranks(t, asOf)) {
        ScoredTopic s = scorer.score(t, feedback.computeIfAbsent(t.id(), k -> FeedbackAccumulator.empty()),
            graph::node, asOf);
        current.put(t.id(), s);
        ranking.add(s);
      }
    }
  }

  private void rescore(NodeId topic) {
    ScoredTopic before = current.get(topic);
    if (before == null) {
      return; // proposed later: scored when time reaches it
    }
    ScoredTopic after = scorer.score(before.topic(), feedback.get(topic), graph::node, asOf);
    ranking.remove(before);
    ranking.add(after);
    current.put(topic, after);
  }

  /**
   * Folds in one feedback event and moves its topic to its new place. An event dated after the
   * backlog's instant waits for {@link #advanceTo(Instant)}.
   *
   * @param event the event
   * @return {@code true} if the event is about a topic of the backlog (now or once proposed); {@code
   *     false} if it was ignored
   */
  public synchronized boolean add(Feedback event) {
    requireNonNull(event, "event");
    if (!included.containsKey(event.topic())) {
      return false;
    }
    take(event);
    if (!event.at().isAfter(asOf)) {
      rescore(event.topic());
    }
    return true;
  }

  /**
   * Moves the backlog's instant forward: events dated up to it now count, topics proposed by its day
   * join the ranking, and every score is aged to it. Costs a full re-rank.
   *
   * @param instant the new instant, not before the current one
   * @throws IllegalArgumentException if {@code instant} is before the backlog's instant
   */
  public synchronized void advanceTo(Instant instant) {
    requireNonNull(instant, "instant");
    if (instant.isBefore(asOf)) {
      throw new IllegalArgumentException("a live backlog moves forward only: " + instant + " is before " + asOf);
    }
    asOf = instant;
    List<Feedback> waiting = new ArrayList<>(pending);
    pending.clear();
    waiting.forEach(this::take);
    rescoreAll();
  }

  /**
   * Forgets a reviewer: removes every event of theirs, counted or waiting, and re-scores the topics
   * they had rated. Erase them from the feedback log too ({@code FeedbackLog.erase}), or a restart
   * brings them back.
   *
   * @param reviewer the reviewer's id
   * @return how many topics the reviewer had rated
   */
  public synchronized int erase(String reviewer) {
    requireNonNull(reviewer, "reviewer");
    pending.removeIf(e -> e.reviewer().equals(reviewer));
    int topics = 0;
    for (Map.Entry<NodeId, FeedbackAccumulator> e : feedback.entrySet()) {
      if (e.getValue().remove(reviewer)) {
        topics++;
        rescore(e.getKey());
      }
    }
    return topics;
  }

  /**
   * Returns the interested reviewers of a topic: those whose newest rating is at least {@link
   * ScoringConfig#optInMinInterest()}, given with the opt-in.
   *
   * @param topic the topic's id
   * @return their ids, sorted; empty if the topic has none or is not in the backlog
   */
  public synchronized List<String> interestedReviewers(NodeId topic) {
    FeedbackAccumulator acc = feedback.get(requireNonNull(topic, "topic"));
    return acc == null ? List.of() : acc.interestedReviewers(scorer.config().optInMinInterest());
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
  public synchronized Instant asOf() {
    return asOf;
  }
}
