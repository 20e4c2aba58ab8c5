package dev.topicgraph.model;

import org.apiguardian.api.API;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Thrown when a value is constructed from a field that breaks the data contract: a malformed id, a
 * confidence outside {@code 0..1}, an interest outside {@code 1..5}, text with a line break where a
 * single line is expected, and so on.
 *
 * <p>The exception names the offending {@linkplain #field() field}, the rejected {@linkplain #value()
 * value} (as text) and the {@linkplain #reason() reason}, so that format readers can turn it into a
 * located diagnostic without parsing the message.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field whose value was refused, such as {@code confidence}. */
  private final String field;
  /** The value as given, shortened if long. */
  private final String value;
  /** What was expected. */
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param field the name of the field, such as {@code "confidence"} or {@code "id"}
   * @param value the rejected value as text
   * @param reason what was expected, such as {@code "must be between 0 and 1"}
   */
  public InvalidValueException(String field, String value, String reason) {
    super(requireNonNull(field, "field") + " " + quote(requireNonNull(value, "value")) + ": "
        + requireNonNull(reason, "reason"));
    this.field = field;
    this.value = value;
    this.reason = reason;
  }

  /**
   * Returns the name of the field whose value was rejected.
   *
   * @return the field name, never empty
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as text.
   *
   * @return the rejected value
   */
  public String value() {
    return value;
  }

  /**
   * Returns what was expected of the value, without the field name or the value.
   *
   * @return the reason, such as {@code "must be between 0 and 1"}
   */
  public String reason() {
    return reason;
  }

  private static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    int shown = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (shown++ == 120) {
        out.append("...");
        break;
      }
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogateAt(value, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
