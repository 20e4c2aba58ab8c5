package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Iterator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apiguardian.api.API;

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
@API(status = EXPERIMENTAL, since = "0.1")
public interface Shrinker<T> {

  /**
   * Returns simpler variants of {@code value}, most aggressive first.
   *
   * @param value a value for which the property fails
   * @return the candidates; empty when the value cannot be simplified
   */
  Stream<T> candidates(T value);

  /**
   * Shrinks {@code value} greedily: moves to the first candidate for which {@code stillFails} is
   * true and starts again from there, until no candidate fails or {@code maxAttempts} candidates
   * have been tried. Every candidate for which {@code stillFails} returns true is taken, so a caller
   * can count the steps in its predicate.
   *
   * @param value a value for which {@code stillFails} is true
   * @param stillFails the failing property as a predicate: true while the problem shows
   * @param maxAttempts the most candidates to try, 0 or more
   * @return the simplest failing value found; {@code value} itself if none is simpler
   */
  default T shrink(T value, Predicate<? super T> stillFails, int maxAttempts) {
    T current = value;
    int attempts = 0;
    boolean progress = true;
    while (progress && attempts < maxAttempts) {
      progress = false;
      Iterator<T> it = candidates(current).iterator();
      while (it.hasNext() && attempts < maxAttempts) {
        T candidate = it.next();
        attempts++;
        if (stillFails.test(candidate)) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current;
  }

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
