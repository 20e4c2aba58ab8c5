package dev.topicgraph.beam;

import dev.topicgraph.api.scoring.Explanation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;

/**
 * Encodes an explanation tree node by node: how it combines, its description, its value, its
 * parameter, weights and children. Decoding rebuilds each node with {@link Explanation}'s factory for
 * its combination, which computes the value again in the same order of operations, and refuses
 * bytes whose value that does not reproduce bit for bit. Immutable and thread-safe.
 */
final class ExplanationCoder extends AtomicCoder<Explanation> {
  private static final long serialVersionUID = 1L;
  private static final ExplanationCoder INSTANCE = new ExplanationCoder();
  private static final Explanation.Combination[] COMBINATIONS = Explanation.Combination.values();

  private ExplanationCoder() {}

  static ExplanationCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Explanation value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null explanation");
    }
    Wire.writeByte(value.combination().ordinal(), out);
    Wire.writeString(value.description(), out);
    Wire.writeDouble(value.value(), out);
    Wire.writeDouble(value.parameter(), out);
    Wire.writeInt(value.weights().size(), out);
    for (double w : value.weights()) {
      Wire.writeDouble(w, out);
    }
    Wire.writeInt(value.children().size(), out);
    for (Explanation child : value.children()) {
      encode(child, out);
    }
  }

  @Override
  public Explanation decode(InputStream in) throws IOException {
    int kind = Wire.readByte(in);
    if (kind >= COMBINATIONS.length) {
      throw new CoderException("no combination has the number " + kind);
    }
    Explanation.Combination combination = COMBINATIONS[kind];
    String description = Wire.readString(in);
    double value = Wire.readDouble(in);
    double parameter = Wire.readDouble(in);
    int weightCount = count(in);
    List<Double> weights = new ArrayList<>(weightCount);
    for (int i = 0; i < weightCount; i++) {
      weights.add(Wire.readDouble(in));
    }
    int childCount = count(in);
    List<Explanation> children = new ArrayList<>(childCount);
    for (int i = 0; i < childCount; i++) {
      children.add(decode(in));
    }
    Explanation e;
    try {
      e = rebuild(combination, description, value, parameter, weights, children);
    } catch (IllegalArgumentException | IndexOutOfBoundsException bad) {
      throw new CoderException("not a valid explanation (" + combination + " \"" + description + "\"): "
          + bad.getMessage(), bad);
    }
    if (Double.doubleToRawLongBits(e.value()) != Double.doubleToRawLongBits(value)
        || Double.doubleToRawLongBits(e.parameter()) != Double.doubleToRawLongBits(parameter)
        || !e.weights().equals(weights) || e.children().size() != childCount) {
      throw new CoderException("the explanation \"" + description + "\" does not recompute to its encoded value "
          + value);
    }
    return e;
  }

  private static Explanation rebuild(Explanation.Combination combination, String description, double value,
      double parameter, List<Double> weights, List<Explanation> children) {
    switch (combination) {
      case INPUT:
        return Explanation.input(value, description);
      case WEIGHTED_MEAN:
        return Explanation.weightedMean(description, children, weights);
      case SATURATION:
        return Explanation.saturation(description, only(children), parameter);
      case TOWARDS_ONE:
        if (children.size() != 2) {
          throw new IllegalArgumentException("towards one takes two children, not " + children.size());
        }
        return Explanation.towardsOne(description, children.get(0), children.get(1));
      case PRODUCT:
        return Explanation.product(description, children);
      case MIN:
        return Explanation.min(description, children);
      case ANY:
        return Explanation.any(description, children);
      default:
        throw new IllegalArgumentException("unknown combination " + combination);
    }
  }

  private static Explanation only(List<Explanation> children) {
    if (children.size() != 1) {
      throw new IllegalArgumentException("a saturation takes one child, not " + children.size());
    }
    return children.get(0);
  }

  private static int count(InputStream in) throws IOException {
    int n = Wire.readInt(in);
    if (n < 0) {
      throw new CoderException("a count cannot be " + n);
    }
    return n;
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public Object structuralValue(Explanation value) {
    return value;
  }
}
