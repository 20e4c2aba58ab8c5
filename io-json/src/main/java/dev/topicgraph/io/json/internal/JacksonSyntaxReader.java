package dev.topicgraph.io.json.internal;

import dev.topicgraph.api.record.SyntaxException;
import dev.topicgraph.api.record.SyntaxReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Any Jackson token stream as a {@link SyntaxReader}: objects are records, arrays are lists. The
 * parser's failures on malformed input and on read limits become located {@link SyntaxException}s;
 * a failure of the input itself propagates as Jackson's {@code JacksonIOException}. Used by one thread.
 */
public final class JacksonSyntaxReader implements SyntaxReader {
  private final JsonParser p;
  private final String language;
  private Event event;
  /**
   * The current token's line and column, looked up once for both; {@code line} is -1 until then. They
   * are kept as numbers, not as the parser's location object, so that the object does not outlive the
   * lookup and the compiler can leave it unallocated: one was made for every field read before.
   */
  private int line = -1;
  private int column;

  /**
   * Reads from a parser, which is not closed.
   *
   * @param p the parser, before its first token or standing on one
   * @param language the syntax's name in messages, such as {@code JSON}
   */
  public JacksonSyntaxReader(JsonParser p, String language) {
    this.p = p;
    this.language = language;
    JsonToken current = p.currentToken();
    this.event = current == null ? null : event(current);
  }

  @Override
  public Event next() {
    line = -1;
    JsonToken t;
    try {
      t = p.nextToken(); // the hot path: no lambda here
    } catch (JacksonIOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw translate(e);
    }
    event = t == null ? null : event(t);
    return event;
  }

  /**
   * Calls the parser, turning its failures on bad input into {@link SyntaxException}s. A {@code
   * JacksonIOException} passes as it is: the input's own failure, or bytes its encoding refuses, which
   * the format tells apart.
   */
  private <T> T guarded(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (JacksonIOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  /**
   * The parser's failure on malformed input, or on input past a limit of its {@code
   * StreamReadConstraints}, as a located syntax problem; anything else it throws for bad input too.
   */
  private SyntaxException translate(RuntimeException e) {
    TokenStreamLocation at = null;
    if (e instanceof JacksonException) {
      at = ((JacksonException) e).getLocation();
    }
    if (at == null || lineOf(at) <= 0) {
      try {
        at = p.currentLocation();
      } catch (RuntimeException ignored) {
        at = null;
      }
    }
    int line = at == null ? 1 : Math.max(lineOf(at), 1);
    int column = at == null ? 1 : Math.max(columnOf(at), 1);
    if (e instanceof StreamConstraintsException) {
      return SyntaxException.limit("the document exceeds a read limit: "
          + clean(((JacksonException) e).getOriginalMessage()) + " (see ReadOptions)", line, column);
    }
    if (e instanceof JacksonException) {
      return new SyntaxException("malformed " + language + ": " + clean(((JacksonException) e).getOriginalMessage()),
          line, column);
    }
    return new SyntaxException("malformed " + language + ": the parser could not read past this point ("
        + e.getClass().getSimpleName() + ")", line, column);
  }

  /**
   * Returns Jackson's message without its source excerpt and with no line breaks.
   *
   * @param message the message
   * @return one line
   */
  public static String clean(String message) {
    if (message == null) {
      return "(no detail)";
    }
    String m = message;
    int at = m.indexOf("\n at [Source");
    if (at >= 0) {
      m = m.substring(0, at);
    }
    at = m.indexOf(" (start marker at");
    if (at >= 0) {
      m = m.substring(0, at);
    }
    return m.replace('\n', ' ').strip();
  }

  private static Event event(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return Event.START_RECORD;
      case END_OBJECT:
        return Event.END_RECORD;
      case PROPERTY_NAME:
        return Event.FIELD;
      case START_ARRAY:
        return Event.START_LIST;
      case END_ARRAY:
        return Event.END_LIST;
      case VALUE_STRING:
        return Event.STRING;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Event.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Event.BOOLEAN;
      default:
        // VALUE_NULL, and embedded objects of binary formats, which the model has no place for
        return Event.NULL;
    }
  }

  @Override
  public Event event() {
    return event;
  }

  @Override
  public String text() {
    if (event == Event.FIELD) {
      return p.currentName();
    }
    if (event == Event.BOOLEAN) {
      return p.currentToken() == JsonToken.VALUE_TRUE ? "true" : "false";
    }
    try {
      return p.getString(); // a long string is read to its end only now; the hot path: no lambda here
    } catch (JacksonIOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  @Override
  public int line() {
    if (line < 0) {
      locate();
    }
    return line;
  }

  @Override
  public int column() {
    if (line < 0) {
      locate();
    }
    return column;
  }

  private void locate() {
    TokenStreamLocation at = p.currentTokenLocation();
    column = columnOf(at);
    line = lineOf(at);
  }

  /**
   * Returns the line of a location. A binary syntax such as CBOR or Smile has no lines: its locations
   * are byte offsets, reported as line 1 and column offset + 1.
   *
   * @param at the location
   * @return the line, 1 or more; 0 when the parser knows no position
   */
  public static int lineOf(TokenStreamLocation at) {
    if (at.getLineNr() > 0) {
      return at.getLineNr();
    }
    return at.getByteOffset() >= 0 ? 1 : 0;
  }

  /**
   * Returns the column of a location, or for a binary syntax its byte offset + 1.
   *
   * @param at the location
   * @return the column, 1 or more; 0 when the parser knows no position
   */
  public static int columnOf(TokenStreamLocation at) {
    if (at.getLineNr() > 0) {
      return Math.max(at.getColumnNr(), 0);
    }
    long offset = at.getByteOffset();
    return offset >= 0 ? (int) Math.min(offset + 1, Integer.MAX_VALUE) : 0;
  }

  @Override
  public void skipValue() {
    guarded(p::skipChildren);
    line = -1;
    JsonToken t = p.currentToken();
    event = t == null ? null : event(t);
  }

  @Override
  public boolean isWholeNumber() {
    return p.currentToken() == JsonToken.VALUE_NUMBER_INT;
  }

  @Override
  public long longValue() {
    JsonParser.NumberType type = guarded(p::getNumberType);
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw new NumberFormatException(guarded(p::getString));
    }
    return guarded(p::getLongValue);
  }

  @Override
  public double doubleValue() {
    return guarded(p::getDoubleValue);
  }

  /**
   * Returns where the current token starts.
   *
   * @return its location
   */
  public TokenStreamLocation location() {
    return p.currentTokenLocation();
  }
}
