package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One trade-off a topic maps: a {@linkplain #left() left} option set against a {@linkplain #right()
 * right} one. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@API(status = STABLE, since = "0.1")
public abstract class Tradeoff {
  Tradeoff() {}

  /**
   * Returns the first option and what it implies.
   *
   * @return single-line, non-empty text
   */
  @Value.Parameter
  public abstract String left();

  /**
   * Returns the option set against the first and what it implies.
   *
   * @return single-line, non-empty text
   */
  @Value.Parameter
  public abstract String right();

  /**
   * Creates a trade-off.
   *
   * @param left the first option: single-line, non-empty text
   * @param right the other option: single-line, non-empty text
   * @return the trade-off
   */
  public static Tradeoff of(String left, String right) {
    return ImmutableTradeoff.of(left, right);
  }

  @Value.Check
  void check() {
    Checks.line("tradeoff.left", left());
    Checks.line("tradeoff.right", right());
  }
}
