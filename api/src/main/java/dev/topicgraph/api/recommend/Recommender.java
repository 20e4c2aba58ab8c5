package dev.topicgraph.api.recommend;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.recommend.Recommendation.Role;
import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.TopicGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Answers what to recommend to a reader whose organisation matches a {@link Profile}: what the
 * matched org dimensions enable, what they counter-indicate, the alternatives, and the backlog's
 * topics to put to the reader.
 *
 * <p>The relations it follows, from each matched dimension:
 *
 * <ul>
 *   <li>{@code enables}: the target is a {@linkplain Role#PRIMARY primary} recommendation;
 *   <li>{@code counter-indicates}: the target is a {@linkplain Role#CAUTION caution};
 *   <li>{@code contrasts-with} and {@code alternative-to}, in either direction, from a matched dimension
 *       or from a primary recommendation: the other end is an {@linkplain Role#ALTERNATIVE alternative},
 *       unless it is matched, a primary recommendation or a caution itself.
 * </ul>
 *
 * <p>A chain weighs the dimension's strength times the confidence of every node on it (or {@link
 * RecommenderConfig#unknownConfidence()} where a node states none), times {@link
 * RecommenderConfig#alternativeWeight()} per alternative step. A recommendation's score is {@code 1 −
 * Π(1 − wᵢ)} over its chains ({@link Explanation#any}). Relations of other types are ignored and
 * {@linkplain Recommendations#ignoredRelations() counted}; relations of these types that lead nowhere
 * it can go are {@linkplain Recommendations#skippedRelations() listed}.
 *
 * <p>Stateless and thread-safe. It reads no clock: the same graph, profile and instant give the same
 * result, bit for bit.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Recommender {
  private static final Recommender DEFAULTS = new Recommender(RecommenderConfig.defaults(),
      PriorityScorer.withDefaults());

  private static final Comparator<Chain> CHAIN_ORDER = (a, b) -> {
    int c = compareLists(a.nodes(), b.nodes(), Comparator.naturalOrder());
    return c != 0 ? c : compareLists(a.relations(), b.relations(), Relation.CANONICAL_ORDER);
  };

  private final RecommenderConfig config;
  private final PriorityScorer scorer;

  private Recommender(RecommenderConfig config, PriorityScorer scorer) {
    this.config = config;
    this.scorer = scorer;
  }

  /**
   * Returns a recommender with the default configuration, ranking topics with {@link
   * PriorityScorer#withDefaults()}.
   *
   * @return the recommender
   */
  public static Recommender withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a recommender.
   *
   * @param config how chains are weighed
   * @param scorer how the topics to review are ranked
   * @return the recommender
   */
  public static Recommender create(RecommenderConfig config, PriorityScorer scorer) {
    return new Recommender(requireNonNull(config, "config"), requireNonNull(scorer, "scorer"));
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public RecommenderConfig config() {
    return config;
  }

  /**
   * Recommends nodes of the graph for a profile and lists the topics to put to the reader, ranked as
   * of the given instant.
   *
   * @param graph the graph
   * @param profile the matched org dimensions
   * @param asOf the instant to rank the backlog at
   * @return the recommendations; empty when no dimension of the profile has a strength above 0
   * @throws IllegalArgumentException naming the id, if the profile names a dimension that is not a
   *     node of the graph
   */
  public Recommendations recommend(TopicGraph graph, Profile profile, Instant asOf) {
    requireNonNull(graph, "graph");
    requireNonNull(profile, "profile");
    requireNonNull(asOf, "asOf");
    List<NodeId> matched = new ArrayList<>();
    for (Map.Entry<NodeId, Double> e : profile.strengths().entrySet()) {
      if (!graph.containsNode(e.getKey())) {
        throw new IllegalArgumentException(e.getKey() + " is in the profile but not a node of the graph");
      }
      if (e.getValue() > 0) {
        matched.add(e.getKey());
      }
    }
    Walk walk = new Walk(graph, profile);
    for (NodeId d : matched) {
      walk.fromDimension(d);
    }
    for (NodeId d : matched) {
      walk.alternatives(walk.start(d));
    }
    List<Chain> primaryChains = new ArrayList<>();
    walk.chains.forEach((key, chains) -> {
      if (key.role == Role.PRIMARY) {
        primaryChains.addAll(chains);
      }
    });
    for (Chain c : primaryChains) {
      walk.alternatives(c);
    }
    return walk.result(asOf, matched);
  }

  /** The state of one call of {@link #recommend}. */
  private final class Walk {
    final TopicGraph graph;
    final Profile profile;
    final Map<Target, List<Chain>> chains = new TreeMap<>();
    final SortedMap<RelationType, Integer> ignored = new TreeMap<>();
    final List<Relation> skipped = new ArrayList<>();

    Walk(TopicGraph graph, Profile profile) {
      this.graph = graph;
      this.profile = profile;
    }

    void fromDimension(NodeId d) {
      Chain start = start(d);
      for (Relation r : graph.relationsFrom(d)) {
        RelationType type = r.type();
        Optional<Node> target = graph.node(r.to());
        boolean enables = type.equals(RelationType.ENABLES);
        if (enables || type.equals(RelationType.COUNTER_INDICATES) || isAlternativeType(type)) {
          if (target.isEmpty() || !isAlternativeType(type) && target.get().kind() == NodeKind.ORG_DIMENSION) {
            skipped.add(r);
          } else if (!isAlternativeType(type)) {
            add(enables ? Role.PRIMARY : Role.CAUTION, extend(start, r, target.get(), false));
          }
        } else {
          ignored.merge(type, 1, Integer::sum);
        }
      }
    }

    /** Adds the alternatives one step from the end of a chain. */
    void alternatives(Chain from) {
      NodeId end = from.nodes().get(from.nodes().size() - 1);
      List<Relation> touching = new ArrayList<>(graph.relationsFrom(end));
      touching.addAll(graph.referencedBy(end));
      for (Relation r : touching) {
        if (!isAlternativeType(r.type())) {
          continue;
        }
        NodeId other = r.from().equals(end) ? r.to() : r.from();
        Optional<Node> node = graph.node(other);
        if (node.isEmpty() || profile.isMatched(other) || from.nodes().contains(other)
            || chains.containsKey(new Target(other, Role.PRIMARY)) || chains.containsKey(new Target(other, Role.CAUTION))) {
          continue;
        }
        add(Role.ALTERNATIVE, extend(from, r, node.get(), true));
      }
    }

    Chain start(NodeId d) {
      Node node = graph.node(d).orElseThrow();
      Explanation strength = Explanation.input(profile.strength(d), "strength of " + d + " in the profile");
      return new Chain(profile.strength(d), List.of(), List.of(d), List.of(node.confidence()),
          Explanation.product(d.value(), List.of(strength, confidence(node))));
    }

    Chain extend(Chain chain, Relation r, Node to, boolean alternative) {
      List<Relation> relations = new ArrayList<>(chain.relations());
      relations.add(r);
      List<NodeId> nodes = new ArrayList<>(chain.nodes());
      nodes.add(to.id());
      List<OptionalDouble> confidences = new ArrayList<>(chain.confidences());
      confidences.add(to.confidence());
      List<Explanation> factors = new ArrayList<>(chain.explanation().children());
      if (alternative) {
        factors.add(Explanation.input(config.alternativeWeight(), "weight of the step " + r.type()));
      }
      factors.add(confidence(to));
      return new Chain(chain.strength(), relations, nodes, confidences,
          Explanation.product(Chain.describe(nodes, relations), factors));
    }

    Explanation confidence(Node node) {
      OptionalDouble stated = node.confidence();
      return stated.isPresent()
          ? Explanation.input(stated.getAsDouble(), "confidence of " + node.id())
          : Explanation.input(config.unknownConfidence(), "confidence of " + node.id() + " (not stated; assumed)");
    }

    void add(Role role, Chain chain) {
      chains.computeIfAbsent(new Target(chain.nodes().get(chain.nodes().size() - 1), role), k -> new ArrayList<>())
          .add(chain);
    }

    Recommendations result(Instant asOf, List<NodeId> matched) {
      List<Recommendation> all = new ArrayList<>();
      Map<NodeId, Map<Role, List<NodeId>>> dimensionsByRole = new TreeMap<>();
      Set<NodeId> relevant = new HashSet<>(matched);
      chains.forEach((target, list) -> {
        list.sort(CHAIN_ORDER);
        List<Explanation> reasons = new ArrayList<>();
        Set<NodeId> dimensions = new TreeSet<>();
        for (Chain c : list) {
          reasons.add(c.explanation());
          dimensions.add(c.dimension());
        }
        String description = String.format(Locale.ROOT, "%s %s: any of %d chain%s", target.role.label(), target.node,
            list.size(), list.size() == 1 ? "" : "s");
        all.add(new Recommendation(graph.node(target.node).orElseThrow(), target.role, list,
            Explanation.any(description, reasons)));
        dimensionsByRole.computeIfAbsent(target.node, k -> new EnumMap<>(Role.class))
            .put(target.role, List.copyOf(dimensions));
        relevant.add(target.node);
      });
      all.sort(Recommendation.ORDER);
      List<Conflict> conflicts = new ArrayList<>();
      dimensionsByRole.forEach((node, byRole) -> {
        if (byRole.containsKey(Role.PRIMARY) && byRole.containsKey(Role.CAUTION)) {
          conflicts.add(new Conflict(node, byRole.get(Role.PRIMARY), byRole.get(Role.CAUTION)));
        }
      });
      List<RankedTopic> topics = new ArrayList<>();
      if (!matched.isEmpty()) {
        for (RankedTopic t : scorer.rank(graph, asOf)) {
          if (t.topic().drawsFrom().stream().anyMatch(relevant::contains)) {
            topics.add(t);
          }
        }
      }
      return new Recommendations(profile, asOf, all, conflicts, topics, ignored, skipped);
    }
  }

  private static boolean isAlternativeType(RelationType type) {
    return type.equals(RelationType.CONTRASTS_WITH) || type.equals(RelationType.ALTERNATIVE_TO);
  }

  private static <T> int compareLists(List<T> a, List<T> b, Comparator<? super T> order) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = order.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** A node in a role: the key recommendations are collected under. */
  private static final class Target implements Comparable<Target> {
    final NodeId node;
    final Role role;

    Target(NodeId node, Role role) {
      this.node = node;
      this.role = role;
    }

    @Override
    public int compareTo(Target o) {
      int c = node.compareTo(o.node);
      return c != 0 ? c : role.compareTo(o.role);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Target && ((Target) o).node.equals(node) && ((Target) o).role == role;
    }

    @Override
    public int hashCode() {
      return node.hashCode() * 31 + role.hashCode();
    }
  }
}
