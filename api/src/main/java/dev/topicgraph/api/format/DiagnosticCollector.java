package dev.topicgraph.api.format;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Collects the problems of one read, for format implementations: each problem becomes a {@link
 * Diagnostic} with the read's source name, and {@link #throwIfErrors()} turns them into one {@link
 * FormatException}.
 *
 * <p>After {@code maxProblems} problems the collector is {@linkplain #isFull() full}: it records
 * that it stopped and ignores further problems, and the reader should stop reading. Not
 * thread-safe: use one collector per read.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DiagnosticCollector {
  /** The code of the diagnostic added when the collector becomes full. */
  public static final String TOO_MANY_PROBLEMS = "read.too-many-problems";

  private static final Comparator<Diagnostic> BY_LOCATION = Comparator
      .comparingInt((Diagnostic d) -> d.line().orElse(Integer.MAX_VALUE))
      .thenComparingInt(d -> d.column().orElse(Integer.MAX_VALUE));

  private final String sourceName;
  private final int maxProblems;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private boolean errors;
  private boolean full;
  private int droppedWarnings;

  /**
   * Creates a collector.
   *
   * @param sourceName the name of the input, given to every diagnostic
   * @param maxProblems how many problems to collect before becoming full, 1 or more
   */
  public DiagnosticCollector(String sourceName, int maxProblems) {
    this.sourceName = requireNonNull(sourceName, "sourceName");
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be 1 or more, not " + maxProblems);
    }
    this.maxProblems = maxProblems;
  }

  /**
   * Returns the source name given to every diagnostic.
   *
   * @return the source name
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Records an error.
   *
   * @param code the stable code, such as {@code json.type}
   * @param message what is wrong and what was expected
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param path a JSON pointer or logical path, or {@code ""} if none
   */
  public void error(String code, String message, int line, int column, String path) {
    add(Severity.ERROR, code, message, line, column, path);
  }

  /**
   * Records a warning.
   *
   * @param code the stable code
   * @param message what is probably wrong
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param path a JSON pointer or logical path, or {@code ""} if none
   */
  public void warning(String code, String message, int line, int column, String path) {
    add(Severity.WARNING, code, message, line, column, path);
  }

  /**
   * Records a problem.
   *
   * @param severity how serious it is
   * @param code the stable code
   * @param message what is wrong and what was expected
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown (ignored without a line)
   * @param path a JSON pointer or logical path, or {@code ""} if none
   */
  public void add(Severity severity, String code, String message, int line, int column, String path) {
    add(sourceName, severity, code, message, line, column, path);
  }

  /**
   * Records a problem found in another source than the collector's, such as one page of a
   * directory.
   *
   * @param source the name of the input the problem is in
   * @param severity how serious it is
   * @param code the stable code
   * @param message what is wrong and what was expected; control characters are replaced and long
   *     messages shortened
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown (ignored without a line)
   * @param path a JSON pointer or logical path, or {@code ""} if none
   */
  public void add(String source, Severity severity, String code, String message, int line, int column,
      String path) {
    Diagnostic.Builder b = Diagnostic.builder().severity(severity).code(code).message(oneLine(message))
        .source(requireNonNull(source, "source"));
    if (line > 0) {
      b.line(line);
      if (column > 0) {
        b.column(column);
      }
    }
    if (!path.isEmpty()) {
      b.path(path);
    }
    add(b.build());
  }

  /**
   * Records a diagnostic as it is.
   *
   * @param diagnostic the diagnostic
   */
  public void add(Diagnostic diagnostic) {
    requireNonNull(diagnostic, "diagnostic");
    if (full) {
      return;
    }
    if (!diagnostic.isError() && diagnostics.size() >= maxProblems) {
      droppedWarnings++;
      return;
    }
    if (diagnostics.size() >= maxProblems) {
      full = true;
      errors = true;
      diagnostics.add(Diagnostic.builder().severity(Severity.ERROR).code(TOO_MANY_PROBLEMS)
          .source(sourceName).message("stopped after " + maxProblems + " problems").build());
      return;
    }
    errors |= diagnostic.isError();
    diagnostics.add(diagnostic);
  }

  /**
   * Returns whether an error has been recorded.
   *
   * @return {@code true} after the first error
   */
  public boolean hasErrors() {
    return errors;
  }

  /**
   * Returns whether the collector stopped collecting; the reader should stop reading.
   *
   * @return {@code true} once {@code maxProblems} problems were recorded
   */
  public boolean isFull() {
    return full;
  }

  /**
   * Returns the problems recorded so far, ordered by line and column (those without a location
   * last).
   *
   * @return a copy of the diagnostics
   */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.sort(BY_LOCATION);
    if (droppedWarnings > 0 && !full) {
      copy.add(Diagnostic.builder().severity(Severity.WARNING).code(TOO_MANY_PROBLEMS).source(sourceName)
          .message(droppedWarnings + " more warnings after the first " + maxProblems + " problems are not listed")
          .build());
    }
    return List.copyOf(copy);
  }

  /**
   * Throws a {@link FormatException} with every recorded problem if any of them is an error.
   *
   * @throws FormatException if an error was recorded
   */
  public void throwIfErrors() throws FormatException {
    if (errors) {
      throw new FormatException(diagnostics());
    }
  }

  private static final int MAX_MESSAGE = 1000;

  private static String oneLine(String message) {
    StringBuilder sb = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 1));
    for (int i = 0; i < message.length() && sb.length() < MAX_MESSAGE; i++) {
      char c = message.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        sb.append(' ');
      } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < message.length()
          && Character.isLowSurrogate(message.charAt(i + 1)) || Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(message.charAt(i - 1)))) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    if (sb.length() >= MAX_MESSAGE && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
      sb.setLength(sb.length() - 1);
    }
    String out = sb.toString().strip();
    if (message.length() > MAX_MESSAGE) {
      out += " ...";
    }
    return out.isEmpty() ? "(no message)" : out;
  }
}
