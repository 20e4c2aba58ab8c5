package dev.topicgraph.testkit;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GraphCheck;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Makes invalid graph content: a valid graph with exactly one defect of a chosen kind, such that
 * validation reports exactly one diagnostic, with that kind's {@link GraphCheck#code() code}.
 *
 * <p>Because a {@link TopicGraph} with errors cannot be built, a defect is returned as a {@link
 * TopicGraph.Builder} holding the content; call {@code validate(...)} or {@code build()} on it.
 * Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Defects {
  private Defects() {}

  /**
   * Returns a generator of builders, each holding a generated valid graph plus one defect of the
   * given kind.
   *
   * @param defect the kind of defect
   * @return the generator
   */
  public static Gen<TopicGraph.Builder> withDefect(GraphCheck defect) {
    requireNonNull(defect, "defect");
    return (random, size) -> inject(Generators.graphs().generate(random, size), defect, random);
  }

  /**
   * Adds one defect of the given kind to a valid graph, adding whatever content the defect needs
   * (a node to duplicate, a topic to give feedback on) if the graph lacks it.
   *
   * @param graph a graph in which every reference resolves
   * @param defect the kind of defect
   * @param random where choices are drawn from
   * @return a builder with the graph's content and the defect
   */
  public static TopicGraph.Builder inject(TopicGraph graph, GraphCheck defect, RandomGenerator random) {
    requireNonNull(graph, "graph");
    requireNonNull(defect, "defect");
    requireNonNull(random, "random");
    TopicGraph.Builder b = graph.toBuilder();
    switch (defect) {
      case DUPLICATE_NODE_ID: {
        Node original = pick(graph.nodes(), random);
        if (original == null) {
          original = Generators.node(freshNode(graph, NodeKind.PATTERN, 0)).generate(random, 5);
          b.addNode(original);
        }
        b.addNode(Generators.node(original.id()).filter(n -> !n.equals(graph.node(n.id()).orElse(null)))
            .generate(random, 5));
        return b;
      }
      case DUPLICATE_TOPIC_ID: {
        Topic original = pick(graph.topics(), random);
        if (original == null) {
          original = Topic.builder().id(freshTopic(graph, 0)).title("first").proposed(LocalDate.of(2026, 1, 1)).build();
          b.addTopic(original);
        }
        b.addTopic(original.toBuilder().title(original.title() + " again").build());
        return b;
      }
      case DUPLICATE_FEEDBACK_ID: {
        Feedback original = pick(graph.feedback(), random);
        if (original == null) {
          NodeId topic = topicToUse(graph, b);
          original = Generators.feedback(List.of(topic), 3).generate(random, 5);
          b.addFeedback(original);
        }
        b.addFeedback(original.toBuilder().interest(original.interest() % 5 + 1).build());
        return b;
      }
      case DUPLICATE_RELATION: {
        Relation original = pick(graph.relations(), random);
        if (original == null) {
          NodeId from = freshNode(graph, NodeKind.VENDOR, 0);
          NodeId to = freshNode(graph, NodeKind.VENDOR, 1);
          b.addNode(Generators.node(from).generate(random, 3)).addNode(Generators.node(to).generate(random, 3));
          original = Relation.of(from, RelationType.ENABLES, to, "first rationale");
          b.addRelation(original);
        }
        b.addRelation(original.withRationale(original.rationale() + " (again)"));
        return b;
      }
      case DANGLING_RELATION: {
        Node from = pick(graph.nodes(), random);
        NodeId fromId = from != null ? from.id() : freshNode(graph, NodeKind.PATTERN, 0);
        if (from == null) {
          b.addNode(Generators.node(fromId).generate(random, 3));
        }
        b.addRelation(fromId, RelationType.REQUIRES, freshNode(graph, NodeKind.VENDOR, 7), "points nowhere");
        return b;
      }
      case DANGLING_DRAWS_FROM:
        b.addTopic(Topic.builder()
            .id(freshTopic(graph, 0))
            .title("draws from a missing node")
            .addDrawsFrom(freshNode(graph, NodeKind.ORG_DIMENSION, 3))
            .proposed(LocalDate.of(2026, 1, 1))
            .build());
        return b;
      case UNKNOWN_FEEDBACK_TOPIC:
        b.addFeedback(Feedback.builder()
            .id(freshFeedbackId(graph))
            .topic(freshTopic(graph, 5))
            .reviewer("r-orphan")
            .interest(3)
            .at(java.time.Instant.parse("2026-01-01T00:00:00Z"))
            .build());
        return b;
      default:
        throw new IllegalArgumentException("no generator for defect " + defect);
    }
  }

  private static NodeId topicToUse(TopicGraph graph, TopicGraph.Builder b) {
    if (!graph.topics().isEmpty()) {
      return graph.topics().get(0).id();
    }
    NodeId id = freshTopic(graph, 1);
    b.addTopic(Topic.builder().id(id).title("a topic").proposed(LocalDate.of(2026, 1, 1)).build());
    return id;
  }

  private static <T> T pick(List<T> items, RandomGenerator random) {
    return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
  }

  private static NodeId freshNode(TopicGraph graph, NodeKind kind, int salt) {
    for (int i = salt; ; i++) {
      NodeId id = NodeId.of(kind == NodeKind.OTHER ? "concept" : kind.segment(), "missing-" + i);
      if (!graph.containsNode(id)) {
        return id;
      }
    }
  }

  private static NodeId freshTopic(TopicGraph graph, int salt) {
    for (int i = salt; ; i++) {
      NodeId id = NodeId.of("topic", "missing-" + i);
      if (graph.topic(id).isEmpty()) {
        return id;
      }
    }
  }

  private static String freshFeedbackId(TopicGraph graph) {
    for (int i = 0; ; i++) {
      String id = "orphan-" + i;
      if (graph.feedback(id).isEmpty()) {
        return id;
      }
    }
  }
}
