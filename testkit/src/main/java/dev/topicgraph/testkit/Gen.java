package dev.topicgraph.testkit;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * A generator of values: a function of a seeded random source and a size.
 *
 * <p>The {@code size} is a hint from 0 upwards (property runs use 0 to 100) that generators use to
 * scale what they make: longer lists, bigger graphs. The same random state and size always give an
 * equal value, so a value is reproduced from a seed alone. Because a generator is just a function,
 * it can be driven from plain JUnit, from {@link Property}, or wrapped in any property-testing
 * engine.
 *
 * <p>Generators are stateless and thread-safe as long as the functions given to their combinators
 * are; the random source passed in is not shared between threads.
 *
 * @param <T> the type of the values generated
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface Gen<T> {

  /**
   * Generates one value.
   *
   * @param random the random source; the generator draws from it and nothing else
   * @param size how big the value may be, 0 or more
   * @return the value, never {@code null}
   */
  T generate(RandomGenerator random, int size);

  /**
   * Generates one value from a seed: the same seed and size give an equal value.
   *
   * @param seed the seed
   * @param size how big the value may be
   * @return the value
   */
  default T sample(long seed, int size) {
    return generate(new SplittableRandom(seed), size);
  }

  /**
   * Returns a generator of this generator's values transformed by {@code f}.
   *
   * @param f the transformation
   * @param <R> the new value type
   * @return the new generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    requireNonNull(f, "f");
    return (random, size) -> f.apply(generate(random, size));
  }

  /**
   * Returns a generator that uses each value of this one to choose the next generator.
   *
   * @param f picks a generator given a value
   * @param <R> the new value type
   * @return the new generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    requireNonNull(f, "f");
    return (random, size) -> f.apply(generate(random, size)).generate(random, size);
  }

  /**
   * Returns a generator that keeps only values passing {@code keep}, trying up to 1,000 times.
   *
   * @param keep the condition
   * @return the new generator; it throws {@link IllegalStateException} if 1,000 tries in a row fail
   */
  default Gen<T> filter(Predicate<? super T> keep) {
    requireNonNull(keep, "keep");
    return (random, size) -> {
      for (int i = 0; i < 1000; i++) {
        T value = generate(random, size);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter rejected 1000 values in a row; generate valid values directly");
    };
  }

  /**
   * Returns a generator of lists of this generator's values, with {@code min} to {@code max}
   * elements; the upper bound used is {@code min(max, min + size)}, so small sizes give short lists.
   *
   * @param min the fewest elements, 0 or more
   * @param max the most elements, {@code min} or more
   * @return the new generator
   */
  default Gen<List<T>> list(int min, int max) {
    checkRange(min, max);
    return (random, size) -> {
      int upper = (int) Math.min((long) max, (long) min + Math.max(size, 0));
      int n = random.nextInt(min, upper + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(generate(random, size));
      }
      return List.copyOf(out);
    };
  }

  /**
   * Returns a generator of lists of distinct values of this generator, as {@link #list(int, int)}
   * does; when distinct values run out it returns fewer than {@code min} elements rather than loop.
   *
   * @param min the fewest elements wanted
   * @param max the most elements
   * @return the new generator
   */
  default Gen<List<T>> distinctList(int min, int max) {
    checkRange(min, max);
    return (random, size) -> {
      int upper = (int) Math.min((long) max, (long) min + Math.max(size, 0));
      int n = random.nextInt(min, upper + 1);
      Set<T> out = new LinkedHashSet<>();
      for (int misses = 0; out.size() < n && misses < 100 + 10 * n; ) {
        if (!out.add(generate(random, size))) {
          misses++;
        }
      }
      return List.copyOf(out);
    };
  }

  /**
   * Returns a generator of values that are present about three times in four.
   *
   * @return the new generator
   */
  default Gen<Optional<T>> optional() {
    return (random, size) -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of(generate(random, size));
  }

  /**
   * Returns a generator that pairs each value with one of {@code other}, combined by {@code f}.
   *
   * @param other the second generator
   * @param f combines the two values
   * @param <U> the second value type
   * @param <R> the combined type
   * @return the new generator
   */
  default <U, R> Gen<R> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends R> f) {
    requireNonNull(other, "other");
    requireNonNull(f, "f");
    return (random, size) -> f.apply(generate(random, size), other.generate(random, size));
  }

  /**
   * Returns a generator that uses a fixed size whatever size it is asked for.
   *
   * @param size the size to pass on
   * @return the new generator
   */
  default Gen<T> withSize(int size) {
    return (random, ignored) -> generate(random, size);
  }

  /**
   * Returns a generator that always gives {@code value}.
   *
   * @param value the value
   * @param <T> its type
   * @return the generator
   */
  static <T> Gen<T> constant(T value) {
    requireNonNull(value, "value");
    return (random, size) -> value;
  }

  /**
   * Returns a generator of integers from {@code min} to {@code max}, both included, uniformly.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the generator
   */
  static Gen<Integer> ints(int min, int max) {
    checkOrder(min, max);
    return (random, size) -> (int) random.nextLong(min, (long) max + 1);
  }

  /**
   * Returns a generator of longs from {@code min} to {@code max}, both included, uniformly.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the generator
   */
  static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
    if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
      return (random, size) -> random.nextLong();
    }
    if (max == Long.MAX_VALUE) {
      return (random, size) -> random.nextLong(min - 1, max) + 1;
    }
    return (random, size) -> random.nextLong(min, max + 1);
  }

  /**
   * Returns a generator of doubles from {@code min} (included) to {@code max} (included): the
   * bounds themselves come up about one time in ten each.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the generator
   */
  static Gen<Double> doubles(double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException("min " + min + " is not less than or equal to max " + max);
    }
    return (random, size) -> {
      int pick = random.nextInt(10);
      if (pick == 0 || min == max) {
        return min;
      }
      if (pick == 1) {
        return max;
      }
      return random.nextDouble(min, max);
    };
  }

  /**
   * Returns a generator of booleans, each value half the time.
   *
   * @return the generator
   */
  static Gen<Boolean> booleans() {
    return (random, size) -> random.nextBoolean();
  }

  /**
   * Returns a generator that picks one of {@code values} uniformly.
   *
   * @param values the values to pick from, at least one
   * @param <T> their type
   * @return the generator
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /**
   * Returns a generator that picks one of {@code values} uniformly.
   *
   * @param values the values to pick from, at least one
   * @param <T> their type
   * @return the generator
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * Returns a generator that picks one of {@code gens} uniformly and uses it.
   *
   * @param gens the generators, at least one
   * @param <T> the value type
   * @return the generator
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = List.copyOf(Arrays.asList(gens));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size())).generate(random, size);
  }

  /**
   * Returns a generator that picks one of the weighted generators with probability proportional to
   * its weight.
   *
   * @param choices the weighted generators, at least one, weights positive
   * @param <T> the value type
   * @return the generator
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = List.copyOf(Arrays.asList(choices));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("frequency needs at least one choice");
    }
    long total = copy.stream().mapToLong(Weighted::weight).sum();
    return (random, size) -> {
      long pick = random.nextLong(total);
      for (Weighted<? extends T> w : copy) {
        pick -= w.weight();
        if (pick < 0) {
          return w.gen().generate(random, size);
        }
      }
      throw new AssertionError("unreachable");
    };
  }

  /**
   * Pairs a generator with a weight, for {@link #frequency(Weighted[])}.
   *
   * @param weight how often the generator is chosen relative to the others, 1 or more
   * @param gen the generator
   * @param <T> the value type
   * @return the pair
   */
  static <T> Weighted<T> weighted(int weight, Gen<T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * A generator with a weight, for {@link Gen#frequency(Weighted[])}.
   *
   * @param <T> the value type
   */
  final class Weighted<T> {
    private final int weight;
    private final Gen<T> gen;

    private Weighted(int weight, Gen<T> gen) {
      if (weight < 1) {
        throw new IllegalArgumentException("weight must be 1 or more, not " + weight);
      }
      this.weight = weight;
      this.gen = requireNonNull(gen, "gen");
    }

    /**
     * Returns the weight.
     *
     * @return 1 or more
     */
    public int weight() {
      return weight;
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     */
    public Gen<T> gen() {
      return gen;
    }
  }

  private static void checkRange(int min, int max) {
    if (min < 0) {
      throw new IllegalArgumentException("min must be 0 or more, not " + min);
    }
    checkOrder(min, max);
  }

  private static void checkOrder(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
  }
}
