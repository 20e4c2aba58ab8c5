package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Thrown when no registered format matches an id, media type or file name. The message says which
 * formats are registered and, for the built-in formats, which artifact to add; for fat jars it
 * reminds that {@code META-INF/services} files must be merged.
 */
@API(status = STABLE, since = "0.1")
public final class UnsupportedFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UnsupportedFormatException(String message) {
    super(message);
  }
}
