package dev.topicgraph.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The type of a {@link Relation}: an open value, a lower-case slug such as {@code enables} or
 * {@code contrasts-with}.
 *
 * <p>The well-known types are constants of this class; any other slug is accepted as well. Each type
 * has a {@linkplain #label() label} for the forward direction and an {@linkplain #inverseLabel()
 * inverse label} for the "referenced by" view ("enables" / "enabled by"). Types compare and are equal
 * by name. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
@API(status = STABLE, since = "0.1")
public abstract class RelationType implements Comparable<RelationType> {
  /** The source makes the target possible or a good fit; inverse "enabled by". */
  public static final RelationType ENABLES = of("enables");
  /** The source cannot work without the target; inverse "required by". */
  public static final RelationType REQUIRES = of("requires");
  /** The two are set against each other; the inverse reads the same. */
  public static final RelationType CONTRASTS_WITH = of("contrasts-with");
  /** Where the source holds, the target is a poor fit; inverse "counter-indicated by". */
  public static final RelationType COUNTER_INDICATES = of("counter-indicates");
  /** Either can be chosen instead of the other; the inverse reads the same. */
  public static final RelationType ALTERNATIVE_TO = of("alternative-to");
  /** The source is a part of the target; inverse "has part". */
  public static final RelationType PART_OF = of("part-of");

  RelationType() {}

  /**
   * Returns the name of the type.
   *
   * @return a lower-case slug such as {@code "contrasts-with"}
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the type with the given name; well-known names give values equal to the constants.
   *
   * @param name a lower-case slug, {@code [a-z0-9]+(-[a-z0-9]+)*}
   * @return the type
   * @throws InvalidValueException if {@code name} is not such a slug
   */
  public static RelationType of(String name) {
    return ImmutableRelationType.of(requireNonNull(name, "name"));
  }

  @Value.Check
  void check() {
    Checks.slug("relation type", name());
  }

  /**
   * Returns whether this type is one of the constants of this class.
   *
   * @return {@code true} for a well-known type
   */
  public boolean isWellKnown() {
    switch (name()) {
      case "enables":
      case "requires":
      case "contrasts-with":
      case "counter-indicates":
      case "alternative-to":
      case "part-of":
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the label of the forward direction, the name with spaces for hyphens.
   *
   * @return for example {@code "contrasts with"}
   */
  public String label() {
    return name().replace('-', ' ');
  }

  /**
   * Returns the label of the inverse direction, as shown under "referenced by".
   *
   * @return for example {@code "enabled by"}; for a type that is not well known, {@code "<label>
   *     (inverse)"}
   */
  public String inverseLabel() {
    switch (name()) {
      case "enables":
        return "enabled by";
      case "requires":
        return "required by";
      case "contrasts-with":
        return "contrasts with";
      case "counter-indicates":
        return "counter-indicated by";
      case "alternative-to":
        return "alternative to";
      case "part-of":
        return "has part";
      default:
        return label() + " (inverse)";
    }
  }

  /** Compares types by name. */
  @Override
  public int compareTo(RelationType other) {
    return name().compareTo(other.name());
  }

  /**
   * Returns the name of the type.
   *
   * @return the same as {@link #name()}
   */
  @Override
  public String toString() {
    return name();
  }
}
