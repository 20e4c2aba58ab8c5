package dev.topicgraph.io.json.internal;

import dev.topicgraph.api.record.SyntaxReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Any Jackson token stream as a {@link SyntaxReader}: objects are records, arrays are lists. Jackson's
 * own failures (malformed input, read limits) propagate as Jackson exceptions. Used by one thread.
 */
public final class JacksonSyntaxReader implements SyntaxReader {
  private final JsonParser p;
  private Event event;
  /** The current token's location, looked up once for its line and its column. */
  private TokenStreamLocation location;

  /**
   * Reads from a parser, which is not closed.
   *
   * @param p the parser, before its first token or standing on one
   */
  public JacksonSyntaxReader(JsonParser p) {
    this.p = p;
    JsonToken current = p.currentToken();
    this.event = current == null ? null : event(current);
  }

  @Override
  public Event next() {
    location = null;
    JsonToken t = p.nextToken();
    event = t == null ? null : event(t);
    return event;
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
    return p.getString();
  }

  @Override
  public int line() {
    return Math.max(location().getLineNr(), 0);
  }

  @Override
  public int column() {
    return Math.max(location().getColumnNr(), 0);
  }

  @Override
  public void skipValue() {
    p.skipChildren();
    location = null;
    JsonToken t = p.currentToken();
    event = t == null ? null : event(t);
  }

  @Override
  public boolean isWholeNumber() {
    return p.currentToken() == JsonToken.VALUE_NUMBER_INT;
  }

  @Override
  public long longValue() {
    JsonParser.NumberType type = p.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw new NumberFormatException(p.getString());
    }
    return p.getLongValue();
  }

  @Override
  public double doubleValue() {
    return p.getDoubleValue();
  }

  /**
   * Returns where the current token starts.
   *
   * @return its location
   */
  public TokenStreamLocation location() {
    if (location == null) {
      location = p.currentTokenLocation();
    }
    return location;
  }
}
