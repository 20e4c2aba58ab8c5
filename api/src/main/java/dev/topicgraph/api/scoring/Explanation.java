package dev.topicgraph.api.scoring;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A value and how it came about: a description, the children it was computed from, and the rule
 * that combines them.
 *
 * <p>Inner nodes are made only by the factories of this class, which compute the value from the
 * children; so the value of a node always {@linkplain #recompute() recomputes} from its children,
 * bit for bit, and a score taken from the root of its explanation cannot disagree with it. Leaves
 * ({@link Combination#INPUT}) hold measured inputs, such as a count of reviewers.
 *
 * <p>Immutable and thread-safe; equality by content.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Explanation {

  /** How the value of a node follows from its children. */
  public enum Combination {
    /** A leaf: a measured input. */
    INPUT,
    /** {@code Σ wᵢ·vᵢ / Σ wᵢ} over the children, with the node's {@linkplain #weights() weights}. */
    WEIGHTED_MEAN,
    /** {@code v / (v + p)} of the one child, with the node's {@linkplain #parameter() parameter} p. */
    SATURATION,
    /** {@code a + b·(1 − a)} of two children a and b: moves a the fraction b of the way to 1. */
    TOWARDS_ONE,
    /** The product of the children. */
    PRODUCT,
    /** The smallest of the children. */
    MIN,
    /**
     * {@code 1 − Π(1 − vᵢ)} over children in [0, 1]: the chance that at least one of independent
     * reasons holds. One child gives its own value; adding a child never lowers it.
     */
    ANY
  }

  private final double value;
  private final String description;
  private final Combination combination;
  private final List<Explanation> children;
  private final List<Double> weights;
  private final double parameter;

  private Explanation(double value, String description, Combination combination, List<Explanation> children,
      List<Double> weights, double parameter) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("the value of \"" + description + "\" is " + value);
    }
    this.value = value;
    this.description = requireNonNull(description, "description");
    this.combination = combination;
    this.children = List.copyOf(children);
    this.weights = List.copyOf(weights);
    this.parameter = parameter;
  }

  /**
   * Returns a leaf holding a measured input.
   *
   * @param value the value, finite
   * @param description what it is, such as "4 reviewers opted in"
   * @return the leaf
   */
  public static Explanation input(double value, String description) {
    return new Explanation(value, description, Combination.INPUT, List.of(), List.of(), 0);
  }

  /**
   * Returns the weighted mean of the children.
   *
   * @param description what it is
   * @param children the children
   * @param weights one non-negative weight per child, not all zero
   * @return the node
   */
  public static Explanation weightedMean(String description, List<Explanation> children, List<Double> weights) {
    if (children.size() != weights.size() || children.isEmpty()) {
      throw new IllegalArgumentException("a weighted mean needs one weight per child, and a child");
    }
    return new Explanation(weightedMean(children, weights), description, Combination.WEIGHTED_MEAN, children,
        weights, 0);
  }

  /**
   * Returns {@code v / (v + pivot)} of a non-negative child: 0 at 0, one half at {@code pivot},
   * approaching 1.
   *
   * @param description what it is
   * @param child the child
   * @param pivot where the result is one half, positive
   * @return the node
   */
  public static Explanation saturation(String description, Explanation child, double pivot) {
    return new Explanation(saturation(child.value, pivot), description, Combination.SATURATION, List.of(child),
        List.of(), pivot);
  }

  /**
   * Returns {@code a + b·(1 − a)}: {@code base} moved the fraction {@code pull} of the way to 1.
   *
   * @param description what it is
   * @param base the value moved, in [0, 1]
   * @param pull how far it moves, in [0, 1]
   * @return the node
   */
  public static Explanation towardsOne(String description, Explanation base, Explanation pull) {
    return new Explanation(towardsOne(base.value, pull.value), description, Combination.TOWARDS_ONE,
        List.of(base, pull), List.of(), 0);
  }

  /**
   * Returns the product of the children.
   *
   * @param description what it is
   * @param children the factors, at least one
   * @return the node
   */
  public static Explanation product(String description, List<Explanation> children) {
    if (children.isEmpty()) {
      throw new IllegalArgumentException("a product needs a factor");
    }
    return new Explanation(product(children), description, Combination.PRODUCT, children, List.of(), 0);
  }

  /**
   * Returns the smallest of the children.
   *
   * @param description what it is
   * @param children the children, at least one
   * @return the node
   */
  public static Explanation min(String description, List<Explanation> children) {
    if (children.isEmpty()) {
      throw new IllegalArgumentException("a minimum needs a child");
    }
    return new Explanation(min(children), description, Combination.MIN, children, List.of(), 0);
  }

  /**
   * Returns the value.
   *
   * @return a finite number
   */
  public double value() {
    return value;
  }

  /**
   * Returns what the value is, in words a product manager can follow.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns how the value follows from the children.
   *
   * @return the combination
   */
  public Combination combination() {
    return combination;
  }

  /**
   * Returns the children the value was computed from.
   *
   * @return the children, empty for an input
   */
  public List<Explanation> children() {
    return children;
  }

  /**
   * Returns the weights of a {@link Combination#WEIGHTED_MEAN}, one per child.
   *
   * @return the weights, empty for other combinations
   */
  public List<Double> weights() {
    return weights;
  }

  /**
   * Returns the pivot of a {@link Combination#SATURATION}.
   *
   * @return the pivot, 0 for other combinations
   */
  public double parameter() {
    return parameter;
  }

  /**
   * Returns {@code 1 − Π(1 − vᵢ)} over the children, each in [0, 1]: the chance that at least one of
   * independent reasons holds.
   *
   * <p>One child gives its own value, bit for bit. With more, the value is computed as {@code
   * −expm1(Σ log1p(−vᵢ))}, which keeps small values exact where {@code 1 − Π(1 − vᵢ)} would round
   * them away, and is never below the largest child. Adding a child never lowers the result, in
   * floating point as well.
   *
   * @param description what it is
   * @param children the reasons, at least one, each with a value in [0, 1]
   * @return the node
   * @throws IllegalArgumentException if there is no child or a child lies outside [0, 1]
   * @since 0.1
   */
  public static Explanation any(String description, List<Explanation> children) {
    if (children.isEmpty()) {
      throw new IllegalArgumentException("\"any\" needs a child");
    }
    for (Explanation c : children) {
      if (!(c.value >= 0 && c.value <= 1)) {
        throw new IllegalArgumentException("\"any\" takes values in [0, 1], not " + c.value + " (" + c.description
            + ")");
      }
    }
    return new Explanation(any(children), description, Combination.ANY, children, List.of(), 0);
  }

  /**
   * Computes the value again from the children; for an input, returns the value.
   *
   * @return the recomputed value, equal to {@link #value()} bit for bit
   */
  public double recompute() {
    switch (combination) {
      case WEIGHTED_MEAN:
        return weightedMean(children, weights);
      case SATURATION:
        return saturation(children.get(0).value, parameter);
      case TOWARDS_ONE:
        return towardsOne(children.get(0).value, children.get(1).value);
      case PRODUCT:
        return product(children);
      case MIN:
        return min(children);
      case ANY:
        return any(children);
      default:
        return value;
    }
  }

  private static double weightedMean(List<Explanation> children, List<Double> weights) {
    double sum = 0;
    double total = 0;
    for (int i = 0; i < children.size(); i++) {
      double w = weights.get(i);
      sum += w * children.get(i).value;
      total += w;
    }
    return total == 0 ? 0 : sum / total;
  }

  private static double saturation(double v, double pivot) {
    return v <= 0 ? 0 : v / (v + pivot);
  }

  private static double towardsOne(double a, double b) {
    return a + b * (1 - a);
  }

  private static double product(List<Explanation> children) {
    double p = 1;
    for (Explanation c : children) {
      p *= c.value;
    }
    return p;
  }

  private static double any(List<Explanation> children) {
    if (children.size() == 1) {
      return children.get(0).value;
    }
    double logNone = 0;
    double largest = 0;
    for (Explanation c : children) {
      logNone += StrictMath.log1p(-c.value);
      largest = Math.max(largest, c.value);
    }
    return Math.max(largest, -StrictMath.expm1(logNone));
  }

  private static double min(List<Explanation> children) {
    double m = Double.POSITIVE_INFINITY;
    for (Explanation c : children) {
      m = Math.min(m, c.value);
    }
    return m;
  }

  /**
   * Prints the tree, one node a line, children indented, each line {@code value  description}.
   *
   * @return the text, ending without a line break
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    format(sb, 0);
    return sb.toString();
  }

  private void format(StringBuilder sb, int depth) {
    if (depth > 0) {
      sb.append('\n');
    }
    sb.append("  ".repeat(depth)).append(String.format(Locale.ROOT, "%.4f", value)).append("  ").append(description);
    for (Explanation c : children) {
      c.format(sb, depth + 1);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Explanation)) {
      return false;
    }
    Explanation e = (Explanation) o;
    return Double.compare(value, e.value) == 0 && Double.compare(parameter, e.parameter) == 0
        && description.equals(e.description) && combination == e.combination && children.equals(e.children)
        && weights.equals(e.weights);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(value, description, combination, children, weights, parameter);
  }

  /**
   * Returns the value and description of this node.
   *
   * @return for example {@code 0.7421 interest}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.4f %s", value, description);
  }
}
