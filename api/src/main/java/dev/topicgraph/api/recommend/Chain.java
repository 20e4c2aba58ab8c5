package dev.topicgraph.api.recommend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import java.util.List;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One way from a matched org dimension to a recommended node: the relations walked, the nodes passed
 * and the confidence each of them states, and the weight that follows.
 *
 * <p>{@link #nodes()} starts at the {@linkplain #dimension() dimension} and ends at the recommended
 * node; relation {@code i} joins node {@code i} and node {@code i + 1}. A relation is walked from its
 * source to its target, except a {@code contrasts-with} or {@code alternative-to} relation, which
 * reads the same both ways and may be walked from its target: then {@code relations().get(i).to()}
 * is {@code nodes().get(i)}.
 *
 * <p>Immutable and thread-safe; equality by content.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Chain {
  private final double strength;
  private final List<Relation> relations;
  private final List<NodeId> nodes;
  private final List<OptionalDouble> confidences;
  private final Explanation explanation;

  Chain(double strength, List<Relation> relations, List<NodeId> nodes, List<OptionalDouble> confidences,
      Explanation explanation) {
    this.strength = strength;
    this.relations = List.copyOf(relations);
    this.nodes = List.copyOf(nodes);
    this.confidences = List.copyOf(confidences);
    this.explanation = explanation;
  }

  /**
   * Returns the matched org dimension the chain starts from.
   *
   * @return the first of {@link #nodes()}
   */
  public NodeId dimension() {
    return nodes.get(0);
  }

  /**
   * Returns the strength of the dimension in the profile.
   *
   * @return above 0, at most 1
   */
  public double strength() {
    return strength;
  }

  /**
   * Returns the relations walked, in order, each with its rationale.
   *
   * @return one relation or more
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * Returns the nodes passed, from the dimension to the recommended node.
   *
   * @return one more than {@link #relations()}
   */
  public List<NodeId> nodes() {
    return nodes;
  }

  /**
   * Returns the confidence that each of {@link #nodes()} states, in the same order.
   *
   * @return one entry per node; empty where the node states none, and then the {@link #weight()} used
   *     {@link RecommenderConfig#unknownConfidence()} for it
   */
  public List<OptionalDouble> confidences() {
    return confidences;
  }

  /**
   * Returns the weight of the chain: the product of the dimension's strength, the confidence of
   * every node and {@link RecommenderConfig#alternativeWeight()} for each alternative step.
   *
   * @return 0 to 1, the value of {@link #explanation()}
   */
  public double weight() {
    return explanation.value();
  }

  /**
   * Returns how the weight was computed.
   *
   * @return a product of inputs
   */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Chain)) {
      return false;
    }
    Chain c = (Chain) o;
    return Double.compare(strength, c.strength) == 0 && relations.equals(c.relations) && nodes.equals(c.nodes)
        && confidences.equals(c.confidences) && explanation.equals(c.explanation);
  }

  @Override
  public int hashCode() {
    return nodes.hashCode() * 31 + relations.hashCode();
  }

  /**
   * Returns the chain as text, such as {@code org-dim.a enables vendor.b alternative-to vendor.c}.
   *
   * @return the nodes joined by the types of the relations
   */
  @Override
  public String toString() {
    return describe(nodes, relations);
  }

  static String describe(List<NodeId> nodes, List<Relation> relations) {
    StringBuilder sb = new StringBuilder(nodes.get(0).value());
    for (int i = 0; i < relations.size(); i++) {
      sb.append(' ').append(relations.get(i).type()).append(' ').append(nodes.get(i + 1));
    }
    return sb.toString();
  }
}
