package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GraphValidationException;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Shrinks a graph while keeping it valid: every candidate is a graph that builds and in which no
 * reference leads nowhere that did not before, so a shrunk counterexample is a graph a format or
 * scorer really has to handle, not an artefact of shrinking.
 *
 * <p>Candidates, most aggressive first: drop all feedback, then halves, then each topic's feedback
 * merged into one event (the newest event, with the highest interest and an opt-in if any event
 * opted in), then single events; the same removals for topics (with their feedback), relations and
 * nodes (with the relations and {@code drawsFrom} entries that point at them); then the shortest
 * valid ids ({@code vendor.a}, {@code topic.a}, feedback {@code a}, reviewer {@code a}), renamed
 * everywhere they are referenced; then simpler records, found through each record's description in
 * {@link dev.topicgraph.api.record.RecordType} (so that a field added there is shrunk too): every
 * optional field left out, then each one, each list without one element, text cut to one letter or
 * to its first half, numbers to 0 or 1, booleans to {@code false}, dates and instants to the epoch,
 * a status to {@code proposed}; and last, an event moved to the first topic, so that the topic it was
 * on can go.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GraphShrinker implements Shrinker<TopicGraph> {
  private static final GraphShrinker INSTANCE = new GraphShrinker();

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
        () -> bulkRemovals(g.feedback(), kept -> with(g.nodes(), g.relations(), g.topics(), kept)),
        () -> mergedFeedback(g),
        () -> singleRemovals(g.feedback(), kept -> with(g.nodes(), g.relations(), g.topics(), kept)),
        () -> removals(g.topics(), kept -> withTopics(g, kept)),
        () -> removals(g.relations(), kept -> with(g.nodes(), kept, g.topics(), g.feedback())),
        () -> removals(g.nodes(), kept -> withNodes(g, kept)),
        () -> ShortIds.renamings(g),
        () -> simplifications(g.nodes(), n -> RecordShrinking.simpler(RecordType.NODE, n),
            nodes -> with(nodes, g.relations(), g.topics(), g.feedback())),
        () -> simplifications(g.relations(), r -> RecordShrinking.simpler(RecordType.RELATION, r),
            rels -> with(g.nodes(), rels, g.topics(), g.feedback())),
        () -> simplifications(g.topics(), t -> RecordShrinking.simpler(RecordType.TOPIC, t),
            topics -> with(g.nodes(), g.relations(), topics, g.feedback())),
        () -> simplifications(g.feedback(), f -> RecordShrinking.simpler(RecordType.FEEDBACK, f),
            fb -> with(g.nodes(), g.relations(), g.topics(), fb)),
        () -> g.topics().isEmpty() ? Stream.empty() : simplifications(g.feedback(),
            f -> Stream.of(() -> f.toBuilder().topic(g.topics().get(0).id()).build()),
            fb -> with(g.nodes(), g.relations(), g.topics(), fb)));
    return steps.stream().flatMap(Supplier::get).filter(c -> c != null && !c.equals(g));
  }

  /** All removed, then each half removed, then each single element removed. */
  private static <T> Stream<TopicGraph> removals(List<T> items, Function<List<T>, TopicGraph> rebuild) {
    return Stream.concat(bulkRemovals(items, rebuild), singleRemovals(items, rebuild));
  }

  /** All removed, then each half removed. */
  private static <T> Stream<TopicGraph> bulkRemovals(List<T> items, Function<List<T>, TopicGraph> rebuild) {
    int n = items.size();
    if (n == 0) {
      return Stream.empty();
    }
    Stream<Supplier<List<T>>> lists = Stream.of(() -> List.of());
    if (n > 2) {
      lists = Stream.concat(lists, Stream.of(() -> items.subList(n / 2, n), () -> items.subList(0, n / 2)));
    }
    return lists.map(s -> rebuild.apply(s.get()));
  }

  /** Each single element removed, when there is more than one. */
  private static <T> Stream<TopicGraph> singleRemovals(List<T> items, Function<List<T>, TopicGraph> rebuild) {
    int n = items.size();
    return n < 2 ? Stream.empty() : IntStream.range(0, n).mapToObj(i -> rebuild.apply(without(items, i)));
  }

  private static <T> List<T> without(List<T> items, int index) {
    List<T> out = new ArrayList<>(items);
    out.remove(index);
    return out;
  }

  /** For each topic with more than one event, its events merged into one that carries their strongest signal. */
  private static Stream<TopicGraph> mergedFeedback(TopicGraph g) {
    return g.topics().stream().map(Topic::id).filter(t -> g.feedbackOn(t).size() > 1).map(t -> {
      List<Feedback> events = g.feedbackOn(t);
      Feedback newest = events.get(events.size() - 1);
      Feedback merged = newest.toBuilder()
          .interest(events.stream().mapToInt(Feedback::interest).max().orElseThrow())
          .optIn(events.stream().anyMatch(Feedback::optIn))
          .comment(Optional.empty())
          .build();
      List<Feedback> kept = g.feedback().stream().filter(f -> !f.topic().equals(t)).collect(Collectors.toList());
      kept.add(merged);
      return with(g.nodes(), g.relations(), g.topics(), kept);
    });
  }

  /** For each element in turn, each simpler variant of it in place. */
  private static <T> Stream<TopicGraph> simplifications(
      List<T> items, Function<T, Stream<Supplier<T>>> simpler, Function<List<T>, TopicGraph> rebuild) {
    return IntStream.range(0, items.size()).boxed().flatMap(i -> simpler.apply(items.get(i))
        .map(GraphShrinker::orNull)
        .filter(s -> s != null && !s.equals(items.get(i)))
        .map(s -> {
          List<T> copy = new ArrayList<>(items);
          copy.set(i, s);
          return rebuild.apply(copy);
        }));
  }

  /** The value, or null when the model refuses it (a shortened text that breaks a rule). */
  private static <T> T orNull(Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException refused) {
      return null;
    }
  }

  private static TopicGraph withTopics(TopicGraph g, List<Topic> topics) {
    Set<NodeId> ids = topics.stream().map(Topic::id).collect(Collectors.toSet());
    List<Feedback> feedback = g.feedback().stream().filter(f -> ids.contains(f.topic())).collect(Collectors.toList());
    return with(g.nodes(), g.relations(), topics, feedback);
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
    return with(nodes, relations, topics, g.feedback());
  }

  /** The graph of this content, or null when it does not build (a reset that made two relations one). */
  static TopicGraph with(List<Node> nodes, List<Relation> relations, List<Topic> topics, List<Feedback> feedback) {
    try {
      return TopicGraph.builder().addNodes(nodes).addRelations(relations).addTopics(topics).addFeedback(feedback)
          .build();
    } catch (GraphValidationException invalid) {
      return null;
    }
  }
}
