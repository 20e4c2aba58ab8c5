package dev.topicgraph.io.markdown.internal;

import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Severity;
import java.util.List;

/** The problems of one read of many pages; each diagnostic names its page. Not thread-safe. */
final class Problems {
  /** Thrown to stop reading once the collector is full. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super(null, null, false, false);
    }
  }

  private final DiagnosticCollector collector;

  Problems(String sourceName, int maxProblems) {
    this.collector = new DiagnosticCollector(sourceName, maxProblems);
  }

  void error(String source, String code, String message, int line, int column) {
    collector.add(source, Severity.ERROR, code, message, line, column, "");
    if (collector.isFull()) {
      throw new Full();
    }
  }

  /** Records a problem that is an error in strict mode and a warning otherwise. */
  void check(boolean strict, String source, String code, String message, int line, int column) {
    if (strict) {
      error(source, code, message, line, column);
    } else {
      collector.add(source, Severity.WARNING, code, message, line, column, "");
    }
  }

  /** The warnings collected; call once no error was found. */
  List<Diagnostic> warnings() {
    return collector.diagnostics();
  }

  void add(Diagnostic d) {
    collector.add(d);
  }

  boolean hasErrors() {
    return collector.hasErrors();
  }

  void throwIfErrors() throws FormatException {
    collector.throwIfErrors();
  }
}
