package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Options of a write: format-specific options as strings keyed by name. A writer rejects a name it
 * does not know with an {@link IllegalArgumentException} that lists the names it knows. Immutable
 * and thread-safe.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract class WriteOptions {
  private static final WriteOptions DEFAULTS = builder().build();

  WriteOptions() {}

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
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Checks that every format-specific option is one the format knows; format implementations call
   * this when they create a writer.
   *
   * @param formatId the format's id, for the message
   * @param known the option names the format understands
   * @throws IllegalArgumentException naming the unknown options and the known ones
   */
  public void requireKnownFormatOptions(String formatId, java.util.Set<String> known) {
    java.util.List<String> unknown = formatOptions().keySet().stream().filter(k -> !known.contains(k))
        .sorted().collect(java.util.stream.Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("format " + formatId + " has no write option " + unknown
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

  /** Builds {@link WriteOptions}. Not thread-safe. */
  public static final class Builder extends ImmutableWriteOptions.Builder {
    Builder() {}
  }
}
