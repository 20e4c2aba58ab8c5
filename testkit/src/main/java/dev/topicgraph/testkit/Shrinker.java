package dev.topicgraph.testkit;

import java.util.stream.Stream;

/**
 * Proposes simpler variants of a value, for reducing a failing input to a minimal one.
 *
 * <p>{@link Property} tries the candidates in order and continues from the first one for which the
 * property still fails, until none does. Candidates should be strictly simpler than the value (so
 * shrinking ends) and most aggressive first (so it ends soon). The stream is consumed lazily.
 *
 * @param <T> the type of the values shrunk
 */
@FunctionalInterface
public interface Shrinker<T> {

  /**
   * Returns simpler variants of {@code value}, most aggressive first.
   *
   * @param value a value for which the property fails
   * @return the candidates; empty when the value cannot be simplified
   */
  Stream<T> candidates(T value);

  /**
   * Returns a shrinker that proposes nothing.
   *
   * @param <T> the value type
   * @return the shrinker
   */
  static <T> Shrinker<T> none() {
    return value -> Stream.empty();
  }
}
