package dev.topicgraph.model.internal;

import dev.topicgraph.model.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The value rules of the data contract, in one place, each failing with an {@link InvalidValueException}. */
public final class Checks {
  private Checks() {}

  /** Longest token (feedback id, reviewer id) accepted. */
  public static final int MAX_TOKEN_LENGTH = 128;

  /** Longest slug (lens, channel, category, relation type) accepted. */
  public static final int MAX_SLUG_LENGTH = 64;

  /** Checks single-line text that may not be empty. */
  public static String line(String field, String value) {
    if (value.isEmpty()) {
      throw new InvalidValueException(field, value, "must not be empty");
    }
    return text(field, value, false);
  }

  /** Checks prose: line feeds and tabs allowed, may be empty. */
  public static String prose(String field, String value) {
    return text(field, value, true);
  }

  /** Checks prose that may not be empty. */
  public static String nonEmptyProse(String field, String value) {
    if (value.isEmpty()) {
      throw new InvalidValueException(field, value, "must not be empty");
    }
    return text(field, value, true);
  }

  private static String text(String field, String value, boolean multiLine) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (multiLine && (c == '\t' || c == '\n')) {
          continue;
        }
        String what = c == '\n' || c == '\r' ? "a line break"
            : c == '\t' ? "a tab" : String.format("control character U+%04X", (int) c);
        throw new InvalidValueException(field, value,
            "must not contain " + what + " (at index " + i + ")"
                + (c == '\r' ? "; use \\n alone for line breaks" : ""));
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new InvalidValueException(field, value, "has an unpaired surrogate at index " + i);
      }
      if (Character.isLowSurrogate(c)) {
        throw new InvalidValueException(field, value, "has an unpaired surrogate at index " + i);
      }
    }
    if (n > 0 && (isSpace(value.charAt(0)) || isSpace(value.charAt(n - 1)))) {
      throw new InvalidValueException(field, value, "must not start or end with white space");
    }
    return value;
  }

  /** Whether a character counts as white space for the text rules. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Checks a lower-case slug: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
  public static String slug(String field, String value) {
    String problem = slugProblem(value);
    if (problem != null) {
      throw new InvalidValueException(field, value, problem);
    }
    return value;
  }

  /** Returns why a string is not a slug, or {@code null} when it is one. */
  public static String slugProblem(String value) {
    int n = value.length();
    if (n == 0) {
      return "must not be empty";
    }
    if (n > MAX_SLUG_LENGTH) {
      return "must be at most " + MAX_SLUG_LENGTH + " characters, not " + n;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (i == 0 || i == n - 1 || value.charAt(i - 1) == '-') {
          return "has a misplaced '-' at position " + (i + 1)
              + "; expected lower-case words joined by single hyphens";
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return "has " + describe(value, i) + " at position " + (i + 1)
            + "; expected only a-z, 0-9 and '-'";
      }
    }
    return null;
  }

  /** Checks an opaque token such as a feedback or reviewer id: {@code [A-Za-z0-9._:@-]{1,128}}. */
  public static String token(String field, String value) {
    int n = value.length();
    if (n == 0) {
      throw new InvalidValueException(field, value, "must not be empty");
    }
    if (n > MAX_TOKEN_LENGTH) {
      throw new InvalidValueException(field, value,
          "must be at most " + MAX_TOKEN_LENGTH + " characters, not " + n);
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || c == '_' || c == ':' || c == '@' || c == '-';
      if (!ok) {
        throw new InvalidValueException(field, value, "has " + describe(value, i) + " at position "
            + (i + 1) + "; expected only A-Z, a-z, 0-9 and . _ : @ -");
      }
    }
    return value;
  }

  /** Checks that a number is finite and within {@code 0..1}. */
  public static double unitInterval(String field, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new InvalidValueException(field, Double.toString(value), "must be between 0 and 1");
    }
    return value;
  }

  /** Checks that a list holds no element twice. */
  public static void distinct(String field, List<?> values) {
    if (values.size() < 2) {
      return;
    }
    Set<Object> seen = new HashSet<>(values.size() * 2);
    for (Object v : values) {
      if (!seen.add(v)) {
        throw new InvalidValueException(field, String.valueOf(v), "appears more than once");
      }
    }
  }

  /** Describes the character at {@code i} for an error message, e.g. {@code "'A' (U+0041)"}. */
  public static String describe(String value, int i) {
    int cp = value.codePointAt(i);
    String shown = cp < 0x20 || cp == 0x7f || Character.isSurrogate(value.charAt(i))
        ? "a control character"
        : "'" + new String(Character.toChars(cp)) + "'";
    return shown + String.format(" (U+%04X)", cp);
  }
}
