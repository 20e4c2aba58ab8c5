package dev.topicgraph.api.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import org.apiguardian.api.API;

/**
 * The syntax of a record-based format, seen as a stream of events: records with named fields, lists,
 * and scalar values, each with the line and column where it stood. A format implements it over its
 * own parser; the {@link GraphAssembler} turns the events into checked model values.
 *
 * <p>The cursor starts before the first event. A record is {@link Event#START_RECORD}, then for each
 * field a {@link Event#FIELD} event (its name) followed by the field's value, then {@link
 * Event#END_RECORD}. A list is {@link Event#START_LIST}, its values, {@link Event#END_LIST}. A value
 * is a record, a list, or one scalar event ({@link Event#STRING}, {@link Event#NUMBER}, {@link
 * Event#BOOLEAN}, {@link Event#NULL}).
 *
 * <p>A syntax error in the input is thrown as a {@link SyntaxException} with its location; the
 * assembler reports it as a located diagnostic. Implementations are used by one thread at a time.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface SyntaxReader {

  /** What the cursor stands on. */
  enum Event {
    /** The start of a record; its fields follow. */
    START_RECORD,
    /** The end of a record. */
    END_RECORD,
    /** The name of a field of the current record, in {@link #text()}; its value follows. */
    FIELD,
    /** The start of a list; its values follow. */
    START_LIST,
    /** The end of a list. */
    END_LIST,
    /** A string, in {@link #text()}. */
    STRING,
    /** A number, as written, in {@link #text()}. */
    NUMBER,
    /** {@code true} or {@code false}, in {@link #text()}. */
    BOOLEAN,
    /** An explicit null: the input states a field but no value. */
    NULL
  }

  /**
   * Moves to the next event.
   *
   * @return the event, or {@code null} at the end of the input
   * @throws IOException if reading the input fails
   * @throws SyntaxException if the input is not well-formed
   */
  Event next() throws IOException;

  /**
   * Returns the event the cursor stands on.
   *
   * @return the current event, or {@code null} before the first and after the last
   */
  Event event();

  /**
   * Returns the text of the current event: the name of a {@link Event#FIELD}, the value of a {@link
   * Event#STRING}, a {@link Event#NUMBER} as written ({@code 0.85}, {@code 5}), or {@code true} or
   * {@code false}.
   *
   * @return the text
   * @throws IllegalStateException if the current event has no text
   */
  String text();

  /**
   * Returns the line where the current event starts.
   *
   * @return 1 for the first line; 0 if unknown
   */
  int line();

  /**
   * Returns the column where the current event starts.
   *
   * @return 1 for the first column; 0 if unknown
   */
  int column();

  /**
   * Skips the current value: if the cursor stands on {@link Event#START_RECORD} or {@link
   * Event#START_LIST}, moves to its matching end; otherwise stays.
   *
   * @throws IOException if reading the input fails
   */
  default void skipValue() throws IOException {
    Event e = event();
    if (e != Event.START_RECORD && e != Event.START_LIST) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      Event n = next();
      if (n == null) {
        throw new SyntaxException("the input ends inside a " + (e == Event.START_RECORD ? "record" : "list"),
            line(), column());
      }
      if (n == Event.START_RECORD || n == Event.START_LIST) {
        depth++;
      } else if (n == Event.END_RECORD || n == Event.END_LIST) {
        depth--;
      }
    }
  }

  /**
   * Returns whether the current {@link Event#NUMBER} is written as a whole number, without a fraction
   * or an exponent.
   *
   * @return {@code true} for {@code 5}, {@code false} for {@code 5.0}
   */
  default boolean isWholeNumber() {
    String t = text();
    return t.indexOf('.') < 0 && t.indexOf('e') < 0 && t.indexOf('E') < 0;
  }

  /**
   * Returns the current whole {@link Event#NUMBER}.
   *
   * @return its value
   * @throws NumberFormatException if it does not fit a {@code long}
   */
  default long longValue() {
    return Long.parseLong(text());
  }

  /**
   * Returns the current {@link Event#NUMBER}.
   *
   * @return its value
   * @throws NumberFormatException if it is not a number
   */
  default double doubleValue() {
    return Double.parseDouble(text());
  }
}
