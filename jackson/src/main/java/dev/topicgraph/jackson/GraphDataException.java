package dev.topicgraph.jackson;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the {@link TopicGraphModule}'s deserializers when the input is not a valid model value:
 * a {@link DatabindException} whose location is that of the first problem, carrying every problem as
 * a located {@link Diagnostic}, as the topicgraph formats report them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GraphDataException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The problems; not serialized with the exception. */
  private final transient List<Diagnostic> diagnostics;

  GraphDataException(JsonParser p, List<Diagnostic> diagnostics) {
    super(p, message(diagnostics), location(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  private static String message(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }

  private static TokenStreamLocation location(List<Diagnostic> diagnostics) {
    Diagnostic first = diagnostics.get(0);
    return new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, first.line().orElse(0),
        first.column().orElse(0));
  }

  /**
   * Returns every problem found, each with its line, column and JSON pointer.
   *
   * @return the diagnostics, at least one
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics == null ? List.of() : diagnostics;
  }
}
