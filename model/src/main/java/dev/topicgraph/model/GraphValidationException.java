package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown by {@link TopicGraph.Builder#build()} when the content has errors, such as two nodes with
 * one id. It carries every diagnostic found, errors and warnings, in a stable order.
 */
@API(status = STABLE, since = "0.1")
public final class GraphValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates an exception.
   *
   * @param diagnostics the problems found; at least one should be an error
   */
  public GraphValidationException(List<Diagnostic> diagnostics) {
    super(message(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Returns every problem found, in a stable order.
   *
   * @return the diagnostics, not empty
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String message(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    return "The graph has " + errors + (errors == 1 ? " error" : " errors") + ":\n"
        + diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
  }
}
