package dev.topicgraph.api.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown by a {@link SyntaxReader} when its input is not well-formed; the {@link GraphAssembler}
 * reports it as a located {@code <prefix>.syntax} error and stops reading.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class SyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, such as "expected a ':' after the field name"
   * @param line where, 1 for the first line; 0 if unknown
   * @param column where, 1 for the first column; 0 if unknown
   */
  public SyntaxException(String message, int line, int column) {
    super(message);
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
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
