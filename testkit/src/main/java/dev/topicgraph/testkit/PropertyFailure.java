package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Reports that a {@link Property} failed: the trial, its seed and size, the counterexample as
 * generated and as shrunk, and the token that replays the trial. The property's own failure is the
 * {@linkplain #getCause() cause}.
 *
 * <p>Being an {@link AssertionError}, it fails a JUnit test like any assertion, with a message that
 * says how to replay it: {@code -Dtopicgraph.replay='<property name>@<token>'}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The property's name. */
  private final String propertyName;
  /** The 1-based trial that failed. */
  private final int trial;
  /** The seed of that trial. */
  private final long seed;
  /** The size of that trial. */
  private final int size;
  private final transient Object original;
  private final transient Object shrunk;
  /** How many steps shrinking took. */
  private final int shrinkSteps;

  PropertyFailure(String message, Throwable cause, String propertyName, int trial, long seed, int size,
      Object original, Object shrunk, int shrinkSteps) {
    super(message, cause);
    this.propertyName = propertyName;
    this.trial = trial;
    this.seed = seed;
    this.size = size;
    this.original = original;
    this.shrunk = shrunk;
    this.shrinkSteps = shrinkSteps;
  }

  /**
   * Returns the name of the property.
   *
   * @return the name given with {@link Property#named(String)}, or a default
   */
  public String propertyName() {
    return propertyName;
  }

  /**
   * Returns the 1-based number of the failing trial.
   *
   * @return the trial number
   */
  public int trial() {
    return trial;
  }

  /**
   * Returns the seed of the failing trial's random source.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the size the failing trial's value was generated with.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the token that replays the failing trial, for {@link Property#replay(String)}; the system
   * property takes it after the property's name, as {@link #replaySystemProperty()} gives it.
   *
   * @return the token, {@code seed:size} with the seed in hexadecimal
   */
  public String replayToken() {
    return Property.token(seed, size);
  }

  /**
   * Returns the value of the system property {@code topicgraph.replay} that replays the failing
   * trial: the property's name, {@code @}, and the {@linkplain #replayToken() token}. Only the
   * property of that name replays; every other property runs as usual.
   *
   * @return {@code name@seed:size}
   */
  public String replaySystemProperty() {
    return propertyName + "@" + replayToken();
  }

  /**
   * Returns the value the property first failed on.
   *
   * @return the generated counterexample
   */
  public Object originalCounterexample() {
    return original;
  }

  /**
   * Returns the simplest value found for which the property still fails.
   *
   * @return the shrunk counterexample; the original when nothing simpler failed
   */
  public Object shrunkCounterexample() {
    return shrunk;
  }

  /**
   * Returns how many shrinking steps led from the original to the shrunk counterexample.
   *
   * @return the number of steps, 0 when nothing simpler failed
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }
}
