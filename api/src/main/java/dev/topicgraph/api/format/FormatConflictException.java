package dev.topicgraph.api.format;

/**
 * Thrown when two providers claim the same format id, media type or file extension and neither is
 * preferred with {@link FormatRegistry.Builder#prefer(String)}. The message names both provider
 * classes.
 */
public final class FormatConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  FormatConflictException(String message) {
    super(message);
  }
}
