package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.ValidationMode;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Options of a read: the validation mode, limits that protect against hostile input, and
 * format-specific options.
 *
 * <p>The defaults are safe for files people edit by hand: 16 MiB per document (4 MiB per page of a directory format), nesting 64 deep,
 * strings of 1 MiB, 100 problems reported before a read gives up. Format-specific options are
 * strings keyed by name; a reader rejects a name it does not know with an {@link
 * IllegalArgumentException} that lists the names it knows. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract class ReadOptions {
  private static final ReadOptions DEFAULTS = builder().build();

  ReadOptions() {}

  /**
   * Returns how strictly the content is checked: in {@link ValidationMode#STRICT} mode unknown
   * fields and references that lead nowhere are errors.
   *
   * @return the mode; {@link ValidationMode#LENIENT} unless set
   */
  @Value.Default
  public ValidationMode mode() {
    return ValidationMode.LENIENT;
  }

  /**
   * Returns the largest input of one read accepted, in bytes: a whole document, or all pages of a
   * directory format together.
   *
   * @return the limit; 16 MiB unless set, which any input within it reads (or is refused) in 256 MB
   *     of heap
   */
  @Value.Default
  public long maxDocumentBytes() {
    return 16L << 20;
  }

  /**
   * Returns the largest single page of a directory format, in bytes.
   *
   * @return the limit; 4 MiB (4,194,304) unless set
   */
  @Value.Default
  public long maxPageBytes() {
    return 4L << 20;
  }

  /**
   * Returns the deepest nesting of arrays and objects accepted.
   *
   * @return the limit; 64 unless set
   */
  @Value.Default
  public int maxDepth() {
    return 64;
  }

  /**
   * Returns the longest string accepted, in characters.
   *
   * @return the limit; 1 MiB (1,048,576) unless set
   */
  @Value.Default
  public int maxStringLength() {
    return 1 << 20;
  }

  /**
   * Returns how many problems are collected before a read stops looking for more.
   *
   * @return the limit; 100 unless set
   */
  @Value.Default
  public int maxProblems() {
    return 100;
  }

  /**
   * Returns format-specific options.
   *
   * @return option name to value, possibly empty
   */
  public abstract Map<String, String> formatOptions();

  /**
   * Returns the default options.
   *
   * @return the defaults
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the default options in strict mode.
   *
   * @return strict defaults
   */
  public static ReadOptions strict() {
    return builder().mode(ValidationMode.STRICT).build();
  }

  /**
   * Checks that every format-specific option is one the format knows; format implementations call
   * this when they create a reader.
   *
   * @param formatId the format's id, for the message
   * @param known the option names the format understands
   * @throws IllegalArgumentException naming the unknown options and the known ones
   */
  public void requireKnownFormatOptions(String formatId, java.util.Set<String> known) {
    java.util.List<String> unknown = formatOptions().keySet().stream().filter(k -> !known.contains(k))
        .sorted().collect(java.util.stream.Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("format " + formatId + " has no read option " + unknown
          + (known.isEmpty() ? "; it takes none" : "; it knows " + new java.util.TreeSet<>(known)));
    }
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these options.
   *
   * @return a builder holding a copy of these options
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    positive("maxDocumentBytes", maxDocumentBytes());
    positive("maxPageBytes", maxPageBytes());
    positive("maxDepth", maxDepth());
    positive("maxStringLength", maxStringLength());
    positive("maxProblems", maxProblems());
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be 1 or more, not " + value);
    }
  }

  /** Builds {@link ReadOptions}. Not thread-safe. */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}
