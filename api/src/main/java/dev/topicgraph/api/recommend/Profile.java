package dev.topicgraph.api.recommend;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The org dimensions that match a reader's organisation, each with a strength from 0 (does not
 * match) to 1 (matches fully).
 *
 * <p>Only ids of the kind {@code org-dim} are accepted. A dimension with strength 0 is kept in the
 * profile but is not {@linkplain #isMatched(NodeId) matched}: no chain starts from it. It may still
 * be offered as an alternative, as the contrasting dimension of a matched one: the way of working the
 * organisation does not have.
 *
 * <p>Immutable and thread-safe; equality by content.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Profile {
  /** A decimal number without a sign: {@code 1}, {@code 0.5}, {@code .25}, {@code 5e-1}. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  private final SortedMap<NodeId, Double> strengths;

  private Profile(SortedMap<NodeId, Double> strengths) {
    this.strengths = Collections.unmodifiableSortedMap(strengths);
  }

  /**
   * Returns a profile of the given dimensions and strengths.
   *
   * @param strengths org dimension ids and their strengths, each from 0 to 1
   * @return the profile
   * @throws IllegalArgumentException naming the id, if an id is not of the kind {@code org-dim} or
   *     its strength is not a number from 0 to 1
   */
  public static Profile of(Map<NodeId, Double> strengths) {
    requireNonNull(strengths, "strengths");
    SortedMap<NodeId, Double> copy = new TreeMap<>();
    for (Map.Entry<NodeId, Double> e : strengths.entrySet()) {
      NodeId id = requireNonNull(e.getKey(), "id");
      double strength = requireNonNull(e.getValue(), () -> "the strength of " + id);
      if (id.kind() != NodeKind.ORG_DIMENSION) {
        throw new IllegalArgumentException(id + " is not an org dimension: a profile holds ids that start with "
            + "\"org-dim.\"");
      }
      if (!(strength >= 0 && strength <= 1)) {
        throw new IllegalArgumentException("the strength of " + id + " must be from 0 to 1, not " + strength);
      }
      copy.put(id, strength + 0.0); // -0.0 is 0
    }
    return new Profile(copy);
  }

  /**
   * Returns a profile of one fully matching dimension.
   *
   * @param dimension an org dimension id
   * @return the profile
   * @throws IllegalArgumentException if the id is not of the kind {@code org-dim}
   */
  public static Profile of(NodeId dimension) {
    return of(Map.of(requireNonNull(dimension, "dimension"), 1.0));
  }

  /**
   * Parses {@code id=strength} pairs separated by commas, such as {@code
   * org-dim.team-shape.central-data-team=1,org-dim.operational-profile.engineering-led-cdp=0.5}; a
   * pair without {@code =strength} has strength 1. A strength is a decimal number without a sign, such
   * as {@code 1}, {@code 0.5} or {@code 5e-1}. The text needs at least one pair; {@link #of(Map)} of
   * an empty map gives the empty profile, which matches nothing.
   *
   * @param text the pairs
   * @return the profile
   * @throws IllegalArgumentException naming the pair, if a pair is not a valid id with a number from 0
   *     to 1, or an id is given twice
   */
  public static Profile parse(String text) {
    Map<NodeId, Double> strengths = new TreeMap<>();
    for (String pair : requireNonNull(text, "text").split(",", -1)) {
      String item = pair.strip();
      int eq = item.indexOf('=');
      String idText = eq < 0 ? item : item.substring(0, eq).strip();
      if (!NodeId.isValid(idText)) {
        throw new IllegalArgumentException("\"" + item + "\" does not start with a node id, such as "
            + "org-dim.team-shape.central-data-team=0.5" + NodeId.problem(idText).map(p -> ": " + p).orElse(""));
      }
      double strength = 1;
      if (eq >= 0) {
        String number = item.substring(eq + 1).strip();
        if (!DECIMAL.matcher(number).matches()) {
          throw new IllegalArgumentException("the strength of " + idText + " is \"" + number
              + "\", not a number from 0 to 1");
        }
        strength = Double.parseDouble(number);
      }
      if (strengths.put(NodeId.of(idText), strength) != null) {
        throw new IllegalArgumentException(idText + " is given twice");
      }
    }
    return of(strengths);
  }

  /**
   * Returns every dimension of the profile with its strength, in id order.
   *
   * @return an unmodifiable map
   */
  public SortedMap<NodeId, Double> strengths() {
    return strengths;
  }

  /**
   * Returns the strength of a dimension.
   *
   * @param dimension an id
   * @return the strength, 0 if the profile does not name it
   */
  public double strength(NodeId dimension) {
    requireNonNull(dimension, "dimension");
    return strengths.getOrDefault(dimension, 0.0);
  }

  /**
   * Returns whether a dimension matches: the profile names it with a strength above 0.
   *
   * @param dimension an id
   * @return {@code true} if it matches
   */
  public boolean isMatched(NodeId dimension) {
    return strength(dimension) > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile && ((Profile) o).strengths.equals(strengths);
  }

  @Override
  public int hashCode() {
    return strengths.hashCode();
  }

  /**
   * Returns the profile as {@code id=strength} pairs separated by commas, which {@link #parse(String)}
   * reads back.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    strengths.forEach((id, s) -> sb.append(sb.length() == 0 ? "" : ",").append(id).append('=').append(s));
    return sb.toString();
  }
}
