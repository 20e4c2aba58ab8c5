package dev.topicgraph.api.recommend;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What a {@link Recommender} found for a profile: the recommendations in a total order, the conflicts
 * among them, the backlog's topics to put to the reader, and the relations it did not follow.
 *
 * <p>Immutable and thread-safe; equality by content.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Recommendations {
  private final Profile profile;
  private final Instant asOf;
  private final List<Recommendation> all;
  private final List<Conflict> conflicts;
  private final List<RankedTopic> topics;
  private final SortedMap<RelationType, Integer> ignored;
  private final List<Relation> skipped;

  Recommendations(Profile profile, Instant asOf, List<Recommendation> all, List<Conflict> conflicts,
      List<RankedTopic> topics, SortedMap<RelationType, Integer> ignored, List<Relation> skipped) {
    this.profile = profile;
    this.asOf = asOf;
    this.all = List.copyOf(all);
    this.conflicts = List.copyOf(conflicts);
    this.topics = List.copyOf(topics);
    this.ignored = Collections.unmodifiableSortedMap(new TreeMap<>(ignored));
    this.skipped = List.copyOf(skipped);
  }

  /**
   * Returns the profile the recommendations are for.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the instant the topics were ranked at.
   *
   * @return the instant given to {@link Recommender#recommend}
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns every recommendation in {@link Recommendation#ORDER}: primary ones, then cautions, then
   * alternatives, each by score.
   *
   * @return the recommendations; empty when nothing in the profile matches
   */
  public List<Recommendation> all() {
    return all;
  }

  /**
   * Returns the recommendations in one role, by score.
   *
   * @param role the role
   * @return the recommendations in that role
   */
  public List<Recommendation> in(Recommendation.Role role) {
    requireNonNull(role, "role");
    return all.stream().filter(r -> r.role() == role).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the recommendation of a node in a role.
   *
   * @param node the node's id
   * @param role the role
   * @return the recommendation, if the node has one in that role
   */
  public Optional<Recommendation> find(NodeId node, Recommendation.Role role) {
    requireNonNull(node, "node");
    requireNonNull(role, "role");
    return all.stream().filter(r -> r.role() == role && r.node().id().equals(node)).findFirst();
  }

  /**
   * Returns the nodes that one matched dimension enables and another counter-indicates, by node id.
   *
   * @return the conflicts; each node also appears in {@link #all()} as primary and as caution
   */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /**
   * Returns the topics of the backlog that draw on a matched dimension or a recommended node, in
   * priority order: what this reader could be asked to review. Each keeps its rank in the whole
   * backlog.
   *
   * @return ranked topics, in rank order
   */
  public List<RankedTopic> topics() {
    return topics;
  }

  /**
   * Returns how many relations leaving a matched dimension have a type the recommender does not use
   * (such as {@code requires}, {@code part-of} or a type of the application's own), by type.
   *
   * @return counts by type, in type order; no entry for a type with none
   */
  public SortedMap<RelationType, Integer> ignoredRelations() {
    return ignored;
  }

  /**
   * Returns the relations leaving a matched dimension whose type the recommender uses, but which it
   * could not follow: an {@code enables} or {@code counter-indicates} relation to an org dimension
   * (the dimension itself included), and any of them to a node missing from the graph (read
   * leniently, a graph may hold such relations; its reader reports them as warnings).
   *
   * @return the relations, in the graph's order
   */
  public List<Relation> skippedRelations() {
    return skipped;
  }

  /**
   * Returns whether there is no recommendation.
   *
   * @return {@code true} if {@link #all()} is empty
   */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /**
   * Compares everything: profile, instant, recommendations, conflicts, topics and ignored relations.
   *
   * @param o another object
   * @return whether it is an equal result
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Recommendations)) {
      return false;
    }
    Recommendations r = (Recommendations) o;
    return profile.equals(r.profile) && asOf.equals(r.asOf) && all.equals(r.all) && conflicts.equals(r.conflicts)
        && topics.equals(r.topics) && ignored.equals(r.ignored) && skipped.equals(r.skipped);
  }

  @Override
  public int hashCode() {
    return all.hashCode() * 31 + topics.hashCode();
  }

  @Override
  public String toString() {
    return "Recommendations" + all;
  }
}
