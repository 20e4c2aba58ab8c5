package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The checks that graph validation runs, each with the stable {@linkplain #code() code} of the
 * diagnostics it reports.
 *
 * <p>Codes never change meaning once released; new checks get new codes.
 */
@API(status = STABLE, since = "0.1")
public enum GraphCheck {
  /** Two nodes share an id. Always an error. */
  DUPLICATE_NODE_ID("graph.duplicate-node-id", Severity.ERROR),
  /** Two topics share an id. Always an error. */
  DUPLICATE_TOPIC_ID("graph.duplicate-topic-id", Severity.ERROR),
  /** Two feedback events share an id. Always an error. */
  DUPLICATE_FEEDBACK_ID("graph.duplicate-feedback-id", Severity.ERROR),
  /** Two relations share source, type and target. Always an error. */
  DUPLICATE_RELATION("graph.duplicate-relation", Severity.ERROR),
  /** A relation starts from or points at a node that is not in the graph. */
  DANGLING_RELATION("graph.dangling-relation", Severity.WARNING),
  /** A topic draws from a node that is not in the graph. */
  DANGLING_DRAWS_FROM("graph.dangling-draws-from", Severity.WARNING),
  /** Feedback is about a topic that is not in the graph. */
  UNKNOWN_FEEDBACK_TOPIC("graph.unknown-feedback-topic", Severity.WARNING);

  private final String code;
  private final Severity severity;

  GraphCheck(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * Returns the stable code of this check's diagnostics.
   *
   * @return a code such as {@code graph.duplicate-node-id}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity of this check's diagnostics in {@link ValidationMode#LENIENT} mode; in
   * {@link ValidationMode#STRICT} mode every diagnostic is an error.
   *
   * @return the lenient severity
   */
  public Severity lenientSeverity() {
    return severity;
  }

  /**
   * Returns the severity of this check's diagnostics in the given mode.
   *
   * @param mode the validation mode
   * @return the severity
   */
  public Severity severityIn(ValidationMode mode) {
    return mode == ValidationMode.STRICT ? Severity.ERROR : severity;
  }
}
