package dev.topicgraph.jackson;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Severity;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** Makes a {@link GraphDataException} of one problem at the parser's current token. */
final class GraphDataExceptions {
  private GraphDataExceptions() {}

  static GraphDataException single(JsonParser p, String code, String message) {
    TokenStreamLocation at = p.currentTokenLocation();
    Diagnostic.Builder d = Diagnostic.builder().severity(Severity.ERROR).code(code).message(message)
        .source(TopicGraphModule.SOURCE);
    if (at != null && at.getLineNr() > 0) {
      d.line(at.getLineNr()).column(Math.max(at.getColumnNr(), 1));
    }
    return new GraphDataException(p, List.of(d.build()));
  }
}
