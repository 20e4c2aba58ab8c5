package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Thrown when two providers claim the same format id, media type or file extension and neither is
 * preferred with {@link FormatRegistry.Builder#prefer(String)}. The message names both provider
 * classes.
 */
@API(status = STABLE, since = "0.1")
public final class FormatConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  FormatConflictException(String message) {
    super(message);
  }
}
