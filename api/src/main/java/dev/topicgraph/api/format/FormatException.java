package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.Diagnostic;
import java.io.IOException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when input is not a valid graph in its format. It carries every problem found, each a
 * {@link Diagnostic} with a stable code, a message saying what was expected, and the source name,
 * line and column (or JSON pointer) where it was found.
 *
 * <p>A read that throws this exception returns no graph.
 */
@API(status = STABLE, since = "0.1")
public final class FormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates an exception.
   *
   * @param diagnostics the problems found, at least one of them an error
   * @throws IllegalArgumentException if none of them is an error
   */
  public FormatException(List<Diagnostic> diagnostics) {
    super(message(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Returns every problem found, in the order of their locations.
   *
   * @return the diagnostics, at least one an error
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String message(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    if (errors == 0) {
      throw new IllegalArgumentException("a FormatException needs at least one error");
    }
    StringBuilder sb = new StringBuilder()
        .append(errors).append(errors == 1 ? " error" : " errors");
    diagnostics.stream().filter(d -> d.source().isPresent()).findFirst()
        .ifPresent(d -> sb.append(" in ").append(d.source().get()));
    sb.append(':');
    for (Diagnostic d : diagnostics) {
      sb.append("\n  ").append(d);
    }
    return sb.toString();
  }
}
