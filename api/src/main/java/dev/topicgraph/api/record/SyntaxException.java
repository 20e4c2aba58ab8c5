package dev.topicgraph.api.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown by a {@link SyntaxReader} when its input is not well-formed, or goes past a read limit; the
 * {@link GraphAssembler} reports it as a located {@code <prefix>.syntax} (or {@code <prefix>.limit})
 * error and stops reading.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class SyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The line of the problem, 1-based; 0 if unknown. */
  private final int line;
  /** The column of the problem, 1-based; 0 if unknown. */
  private final int column;
  /** Whether the input went past a read limit rather than being malformed. */
  private final boolean limit;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, such as "expected a ':' after the field name"
   * @param line where, 1 for the first line; 0 if unknown
   * @param column where, 1 for the first column; 0 if unknown
   */
  public SyntaxException(String message, int line, int column) {
    this(message, line, column, false);
  }

  private SyntaxException(String message, int line, int column, boolean limit) {
    super(message);
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.limit = limit;
  }

  /**
   * Returns the exception for input past a limit of {@code ReadOptions}, such as a string longer than
   * {@code maxStringLength}; the assembler reports it as {@code <prefix>.limit}.
   *
   * @param message which limit, and what the input holds
   * @param line where, 1 for the first line; 0 if unknown
   * @param column where, 1 for the first column; 0 if unknown
   * @return the exception
   */
  public static SyntaxException limit(String message, int line, int column) {
    return new SyntaxException(message, line, column, true);
  }

  /**
   * Returns whether the input went past a read limit, rather than being malformed.
   *
   * @return {@code true} for a limit
   */
  public boolean isLimit() {
    return limit;
  }

  /**
   * Returns the line of the problem.
   *
   * @return 1 for the first line; 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem.
   *
   * @return 1 for the first column; 0 if unknown
   */
  public int column() {
    return column;
  }
}
