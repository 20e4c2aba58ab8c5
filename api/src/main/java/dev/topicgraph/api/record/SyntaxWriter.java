package dev.topicgraph.api.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import org.apiguardian.api.API;

/**
 * The syntax of a record-based format, written as events: the mirror of {@link SyntaxReader}. A
 * format implements it over its own generator; the {@link RecordWriter} calls it with a graph's
 * records and fields in canonical order.
 *
 * <p>A record is {@link #startRecord()}, then for each field {@link #field(String)} followed by one
 * value, then {@link #endRecord()}. A list is {@link #startList()}, its values, {@link #endList()}.
 * Dates and instants arrive as strings in ISO-8601 form. Implementations are used by one thread at a
 * time.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface SyntaxWriter {

  /**
   * Starts a record.
   *
   * @throws IOException if writing fails
   */
  void startRecord() throws IOException;

  /**
   * Ends the current record.
   *
   * @throws IOException if writing fails
   */
  void endRecord() throws IOException;

  /**
   * Names the next field of the current record; its value follows.
   *
   * @param name the field's name
   * @throws IOException if writing fails
   */
  void field(String name) throws IOException;

  /**
   * Starts a list.
   *
   * @throws IOException if writing fails
   */
  void startList() throws IOException;

  /**
   * Ends the current list.
   *
   * @throws IOException if writing fails
   */
  void endList() throws IOException;

  /**
   * Writes a string.
   *
   * @param value the string
   * @throws IOException if writing fails
   */
  void string(String value) throws IOException;

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @throws IOException if writing fails
   */
  void integer(long value) throws IOException;

  /**
   * Writes a number that may have a fraction. {@link Double#toString(double)} gives the shortest text
   * that reads back as the same number.
   *
   * @param value a finite number
   * @throws IOException if writing fails
   */
  void number(double value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException if writing fails
   */
  void bool(boolean value) throws IOException;
}
