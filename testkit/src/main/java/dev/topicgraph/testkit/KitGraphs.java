package dev.topicgraph.testkit;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** The graphs the conformance kit writes besides generated ones. Stateless. */
final class KitGraphs {
  private KitGraphs() {}

  private static final NodeId PLACEHOLDER = NodeId.of("kit.node");

  /**
   * An equal graph made of new instances, each added in another order, with the entries of every
   * custom-value map inserted in reverse order: what a writer sees when the same content comes from
   * another source.
   */
  static TopicGraph rebuiltInAnotherOrder(TopicGraph g, RandomGenerator random) {
    List<Node> nodes = shuffled(g.nodes(), random, n -> {
      Node fields = GenericNode.builder().from(n).id(PLACEHOLDER).extra(reversed(n.extra())).build();
      return Node.of(NodeId.of(n.id().value()), fields,
          n instanceof Vendor ? ((Vendor) n).category() : Optional.empty());
    });
    List<Relation> relations = shuffled(g.relations(), random,
        r -> Relation.of(NodeId.of(r.from().value()), RelationType.of(r.type().name()), NodeId.of(r.to().value()),
            r.rationale()));
    List<Topic> topics = shuffled(g.topics(), random, t -> t.toBuilder().extra(reversed(t.extra())).build());
    List<Feedback> feedback = shuffled(g.feedback(), random, f -> f.toBuilder().build());
    return TopicGraph.builder().addFeedback(feedback).addTopics(topics).addRelations(relations).addNodes(nodes)
        .build();
  }

  private static <T> List<T> shuffled(List<T> items, RandomGenerator random, Function<T, T> copy) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(copy.apply(item));
    }
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, random.nextInt(i + 1));
    }
    return out;
  }

  private static Map<String, String> reversed(Map<String, String> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    Collections.reverse(keys);
    Map<String, String> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, map.get(k)));
    return out;
  }

  /** The first node of a graph, added to it when it has none. */
  private static NodeId anchor(TopicGraph.Builder b, TopicGraph g) {
    if (!g.nodes().isEmpty()) {
      return g.nodes().get(0).id();
    }
    NodeId id = fresh(g, "vendor.kit-anchor");
    b.addNode(Vendor.builder().id(id).title("anchor").build());
    return id;
  }

  /** An id starting with {@code base} that the graph does not use. */
  private static NodeId fresh(TopicGraph g, String base) {
    for (int i = 0; ; i++) {
      NodeId id = NodeId.of(i == 0 ? base : base + "-" + i);
      boolean used = g.containsNode(id) || g.topic(id).isPresent()
          || g.relations().stream().anyMatch(r -> r.from().equals(id) || r.to().equals(id))
          || g.topics().stream().anyMatch(t -> t.drawsFrom().contains(id))
          || g.feedback().stream().anyMatch(f -> f.topic().equals(id));
      if (!used) {
        return id;
      }
    }
  }

  /** The graph with one instance of each case: a self-loop, references that lead nowhere. */
  static TopicGraph withLenientContent(TopicGraph g, Set<FormatConformanceTest.LenientContent> cases) {
    TopicGraph.Builder b = g.toBuilder();
    NodeId node = anchor(b, g);
    for (FormatConformanceTest.LenientContent c : cases) {
      switch (c) {
        case SELF_LOOP:
          b.addRelation(node, RelationType.of("kit-loops-back"), node, "a node that refers to itself");
          break;
        case RELATION_TO_MISSING_NODE:
          b.addRelation(node, RelationType.REQUIRES, fresh(g, "vendor.kit-missing-target"), "points nowhere");
          break;
        case RELATION_FROM_MISSING_NODE:
          b.addRelation(fresh(g, "pattern.kit-missing-source"), RelationType.ENABLES, node, "comes from nowhere");
          break;
        case DRAWS_FROM_MISSING_NODE:
          b.addTopic(Topic.builder().id(fresh(g, "topic.kit-draws-from-nowhere")).title("draws from a missing node")
              .addDrawsFrom(fresh(g, "org-dim.kit-missing-drawn")).proposed(LocalDate.of(2026, 1, 1)).build());
          break;
        case FEEDBACK_ON_MISSING_TOPIC:
          b.addFeedback(Feedback.builder().id("kit-orphan").topic(fresh(g, "topic.kit-missing-topic"))
              .reviewer("kit-reviewer").interest(4).at(Instant.parse("2026-01-01T00:00:00Z")).build());
          break;
        default:
          throw new AssertionError(c);
      }
    }
    return b.build();
  }

  /** The graph with {@code count} relations from one node to nodes it does not have. */
  static TopicGraph withDanglingRelations(TopicGraph g, int count) {
    TopicGraph.Builder b = g.toBuilder();
    NodeId node = anchor(b, g);
    for (int i = 0; i < count; i++) {
      b.addRelation(node, RelationType.REQUIRES, fresh(g, "vendor.kit-missing-" + i), "points nowhere, " + i);
    }
    return b.build();
  }

  /** The graph with a node whose summary is one paragraph of {@code length} characters. */
  static TopicGraph withLongText(TopicGraph g, int length) {
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(text.length() == 0 ? "long" : " long");
    }
    return g.toBuilder().addNode(GenericNode.builder().id(fresh(g, "concept.kit-long-text")).title("long text")
        .summary(text.toString()).build()).build();
  }
}
