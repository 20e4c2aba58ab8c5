package dev.topicgraph.model;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. */
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
