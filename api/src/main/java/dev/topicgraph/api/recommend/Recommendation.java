package dev.topicgraph.api.recommend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.model.Node;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A node recommended in one {@linkplain Role role}, with its score, the chains that led to it and
 * how the score follows from them.
 *
 * <p>The score is the value of the {@linkplain #explanation() explanation}'s root, {@code 1 − Π(1 −
 * wᵢ)} over the weights of the chains: each chain is an independent reason, and another chain never
 * lowers the score.
 *
 * <p>Immutable and thread-safe; equality by content.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Recommendation {

  /** What a recommendation is for the reader. */
  public enum Role {
    /** A matched dimension {@code enables} the node: recommend it. */
    PRIMARY,
    /** A matched dimension {@code counter-indicates} the node: caution against it. */
    CAUTION,
    /**
     * The node {@code contrasts-with} or is an {@code alternative-to} a matched dimension or a primary
     * recommendation: worth a look, but not the first choice.
     */
    ALTERNATIVE;

    /**
     * Returns the name of the role in lower case, as in JSON output.
     *
     * @return {@code primary}, {@code caution} or {@code alternative}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The order of {@link Recommendations#all()}: by role, then higher score first, then by node id. A
   * total order: one node has at most one recommendation in each role.
   */
  public static final Comparator<Recommendation> ORDER = Comparator.comparing(Recommendation::role)
      .thenComparing(Comparator.comparingDouble(Recommendation::score).reversed())
      .thenComparing(r -> r.node().id());

  private final Node node;
  private final Role role;
  private final List<Chain> chains;
  private final Explanation explanation;

  Recommendation(Node node, Role role, List<Chain> chains, Explanation explanation) {
    this.node = node;
    this.role = role;
    this.chains = List.copyOf(chains);
    this.explanation = explanation;
  }

  /**
   * Returns the recommended node.
   *
   * @return the node, as held by the graph
   */
  public Node node() {
    return node;
  }

  /**
   * Returns the role of the recommendation.
   *
   * @return primary, caution or alternative
   */
  public Role role() {
    return role;
  }

  /**
   * Returns the score.
   *
   * @return 0 to 1, the value of {@link #explanation()}
   */
  public double score() {
    return explanation.value();
  }

  /**
   * Returns the chains that led to the node in this role, in order of their nodes and relations.
   *
   * @return at least one chain
   */
  public List<Chain> chains() {
    return chains;
  }

  /**
   * Returns how the score was computed: {@code 1 − Π(1 − wᵢ)} over the chains' explanations.
   *
   * @return the tree, whose root value is {@link #score()}
   */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Recommendation)) {
      return false;
    }
    Recommendation r = (Recommendation) o;
    return node.equals(r.node) && role == r.role && chains.equals(r.chains) && explanation.equals(r.explanation);
  }

  @Override
  public int hashCode() {
    return node.id().hashCode() * 31 + role.hashCode();
  }

  /**
   * Returns the recommendation as text.
   *
   * @return for example {@code primary 0.6375 vendor.example-sync}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.4f %s", role.label(), score(), node.id());
  }
}
