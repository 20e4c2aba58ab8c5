package dev.topicgraph.model;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The id of a node or a topic, such as {@code org-dim.operational-profile.engineering-led-cdp}.
 *
 * <p>An id is {@code kind.segment(.segment)*}: 2 to 8 segments separated by dots, each segment
 * lower-case letters and digits in words joined by single hyphens ({@code [a-z0-9]+(-[a-z0-9]+)*}),
 * 200 characters at most. The first segment is the {@linkplain #kind() kind}. Because of this grammar
 * an id is always safe to use as a file name: it holds no path separator, no {@code ..} and no
 * character that needs quoting.
 *
 * <p>Ids compare by their text. Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
@API(status = STABLE, since = "0.1")
public abstract class NodeId implements Comparable<NodeId> {
  /** The most characters an id may have. */
  public static final int MAX_LENGTH = 200;
  /** The fewest segments an id may have. */
  public static final int MIN_SEGMENTS = 2;
  /** The most segments an id may have. */
  public static final int MAX_SEGMENTS = 8;

  NodeId() {}

  /**
   * Returns the id as text.
   *
   * @return the text of the id, such as {@code "vendor.hightouch"}
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Parses an id.
   *
   * @param value the text of the id
   * @return the id
   * @throws InvalidValueException if {@code value} breaks the grammar; the message names the
   *     offending character and its 1-based position
   */
  public static NodeId of(String value) {
    return ImmutableNodeId.of(requireNonNull(value, "value"));
  }

  /**
   * Builds an id from its segments, such as {@code of("vendor", "hightouch")}.
   *
   * @param first the kind segment
   * @param rest the remaining segments
   * @return the id
   * @throws InvalidValueException if the joined text breaks the grammar
   */
  public static NodeId of(String first, String... rest) {
    StringBuilder sb = new StringBuilder(requireNonNull(first, "first"));
    for (String s : rest) {
      sb.append('.').append(requireNonNull(s, "segment"));
    }
    return of(sb.toString());
  }

  /**
   * Returns whether {@code value} is a valid id.
   *
   * @param value text to test
   * @return {@code true} if {@link #of(String)} would accept it
   */
  public static boolean isValid(String value) {
    return problem(requireNonNull(value, "value")).isEmpty();
  }

  /**
   * Returns why {@code value} is not a valid id.
   *
   * @param value text to test
   * @return a description of the first problem found, naming the offending character and its
   *     1-based position; empty if the id is valid
   */
  public static Optional<String> problem(String value) {
    int n = value.length();
    if (n == 0) {
      return Optional.of("must not be empty");
    }
    if (n > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters, not " + n);
    }
    int segments = 1;
    int segmentStart = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '.') {
        if (i == segmentStart) {
          return Optional.of("has an empty segment at position " + (i + 1));
        }
        if (value.charAt(i - 1) == '-') {
          return Optional.of("has a segment ending in '-' at position " + i);
        }
        segments++;
        segmentStart = i + 1;
      } else if (c == '-') {
        if (i == segmentStart) {
          return Optional.of("has a segment starting with '-' at position " + (i + 1));
        }
        if (value.charAt(i - 1) == '-') {
          return Optional.of("has '--' at position " + i);
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        String hint = c >= 'A' && c <= 'Z' ? "; ids are lower case" : "";
        return Optional.of("has " + Checks.describe(value, i) + " at position " + (i + 1)
            + "; expected a-z, 0-9, '-' or '.'" + hint);
      }
    }
    if (segmentStart == n) {
      return Optional.of("has an empty segment at position " + (n + 1));
    }
    if (value.charAt(n - 1) == '-') {
      return Optional.of("has a segment ending in '-' at position " + n);
    }
    if (segments < MIN_SEGMENTS) {
      return Optional.of("must have at least " + MIN_SEGMENTS
          + " dot-separated segments (kind.name), not " + segments);
    }
    if (segments > MAX_SEGMENTS) {
      return Optional.of("must have at most " + MAX_SEGMENTS + " segments, not " + segments);
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    problem(value()).ifPresent(p -> {
      throw new InvalidValueException("id", value(), p);
    });
  }

  /**
   * Returns the first segment, such as {@code "vendor"} or, for a generic node, any other word.
   *
   * @return the first segment
   */
  public String kindSegment() {
    String v = value();
    return v.substring(0, v.indexOf('.'));
  }

  /**
   * Returns the kind named by the first segment.
   *
   * @return the kind; {@link NodeKind#OTHER} for a segment that is not a known kind
   */
  public NodeKind kind() {
    return NodeKind.ofId(value()); // without cutting the segment out: feedback asks this of its topic
  }

  /**
   * Returns the segments of the id, the kind first.
   *
   * @return the segments, at least two
   */
  public List<String> segments() {
    return List.copyOf(Arrays.asList(value().split("\\.")));
  }

  /**
   * Returns the id without its kind segment, such as {@code "hightouch"} for {@code
   * vendor.hightouch}.
   *
   * @return the name part of the id
   */
  public String name() {
    String v = value();
    return v.substring(v.indexOf('.') + 1);
  }

  /** Compares ids by their text. */
  @Override
  public int compareTo(NodeId other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the id as text, as {@link #value()} does.
   *
   * @return the id text
   */
  @Override
  public String toString() {
    return value();
  }
}
