package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/** How serious a {@link Diagnostic} is. */
@API(status = STABLE, since = "0.1")
public enum Severity {
  /** The input cannot be used: a read fails, a graph is not built. */
  ERROR,
  /** The input can be used, but something is probably wrong; strict mode turns it into an error. */
  WARNING;

  /**
   * Returns the lower-case name, as diagnostics print it.
   *
   * @return {@code "error"} or {@code "warning"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
