package dev.topicgraph.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.topicgraph.model.internal.FeedbackColumns;
import dev.topicgraph.model.internal.GraphAccess;
import dev.topicgraph.model.internal.TopicColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The editorial knowledge graph: nodes, the relations between them, the topic backlog and reader
 * feedback, with indexed lookups.
 *
 * <p><b>Building.</b> Collect the content with {@link #builder()} and call {@link Builder#build()}.
 * The graph is checked as it is built: content with errors (two nodes with one id, two feedback events
 * with one id, a relation stated twice) is refused with a {@link GraphValidationException} listing
 * every problem, so a graph that exists has unique ids. References that lead nowhere (a relation or a
 * topic's {@code drawsFrom} pointing at a missing node, feedback on a missing topic) are warnings:
 * the graph is built and {@link #validate(ValidationMode)} reports them, unless the builder is in
 * {@link ValidationMode#STRICT} mode, where they are errors too. The codes are those of {@link
 * GraphCheck}.
 *
 * <p><b>Order.</b> The graph keeps its content in a canonical order that does not depend on the
 * order it was added in: nodes and topics by id, relations by {@link Relation#CANONICAL_ORDER},
 * feedback by id. Two graphs are equal when they hold equal content.
 *
 * <p><b>Lookups.</b> Every lookup by id is served from an index built with the graph: nodes and
 * topics in constant time, a feedback event by a binary search; lists returned are immutable.
 *
 * <p><b>Feedback storage.</b> The graph keeps feedback in columns (interned topics and reviewers,
 * primitive arrays, ids packed, grouped by topic) rather than as objects, and makes {@link Feedback}
 * values when they are asked for: {@link #feedback()} is a list view whose elements are made as they
 * are read, equal (not identical) each time.
 *
 * <p><b>Threads.</b> A graph is immutable and safe to share between threads.
 */
@API(status = STABLE, since = "0.1")
public final class TopicGraph {
  static {
    GraphAccess.install(new GraphAccess.Accessor() {
      @Override
      public FeedbackColumns columns(TopicGraph graph) {
        return graph.columns;
      }

      @Override
      public TopicColumns topics(TopicGraph graph) {
        return graph.topicColumns();
      }
    });
  }

  private static final TopicGraph EMPTY = builder().build();

  private final ImmutableList<Node> nodes;
  private final ImmutableList<Relation> relations;
  private final ImmutableList<Topic> topics;
  /** The feedback, in columns: values are made when asked for. */
  private final FeedbackColumns columns;
  /** What scoring reads about topics and nodes, in arrays; made on first use (a benign race). */
  private volatile TopicColumns topicColumns;
  /** The feedback in id order, a view over the columns. */
  private final List<Feedback> feedback;

  private final ImmutableMap<NodeId, Node> nodeById;
  private final ImmutableListMultimap<NodeId, Relation> outgoing;
  private final ImmutableListMultimap<NodeId, Relation> incoming;
  private final ImmutableMap<NodeId, Topic> topicById;
  private final ImmutableListMultimap<NodeId, Topic> topicsByNode;
  /** The hash of the content, computed on first use: hashing every element is costly and rarely needed. */
  private volatile int hash;

  private TopicGraph(
      ImmutableList<Node> nodes,
      ImmutableList<Relation> relations,
      ImmutableList<Topic> topics,
      FeedbackColumns columns,
      ImmutableMap<NodeId, Node> nodeById,
      ImmutableMap<NodeId, Topic> topicById) {
    this.nodes = nodes;
    this.relations = relations;
    this.topics = topics;
    this.columns = columns;
    this.feedback = columns.inIdOrder();
    this.nodeById = nodeById;
    this.topicById = topicById;

    ImmutableListMultimap.Builder<NodeId, Relation> out = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<NodeId, Relation> in = ImmutableListMultimap.builder();
    for (Relation r : relations) {
      out.put(r.from(), r);
      in.put(r.to(), r);
    }
    this.outgoing = out.build();
    this.incoming = in.build();

    ImmutableListMultimap.Builder<NodeId, Topic> byNode = ImmutableListMultimap.builder();
    for (Topic t : topics) {
      for (NodeId n : t.drawsFrom()) {
        byNode.put(n, t);
      }
    }
    this.topicsByNode = byNode.build();

  }

  private TopicColumns topicColumns() {
    TopicColumns t = topicColumns;
    if (t == null) {
      t = TopicColumns.of(nodes, topics, columns);
      topicColumns = t;
    }
    return t;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the graph with no content.
   *
   * @return the empty graph
   */
  public static TopicGraph empty() {
    return EMPTY;
  }

  /**
   * Returns a builder holding this graph's content, to derive a changed graph from it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().addAll(this);
  }

  /**
   * Returns every node, sorted by id.
   *
   * @return the nodes
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the nodes of one type, sorted by id, such as {@code graph.nodes(Vendor.class)}.
   *
   * @param type a node type: {@link OrgDimension}, {@link Vendor}, {@link Pattern}, {@link
   *     GenericNode}, or {@link Node} for all
   * @param <T> the node type
   * @return the nodes of that type
   */
  public <T extends Node> List<T> nodes(Class<T> type) {
    requireNonNull(type, "type");
    return nodes.stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the node with the given id.
   *
   * @param id a node id
   * @return the node, or empty if the graph has none with that id
   */
  public Optional<Node> node(NodeId id) {
    return Optional.ofNullable(nodeById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns whether the graph has a node with the given id.
   *
   * @param id a node id
   * @return {@code true} if there is such a node
   */
  public boolean containsNode(NodeId id) {
    return nodeById.containsKey(requireNonNull(id, "id"));
  }

  /**
   * Returns every relation, in {@link Relation#CANONICAL_ORDER}.
   *
   * @return the relations
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * Returns the relations that start from a node, in canonical order.
   *
   * @param from a node id
   * @return the outgoing relations, empty for an unknown id
   */
  public List<Relation> relationsFrom(NodeId from) {
    return outgoing.get(requireNonNull(from, "from"));
  }

  /**
   * Returns the relations that point at a node: the "referenced by" view, computed from the
   * relations, in canonical order. Each is exactly a relation whose {@link Relation#to()} is the
   * node.
   *
   * @param to a node id
   * @return the incoming relations, empty for an unknown id
   */
  public List<Relation> referencedBy(NodeId to) {
    return incoming.get(requireNonNull(to, "to"));
  }

  /**
   * Returns the relations of one type that start from a node, in canonical order.
   *
   * @param from a node id
   * @param type the relation type, such as {@link RelationType#ENABLES}
   * @return the outgoing relations of that type, empty for an unknown id
   */
  public List<Relation> relationsFrom(NodeId from, RelationType type) {
    return ofType(relationsFrom(from), requireNonNull(type, "type"));
  }

  /**
   * Returns the relations of one type that point at a node, in canonical order.
   *
   * @param to a node id
   * @param type the relation type
   * @return the incoming relations of that type, empty for an unknown id
   */
  public List<Relation> referencedBy(NodeId to, RelationType type) {
    return ofType(referencedBy(to), requireNonNull(type, "type"));
  }

  private static List<Relation> ofType(List<Relation> relations, RelationType type) {
    List<Relation> out = new ArrayList<>();
    for (Relation r : relations) {
      if (r.type().equals(type)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns every topic, sorted by id.
   *
   * @return the topics
   */
  public List<Topic> topics() {
    return topics;
  }

  /**
   * Returns the topic with the given id.
   *
   * @param id a topic id
   * @return the topic, or empty if the graph has none with that id
   */
  public Optional<Topic> topic(NodeId id) {
    return Optional.ofNullable(topicById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the topics that draw from a node, sorted by id.
   *
   * @param node a node id
   * @return the topics whose {@link Topic#drawsFrom()} holds the node
   */
  public List<Topic> topicsDrawingOn(NodeId node) {
    return topicsByNode.get(requireNonNull(node, "node"));
  }

  /**
   * Returns every feedback event, sorted by id.
   *
   * @return the feedback
   */
  public List<Feedback> feedback() {
    return feedback;
  }

  /**
   * Returns the feedback event with the given id.
   *
   * @param id a feedback id
   * @return the event, or empty if the graph has none with that id
   */
  public Optional<Feedback> feedback(String id) {
    int p = columns.positionOf(requireNonNull(id, "id"));
    return p < 0 ? Optional.empty() : Optional.of(columns.feedback(p));
  }

  /**
   * Returns all feedback on a topic, oldest first in {@link Feedback#NEWEST_LAST} order, including
   * feedback that a newer event by the same reviewer replaces.
   *
   * @param topic a topic id
   * @return the feedback on the topic, empty for an unknown id
   */
  public List<Feedback> feedbackOn(NodeId topic) {
    int t = columns.topicIndex(requireNonNull(topic, "topic"));
    return t < 0 ? List.of() : columns.onTopic(t);
  }

  /**
   * Returns the feedback that counts on a topic: each reviewer's newest event, by {@link
   * Feedback#NEWEST_LAST}, keyed and sorted by reviewer.
   *
   * @param topic a topic id
   * @return reviewer to newest feedback, empty for an unknown id
   */
  public Map<String, Feedback> latestFeedbackOn(NodeId topic) {
    int t = columns.topicIndex(requireNonNull(topic, "topic"));
    if (t < 0) {
      return ImmutableSortedMap.of();
    }
    // By reviewer, each reviewer's events oldest first: the last of each run is the newest.
    ImmutableSortedMap.Builder<String, Feedback> out = ImmutableSortedMap.naturalOrder();
    int end = columns.topicStart(t + 1);
    for (int i = columns.topicStart(t); i < end; i++) {
      int p = columns.byReviewer(i);
      if (i + 1 == end || columns.reviewerAt(columns.byReviewer(i + 1)) != columns.reviewerAt(p)) {
        out.put(columns.reviewer(columns.reviewerAt(p)), columns.feedback(p, t));
      }
    }
    return out.build();
  }

  /**
   * Validates the graph. A built graph has no errors in the mode it was built in, so in {@link
   * ValidationMode#LENIENT} mode this reports the warnings (references that lead nowhere); in {@link
   * ValidationMode#STRICT} mode the same problems are reported as errors. Never throws on content.
   *
   * @param mode how strictly to validate
   * @return the diagnostics, in a stable order; empty when every reference resolves
   */
  public List<Diagnostic> validate(ValidationMode mode) {
    requireNonNull(mode, "mode");
    return GraphValidator.validate(nodes, relations, topics, feedback, nodeById.keySet(),
        topicById.keySet(), mode);
  }

  /**
   * Returns whether another object is a graph with equal nodes, relations, topics and feedback.
   *
   * @param other the object to compare with
   * @return {@code true} if the content is equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TopicGraph)) {
      return false;
    }
    TopicGraph g = (TopicGraph) other;
    return nodes.size() == g.nodes.size()
        && columns.size() == g.columns.size()
        && nodes.equals(g.nodes)
        && relations.equals(g.relations)
        && topics.equals(g.topics)
        && columns.equals(g.columns);
  }

  /**
   * Returns a hash code of the content, consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = java.util.Objects.hash(nodes, relations, topics, columns);
      h = h == 0 ? 1 : h;
      hash = h;
    }
    return h;
  }

  /**
   * Returns a short summary such as {@code TopicGraph{nodes=12, relations=30, topics=4,
   * feedback=200}}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "TopicGraph{nodes=" + nodes.size() + ", relations=" + relations.size() + ", topics="
        + topics.size() + ", feedback=" + columns.size() + "}";
  }

  /**
   * Collects the content of a graph. Content may be added in any order; {@link #build()} sorts it.
   * A builder is not thread-safe; it may be built more than once.
   */
  public static final class Builder {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Feedback> feedback = new ArrayList<>();
    private ValidationMode mode = ValidationMode.LENIENT;

    private Builder() {}

    /**
     * Sets how strictly {@link #build()} validates; {@link ValidationMode#LENIENT} unless set.
     *
     * @param mode the validation mode
     * @return this builder
     */
    public Builder mode(ValidationMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Adds a node.
     *
     * @param node the node
     * @return this builder
     */
    public Builder addNode(Node node) {
      nodes.add(requireNonNull(node, "node"));
      return this;
    }

    /**
     * Adds nodes.
     *
     * @param nodes the nodes
     * @return this builder
     */
    public Builder addNodes(Iterable<? extends Node> nodes) {
      for (Node n : nodes) {
        addNode(n);
      }
      return this;
    }

    /**
     * Adds a relation.
     *
     * @param relation the relation
     * @return this builder
     */
    public Builder addRelation(Relation relation) {
      relations.add(requireNonNull(relation, "relation"));
      return this;
    }

    /**
     * Adds a relation made of its parts.
     *
     * @param from the source node's id
     * @param type the relation type
     * @param to the target node's id
     * @param rationale why the relation holds
     * @return this builder
     * @throws InvalidValueException if the relation is not valid
     */
    public Builder addRelation(NodeId from, RelationType type, NodeId to, String rationale) {
      return addRelation(Relation.of(from, type, to, rationale));
    }

    /**
     * Adds relations.
     *
     * @param relations the relations
     * @return this builder
     */
    public Builder addRelations(Iterable<Relation> relations) {
      for (Relation r : relations) {
        addRelation(r);
      }
      return this;
    }

    /**
     * Adds a topic.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder addTopic(Topic topic) {
      topics.add(requireNonNull(topic, "topic"));
      return this;
    }

    /**
     * Adds topics.
     *
     * @param topics the topics
     * @return this builder
     */
    public Builder addTopics(Iterable<Topic> topics) {
      for (Topic t : topics) {
        addTopic(t);
      }
      return this;
    }

    /**
     * Adds a feedback event.
     *
     * @param feedback the feedback event
     * @return this builder
     */
    public Builder addFeedback(Feedback feedback) {
      this.feedback.add(requireNonNull(feedback, "feedback"));
      return this;
    }

    /**
     * Adds feedback events.
     *
     * @param feedback the feedback events
     * @return this builder
     */
    public Builder addFeedback(Iterable<Feedback> feedback) {
      for (Feedback f : feedback) {
        addFeedback(f);
      }
      return this;
    }

    /**
     * Adds all content of a graph.
     *
     * @param graph the graph
     * @return this builder
     */
    public Builder addAll(TopicGraph graph) {
      requireNonNull(graph, "graph");
      nodes.addAll(graph.nodes);
      relations.addAll(graph.relations);
      topics.addAll(graph.topics);
      feedback.addAll(graph.feedback);
      return this;
    }

    /**
     * Validates the content collected so far without building a graph.
     *
     * @param mode how strictly to validate
     * @return every diagnostic, errors and warnings, in a stable order; never throws on content
     */
    public List<Diagnostic> validate(ValidationMode mode) {
      requireNonNull(mode, "mode");
      Sorted s = sorted();
      return GraphValidator.validate(s.nodes, s.relations, s.topics, s.feedback,
          s.nodes.stream().map(Node::id).collect(Collectors.toSet()),
          s.topics.stream().map(Topic::id).collect(Collectors.toSet()), mode);
    }

    /**
     * Builds the graph, validating it in this builder's {@linkplain #mode(ValidationMode) mode}.
     *
     * @return the graph
     * @throws GraphValidationException if the content has errors; it lists every diagnostic
     */
    public TopicGraph build() {
      Sorted s = sorted();
      ImmutableMap<NodeId, Node> nodeById = uniqueIndex(s.nodes, Node::id);
      ImmutableMap<NodeId, Topic> topicById = uniqueIndex(s.topics, Topic::id);
      List<Diagnostic> diagnostics = null;
      if (nodeById == null || topicById == null || hasDuplicateId(s.feedback) || hasDuplicateEdge(s.relations)) {
        diagnostics = validate(mode);
      } else {
        diagnostics = GraphValidator.validate(s.nodes, s.relations, s.topics, s.feedback,
            nodeById.keySet(), topicById.keySet(), mode);
      }
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        throw new GraphValidationException(diagnostics);
      }
      return new TopicGraph(s.nodes, s.relations, s.topics, FeedbackColumns.of(s.feedback), nodeById, topicById);
    }

    private Sorted sorted() {
      return new Sorted(
          ImmutableList.sortedCopyOf(Comparator.comparing(Node::id), nodes),
          ImmutableList.sortedCopyOf(Relation.CANONICAL_ORDER, relations),
          ImmutableList.sortedCopyOf(Comparator.comparing(Topic::id), topics),
          ImmutableList.sortedCopyOf(Comparator.comparing(Feedback::id), feedback));
    }

    /** The values by key, or null when two values share a key (validation then reports them). */
    private static <K, V> ImmutableMap<K, V> uniqueIndex(
        List<V> values, java.util.function.Function<V, K> key) {
      ImmutableMap.Builder<K, V> b = ImmutableMap.builderWithExpectedSize(values.size());
      for (V v : values) {
        b.put(key.apply(v), v);
      }
      try {
        return b.buildOrThrow();
      } catch (IllegalArgumentException duplicateKey) {
        return null;
      }
    }

    private static boolean hasDuplicateId(List<Feedback> sortedById) {
      for (int i = 1; i < sortedById.size(); i++) {
        if (sortedById.get(i - 1).id().equals(sortedById.get(i).id())) {
          return true;
        }
      }
      return false;
    }

    private static boolean hasDuplicateEdge(List<Relation> sorted) {
      for (int i = 1; i < sorted.size(); i++) {
        Relation a = sorted.get(i - 1);
        Relation b = sorted.get(i);
        if (a.from().equals(b.from()) && a.type().equals(b.type()) && a.to().equals(b.to())) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Sorted {
    final ImmutableList<Node> nodes;
    final ImmutableList<Relation> relations;
    final ImmutableList<Topic> topics;
    final ImmutableList<Feedback> feedback;

    Sorted(ImmutableList<Node> nodes, ImmutableList<Relation> relations, ImmutableList<Topic> topics,
        ImmutableList<Feedback> feedback) {
      this.nodes = nodes;
      this.relations = relations;
      this.topics = topics;
      this.feedback = feedback;
    }
  }
}
