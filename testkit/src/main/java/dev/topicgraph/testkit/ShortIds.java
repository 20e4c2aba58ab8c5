package dev.topicgraph.testkit;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renames a graph's ids to the shortest valid ones, for {@link GraphShrinker}: nodes become {@code
 * vendor.a}, {@code vendor.b}, ... (a kind the library does not know becomes {@code x}), topics {@code
 * topic.a}, feedback ids and reviewers {@code a}, {@code b}, ... Every reference to a renamed id is
 * renamed with it; a reference that led nowhere keeps its id, and no new name takes it, so it still
 * leads nowhere.
 */
final class ShortIds {
  private ShortIds() {}

  /** One candidate per kind of name (node ids, topic ids, feedback ids, reviewers), each renamed everywhere. */
  static Stream<TopicGraph> renamings(TopicGraph g) {
    List<Supplier<TopicGraph>> out = List.of(() -> renameNodes(g), () -> renameTopics(g),
        () -> renameFeedback(g, Feedback::id, (f, id) -> f.toBuilder().id(id).build()),
        () -> renameFeedback(g, Feedback::reviewer, (f, r) -> f.toBuilder().reviewer(r).build()));
    return out.stream().map(Supplier::get);
  }

  /** The n-th short name: {@code a} to {@code z}, then {@code a26}, {@code a27}, ... */
  static String name(int n) {
    return n < 26 ? String.valueOf((char) ('a' + n)) : "a" + n;
  }

  private static TopicGraph renameNodes(TopicGraph g) {
    Set<NodeId> taken = new HashSet<>();
    g.relations().forEach(r -> {
      taken.add(r.from());
      taken.add(r.to());
    });
    g.topics().forEach(t -> taken.addAll(t.drawsFrom()));
    g.nodes().forEach(n -> taken.remove(n.id()));
    Map<NodeId, NodeId> renamed = new HashMap<>();
    for (Node n : g.nodes()) {
      String kind = n.kind() == NodeKind.OTHER ? "x" : n.kind().segment();
      renamed.put(n.id(), fresh(kind, taken));
    }
    Function<NodeId, NodeId> map = id -> renamed.getOrDefault(id, id);
    List<Node> nodes = g.nodes().stream().map(n -> Node.of(map.apply(n.id()), n, category(n)))
        .collect(Collectors.toList());
    List<Relation> relations = g.relations().stream()
        .map(r -> Relation.of(map.apply(r.from()), r.type(), map.apply(r.to()), r.rationale()))
        .collect(Collectors.toList());
    List<Topic> topics = g.topics().stream()
        .map(t -> t.toBuilder().drawsFrom(t.drawsFrom().stream().map(map).collect(Collectors.toList())).build())
        .collect(Collectors.toList());
    return GraphShrinker.with(nodes, relations, topics, g.feedback());
  }

  private static Optional<String> category(Node n) {
    return n instanceof Vendor ? ((Vendor) n).category()
        : Optional.empty();
  }

  private static TopicGraph renameTopics(TopicGraph g) {
    Set<NodeId> taken = g.feedback().stream().map(Feedback::topic).collect(Collectors.toCollection(HashSet::new));
    g.topics().forEach(t -> taken.remove(t.id()));
    Map<NodeId, NodeId> renamed = new HashMap<>();
    for (Topic t : g.topics()) {
      renamed.put(t.id(), fresh("topic", taken));
    }
    List<Topic> topics = g.topics().stream().map(t -> t.toBuilder().id(renamed.get(t.id())).build())
        .collect(Collectors.toList());
    List<Feedback> feedback = g.feedback().stream()
        .map(f -> f.toBuilder().topic(renamed.getOrDefault(f.topic(), f.topic())).build())
        .collect(Collectors.toList());
    return GraphShrinker.with(g.nodes(), g.relations(), topics, feedback);
  }

  private static TopicGraph renameFeedback(TopicGraph g, Function<Feedback, String> name,
      BiFunction<Feedback, String, Feedback> rename) {
    Map<String, String> renamed = new HashMap<>();
    for (Feedback f : g.feedback()) {
      renamed.computeIfAbsent(name.apply(f), k -> name(renamed.size()));
    }
    List<Feedback> feedback = g.feedback().stream().map(f -> rename.apply(f, renamed.get(name.apply(f))))
        .collect(Collectors.toList());
    return GraphShrinker.with(g.nodes(), g.relations(), g.topics(), feedback);
  }

  /** The first id {@code kind.<short name>} not taken, which it then takes. */
  private static NodeId fresh(String kind, Set<NodeId> taken) {
    for (int i = 0; ; i++) {
      NodeId id = NodeId.of(kind + "." + name(i));
      if (taken.add(id)) {
        return id;
      }
    }
  }
}
