package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Shrinks a graph while keeping it valid: every candidate is a graph that builds and in which every
 * reference still resolves, so a shrunk counterexample is a graph a format or scorer really has to
 * handle, not an artefact of shrinking.
 *
 * <p>Candidates, most aggressive first: drop all feedback, then halves, then single events; the same
 * for topics (with their feedback), relations and nodes (with the relations and {@code drawsFrom}
 * entries that point at them); then simplify what is left: a node down to its id and a one-letter
 * title, then one field at a time (sections, sources, tags, custom values, summary, optional fields);
 * the same for topics, feedback and relation rationales.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GraphShrinker implements Shrinker<TopicGraph> {
  private static final GraphShrinker INSTANCE = new GraphShrinker();
  private static final String SHORT = "a";

  private GraphShrinker() {}

  /**
   * Returns the shrinker.
   *
   * @return the shared instance
   */
  public static GraphShrinker create() {
    return INSTANCE;
  }

  @Override
  public Stream<TopicGraph> candidates(TopicGraph g) {
    List<Supplier<Stream<TopicGraph>>> steps = List.of(
        () -> removals(g.feedback(), kept -> with(g, g.nodes(), g.relations(), g.topics(), kept)),
        () -> removals(g.topics(), kept -> withTopics(g, kept)),
        () -> removals(g.relations(), kept -> with(g, g.nodes(), kept, g.topics(), g.feedback())),
        () -> removals(g.nodes(), kept -> withNodes(g, kept)),
        () -> simplifications(g.nodes(), GraphShrinker::simplerNodes,
            nodes -> with(g, nodes, g.relations(), g.topics(), g.feedback())),
        () -> simplifications(g.relations(), GraphShrinker::simplerRelations,
            rels -> with(g, g.nodes(), rels, g.topics(), g.feedback())),
        () -> simplifications(g.topics(), GraphShrinker::simplerTopics,
            topics -> with(g, g.nodes(), g.relations(), topics, g.feedback())),
        () -> simplifications(g.feedback(), GraphShrinker::simplerFeedback,
            fb -> with(g, g.nodes(), g.relations(), g.topics(), fb)));
    return steps.stream().flatMap(Supplier::get).filter(c -> !c.equals(g));
  }

  /** All removed, then each half removed, then each single element removed. */
  private static <T> Stream<TopicGraph> removals(List<T> items, Function<List<T>, TopicGraph> rebuild) {
    int n = items.size();
    if (n == 0) {
      return Stream.empty();
    }
    Stream<Supplier<List<T>>> lists = Stream.of(() -> List.of());
    if (n > 2) {
      lists = Stream.concat(lists, Stream.of(() -> items.subList(n / 2, n), () -> items.subList(0, n / 2)));
    }
    if (n > 1) {
      lists = Stream.concat(lists, IntStream.range(0, n).mapToObj(i -> () -> without(items, i)));
    }
    return lists.map(s -> rebuild.apply(s.get()));
  }

  private static <T> List<T> without(List<T> items, int index) {
    List<T> out = new ArrayList<>(items);
    out.remove(index);
    return out;
  }

  /** For each element in turn, each simpler variant of it in place. */
  private static <T> Stream<TopicGraph> simplifications(
      List<T> items, Function<T, Stream<T>> simpler, Function<List<T>, TopicGraph> rebuild) {
    return IntStream.range(0, items.size()).boxed().flatMap(i -> simpler.apply(items.get(i))
        .filter(s -> !s.equals(items.get(i)))
        .map(s -> {
          List<T> copy = new ArrayList<>(items);
          copy.set(i, s);
          return rebuild.apply(copy);
        }));
  }

  private static TopicGraph withTopics(TopicGraph g, List<Topic> topics) {
    Set<NodeId> ids = topics.stream().map(Topic::id).collect(Collectors.toSet());
    List<Feedback> feedback = g.feedback().stream().filter(f -> ids.contains(f.topic())).collect(Collectors.toList());
    return with(g, g.nodes(), g.relations(), topics, feedback);
  }

  private static TopicGraph withNodes(TopicGraph g, List<Node> nodes) {
    Set<NodeId> ids = nodes.stream().map(Node::id).collect(Collectors.toSet());
    List<Relation> relations = g.relations().stream()
        .filter(r -> ids.contains(r.from()) && ids.contains(r.to()))
        .collect(Collectors.toList());
    List<Topic> topics = g.topics().stream()
        .map(t -> t.drawsFrom().stream().allMatch(ids::contains) ? t
            : t.toBuilder().drawsFrom(t.drawsFrom().stream().filter(ids::contains).collect(Collectors.toList())).build())
        .collect(Collectors.toList());
    return with(g, nodes, relations, topics, g.feedback());
  }

  private static TopicGraph with(TopicGraph g, List<Node> nodes, List<Relation> relations, List<Topic> topics,
      List<Feedback> feedback) {
    return TopicGraph.builder()
        .addNodes(nodes)
        .addRelations(relations)
        .addTopics(topics)
        .addFeedback(feedback)
        .build();
  }

  private static Stream<Node> simplerNodes(Node n) {
    List<Supplier<Node>> out = List.of(
        () -> rebuild(n, GenericNode.builder().id(PLACEHOLDER).title(SHORT).build(), false),
        () -> rebuild(n, copy(n).sections(List.of()).build(), true),
        () -> rebuild(n, copy(n).sources(List.of()).build(), true),
        () -> rebuild(n, copy(n).tags(List.of()).build(), true),
        () -> rebuild(n, copy(n).extra(Map.of()).build(), true),
        () -> rebuild(n, copy(n).summary("").build(), true),
        () -> rebuild(n, copy(n).title(SHORT).build(), true),
        () -> rebuild(n, copy(n).confidence(OptionalDouble.empty()).version(OptionalInt.empty())
            .reviewed(Optional.empty()).build(), true),
        () -> rebuild(n, copy(n).build(), false));
    return out.stream().map(Supplier::get);
  }

  private static final NodeId PLACEHOLDER = NodeId.of("shrunk.node");

  /** A generic node carrying all of {@code n}'s shared fields, with a placeholder id. */
  private static GenericNode.Builder copy(Node n) {
    return GenericNode.builder().from(n).id(PLACEHOLDER);
  }

  /** Gives {@code fields} (a generic node) the type and id of {@code original}. */
  private static Node rebuild(Node original, Node fields, boolean keepCategory) {
    Optional<String> category = keepCategory && original instanceof Vendor
        ? ((Vendor) original).category() : Optional.empty();
    return Node.of(original.id(), fields, category);
  }

  private static Stream<Relation> simplerRelations(Relation r) {
    return Stream.of(r.withRationale(SHORT));
  }

  private static Stream<Topic> simplerTopics(Topic t) {
    List<Supplier<Topic>> out = List.of(
        () -> Topic.builder().id(t.id()).title(SHORT).proposed(t.proposed()).build(),
        () -> t.toBuilder().drawsFrom(List.of()).build(),
        () -> t.toBuilder().tradeoffs(List.of()).openQuestions(List.of()).channels(List.of()).build(),
        () -> t.toBuilder().angle("").audience(Optional.empty()).keyDecision(Optional.empty())
            .lens(Optional.empty()).build(),
        () -> t.toBuilder().extra(Map.of()).build(),
        () -> t.toBuilder().title(SHORT).build());
    return out.stream().map(Supplier::get);
  }

  private static Stream<Feedback> simplerFeedback(Feedback f) {
    return Stream.of(
        f.toBuilder().comment(Optional.empty()).optIn(false).build(),
        f.toBuilder().comment(Optional.empty()).build());
  }
}
