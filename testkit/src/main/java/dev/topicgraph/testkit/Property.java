package dev.topicgraph.testkit;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.TopicGraph;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * A property checked over many seeded trials: {@code Property.forAll(gen).check(value -> ...)}.
 *
 * <p>Each trial draws a value from the generator with its own seed and a size that grows from 0 to
 * {@link #maxSize(int) maxSize}, and runs the check. A check fails by throwing (an assertion error or
 * any other exception). On the first failure the value is shrunk with the {@linkplain
 * #shrinkWith(Shrinker) shrinker} to the simplest one that still fails, and a {@link PropertyFailure}
 * is thrown with the seed, the size, both counterexamples and a replay token.
 *
 * <p>Runs are deterministic: the base seed is fixed (derived from the {@linkplain #named(String)
 * name}) unless set. System properties change a run without changing code:
 *
 * <ul>
 *   <li>{@code topicgraph.replay=<name>@<seed>:<size>} runs only the trial with that token in the
 *       property of that name, as printed by a failure; every other property runs as usual;
 *   <li>{@code topicgraph.seed=<long>} sets the base seed of every property; {@code random} draws
 *       one and prints it with any failure;
 *   <li>{@code topicgraph.trials=<n>} sets the number of trials of every property, for long runs.
 * </ul>
 *
 * <p>A {@code Property} is an immutable description; every setter returns a new one. It is
 * thread-safe if its generator and check are.
 *
 * @param <T> the type of the values checked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Property<T> {
  /** Trials run by default. */
  public static final int DEFAULT_TRIALS = 100;
  /** The largest size passed to the generator by default. */
  public static final int DEFAULT_MAX_SIZE = 50;
  /** Shrinking candidates tried at most by default. */
  public static final int DEFAULT_MAX_SHRINKS = 2_000;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final Gen<T> gen;
  private final String name;
  private final int trials;
  private final int maxSize;
  private final Optional<Long> seed;
  private final Optional<String> replay;
  private final Shrinker<T> shrinker;
  private final Function<? super T, String> describer;
  private final int maxShrinks;

  private Property(Gen<T> gen, String name, int trials, int maxSize, Optional<Long> seed,
      Optional<String> replay, Shrinker<T> shrinker, Function<? super T, String> describer, int maxShrinks) {
    this.gen = gen;
    this.name = name;
    this.trials = trials;
    this.maxSize = maxSize;
    this.seed = seed;
    this.replay = replay;
    this.shrinker = shrinker;
    this.describer = describer;
    this.maxShrinks = maxShrinks;
  }

  /**
   * Starts a property over the values of {@code gen}, with no shrinking.
   *
   * @param gen the generator
   * @param <T> the value type
   * @return the property
   */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(requireNonNull(gen, "gen"), "property", DEFAULT_TRIALS, DEFAULT_MAX_SIZE,
        Optional.empty(), Optional.empty(), Shrinker.none(), String::valueOf, DEFAULT_MAX_SHRINKS);
  }

  /**
   * Starts a property over graphs, shrunk with {@link GraphShrinker} and printed in full with {@link
   * GraphPrinter}.
   *
   * @param gen a generator of valid graphs, such as {@link Generators#graphs()}
   * @return the property
   */
  public static Property<TopicGraph> forAllGraphs(Gen<TopicGraph> gen) {
    return forAll(gen).shrinkWith(GraphShrinker.create()).describeWith(GraphPrinter::describe);
  }

  /**
   * Names the property; the name appears in failures and sets the default base seed.
   *
   * @param name a short description
   * @return a new property
   */
  public Property<T> named(String name) {
    return new Property<>(gen, requireNonNull(name, "name"), trials, maxSize, seed, replay, shrinker, describer,
        maxShrinks);
  }

  /**
   * Sets the number of trials; the system property {@code topicgraph.trials} overrides it.
   *
   * @param trials 1 or more
   * @return a new property
   */
  public Property<T> trials(int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be 1 or more, not " + trials);
    }
    return new Property<>(gen, name, trials, maxSize, seed, replay, shrinker, describer, maxShrinks);
  }

  /**
   * Sets the largest size passed to the generator; sizes grow from 0 to it over the trials.
   *
   * @param maxSize 0 or more
   * @return a new property
   */
  public Property<T> maxSize(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must be 0 or more, not " + maxSize);
    }
    return new Property<>(gen, name, trials, maxSize, seed, replay, shrinker, describer, maxShrinks);
  }

  /**
   * Sets the base seed; the system property {@code topicgraph.seed} overrides it.
   *
   * @param seed the base seed
   * @return a new property
   */
  public Property<T> seed(long seed) {
    return new Property<>(gen, name, trials, maxSize, Optional.of(seed), replay, shrinker, describer, maxShrinks);
  }

  /**
   * Runs only the trial with the given token, as {@link PropertyFailure#replayToken()} gives it, or
   * as {@link PropertyFailure#replaySystemProperty()} gives it with this property's name in front.
   *
   * @param token {@code seed:size}, the seed in hexadecimal, or {@code name@seed:size}
   * @return a new property
   * @throws IllegalArgumentException if the token is malformed or names another property
   */
  public Property<T> replay(String token) {
    requireNonNull(token, "token");
    int at = token.lastIndexOf('@');
    if (at >= 0 && !token.substring(0, at).equals(name)) {
      throw new IllegalArgumentException("replay token \"" + token + "\" names the property '"
          + token.substring(0, at) + "', not '" + name + "'");
    }
    String bare = token.substring(at + 1);
    parseToken(bare);
    return new Property<>(gen, name, trials, maxSize, seed, Optional.of(bare), shrinker, describer, maxShrinks);
  }

  /**
   * Sets the shrinker used on a failing value.
   *
   * @param shrinker the shrinker
   * @return a new property
   */
  public Property<T> shrinkWith(Shrinker<T> shrinker) {
    return new Property<>(gen, name, trials, maxSize, seed, replay, requireNonNull(shrinker, "shrinker"),
        describer, maxShrinks);
  }

  /**
   * Sets how values are printed in a failure; {@link String#valueOf(Object)} unless set.
   *
   * @param describer turns a value into text
   * @return a new property
   */
  public Property<T> describeWith(Function<? super T, String> describer) {
    return new Property<>(gen, name, trials, maxSize, seed, replay, shrinker,
        requireNonNull(describer, "describer"), maxShrinks);
  }

  /**
   * Sets the most shrinking candidates tried after a failure.
   *
   * @param maxShrinks 0 or more
   * @return a new property
   */
  public Property<T> maxShrinks(int maxShrinks) {
    if (maxShrinks < 0) {
      throw new IllegalArgumentException("maxShrinks must be 0 or more, not " + maxShrinks);
    }
    return new Property<>(gen, name, trials, maxSize, seed, replay, shrinker, describer, maxShrinks);
  }

  /**
   * A check of one value; it fails by throwing.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks one value.
     *
     * @param value the value
     * @throws Throwable to report that the property does not hold for the value
     */
    void check(T value) throws Throwable;
  }

  /**
   * Runs the trials and throws on the first failure.
   *
   * @param check the check; it fails by throwing
   * @throws PropertyFailure if the check fails for some value
   */
  public void check(Check<? super T> check) {
    Optional<PropertyFailure> failure = run(check);
    if (failure.isPresent()) {
      throw failure.get();
    }
  }

  /**
   * Runs the trials, failing where {@code holds} returns {@code false}.
   *
   * @param holds the property as a predicate
   * @throws PropertyFailure if the predicate is false (or throws) for some value
   */
  public void checkThat(Predicate<? super T> holds) {
    requireNonNull(holds, "holds");
    check(value -> {
      if (!holds.test(value)) {
        throw new AssertionError("the property is false");
      }
    });
  }

  /**
   * Runs the trials and returns the first failure instead of throwing it.
   *
   * @param check the check; it fails by throwing
   * @return the failure, or empty if every trial passed
   */
  public Optional<PropertyFailure> run(Check<? super T> check) {
    requireNonNull(check, "check");
    Optional<String> replayToken = replay.or(this::replayFromSystemProperty);
    if (replayToken.isPresent()) {
      long[] parsed = parseToken(replayToken.get());
      return runTrial(check, 1, 1, parsed[0], (int) parsed[1], "replayed");
    }
    String seedNote = "";
    long base;
    Optional<String> seedProperty = systemProperty("topicgraph.seed");
    if (seedProperty.isPresent() && seedProperty.get().equalsIgnoreCase("random")) {
      base = new SplittableRandom().nextLong();
      seedNote = "random base seed " + base;
    } else if (seedProperty.isPresent()) {
      base = parseLong("topicgraph.seed", seedProperty.get());
      seedNote = "base seed " + base + " from topicgraph.seed";
    } else {
      base = seed.orElse(mix(name.hashCode() * GOLDEN));
    }
    int n = systemProperty("topicgraph.trials").map(t -> (int) parseLong("topicgraph.trials", t)).orElse(trials);
    for (int i = 0; i < n; i++) {
      long trialSeed = mix(base + (i + 1) * GOLDEN);
      int size = n == 1 ? maxSize : (int) ((long) maxSize * i / (n - 1));
      Optional<PropertyFailure> failure = runTrial(check, i + 1, n, trialSeed, size, seedNote);
      if (failure.isPresent()) {
        return failure;
      }
    }
    return Optional.empty();
  }

  /**
   * The token of {@code topicgraph.replay} when it names this property; empty when it is unset or
   * names another one.
   */
  private Optional<String> replayFromSystemProperty() {
    Optional<String> value = systemProperty(REPLAY_PROPERTY);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    int at = value.get().lastIndexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException("system property " + REPLAY_PROPERTY + "=\"" + value.get()
          + "\" does not name a property; use <property name>@<hex seed>:<size>, as a failure prints it");
    }
    if (!value.get().substring(0, at).equals(name)) {
      return Optional.empty();
    }
    String token = value.get().substring(at + 1);
    parseToken(token);
    return Optional.of(token);
  }

  /** The system property that replays one trial of one property. */
  static final String REPLAY_PROPERTY = "topicgraph.replay";

  private Optional<PropertyFailure> runTrial(Check<? super T> check, int trial, int of, long trialSeed, int size,
      String note) {
    T value = gen.generate(new SplittableRandom(trialSeed), size);
    Throwable failure = attempt(check, value);
    if (failure == null) {
      return Optional.empty();
    }
    Throwable[] last = {failure};
    int[] steps = {0};
    T shrunk = shrinker.shrink(value, candidate -> {
      Throwable t = attempt(check, candidate);
      if (t == null) {
        return false;
      }
      last[0] = t;
      steps[0]++;
      return true;
    }, maxShrinks);
    Throwable shrunkFailure = last[0];
    String token = token(trialSeed, size);
    StringBuilder msg = new StringBuilder()
        .append("Property '").append(name).append("' failed on trial ").append(trial).append(" of ").append(of)
        .append(" (seed ").append(Long.toHexString(trialSeed)).append(", size ").append(size).append(")");
    if (!note.isEmpty()) {
      msg.append(", ").append(note);
    }
    msg.append(".\n")
        .append(steps[0] == 0 ? "Counterexample (not shrunk):\n" : "Shrunk in " + steps[0] + " steps to:\n")
        .append(indent(describe(shrunk))).append('\n')
        .append("Failure: ").append(shrunkFailure).append('\n');
    if (steps[0] > 0) {
      msg.append("Original counterexample:\n").append(indent(describe(value))).append('\n');
    }
    msg.append("Replay this trial with -D").append(REPLAY_PROPERTY).append("='").append(name).append('@')
        .append(token).append("' (only this property replays) or .replay(\"").append(token).append("\")");
    return Optional.of(new PropertyFailure(msg.toString(), shrunkFailure, name, trial, trialSeed, size, value,
        shrunk, steps[0]));
  }

  private static Throwable attempt(Check<?> check, Object value) {
    try {
      @SuppressWarnings("unchecked")
      Check<Object> c = (Check<Object>) check;
      c.check(value);
      return null;
    } catch (OutOfMemoryError | StackOverflowError e) {
      return e;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      return t;
    }
  }

  private String describe(T value) {
    String text;
    try {
      text = describer.apply(value);
    } catch (RuntimeException e) {
      text = String.valueOf(value) + " (describer failed: " + e + ")";
    }
    return text.length() > 20_000 ? text.substring(0, 20_000) + "\n... (" + text.length() + " characters)" : text;
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }

  static String token(long seed, int size) {
    return Long.toHexString(seed) + ":" + size;
  }

  private static long[] parseToken(String token) {
    int colon = token.indexOf(':');
    try {
      if (colon < 1) {
        throw new NumberFormatException("no ':'");
      }
      long s = Long.parseUnsignedLong(token.substring(0, colon).trim(), 16);
      int size = Integer.parseInt(token.substring(colon + 1).trim());
      if (size < 0) {
        throw new NumberFormatException("negative size");
      }
      return new long[] {s, size};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("replay token \"" + token
          + "\" is not of the form <hex seed>:<size>, as a failure prints it", e);
    }
  }

  private static long parseLong(String property, String value) {
    try {
      String v = value.trim().toLowerCase(Locale.ROOT);
      return v.startsWith("0x") ? Long.parseUnsignedLong(v.substring(2), 16) : Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + property + "=\"" + value + "\" is not a number", e);
    }
  }

  private static Optional<String> systemProperty(String key) {
    String v = System.getProperty(key);
    return v == null || v.isBlank() || v.startsWith("${") ? Optional.empty() : Optional.of(v.trim());
  }

  /** The SplitMix64 finaliser: spreads nearby seeds over the whole range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
