package dev.topicgraph.io.markdown.internal;

import java.util.regex.Matcher;

/**
 * The reversible escapes that let free text sit in a Markdown page without changing its structure,
 * and the YAML scalar style of the front matter.
 *
 * <p><b>Inline text</b> (table cells, list items) escapes with a backslash every character that
 * Markdown could read as markup; reading removes a backslash before any ASCII punctuation, as
 * CommonMark does.
 *
 * <p><b>Prose</b> (summaries, section bodies) is kept as written, line for line, except that a line
 * which could end a section (an ATX heading marker {@code #}, a setext underline of {@code =} or
 * {@code -}) gets one more backslash after its indentation; so does a line that already starts with
 * backslashes before a code fence or {@code <}, and, when needed to keep a block from running past
 * the end of the prose, a fence or HTML line without one. Reading removes one backslash from every
 * line of these shapes that has at least one.
 */
final class Text {
  private Text() {}

  private static final String INLINE_SPECIAL = "\\`*_[]<>!&|~#";

  private static final java.util.regex.Pattern ALWAYS = java.util.regex.Pattern.compile(
      "^( {0,3})(\\\\*)(#.*|=+[ \\t]*|-+[ \\t]*)$", java.util.regex.Pattern.UNIX_LINES | java.util.regex.Pattern.DOTALL);
  private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile(
      "^( {0,3})(\\\\*)(```.*|~~~.*|<.*)$", java.util.regex.Pattern.UNIX_LINES | java.util.regex.Pattern.DOTALL);
  private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile(
      "^( {0,3})\\\\(\\\\*(?:#.*|=+[ \\t]*|-+[ \\t]*|```.*|~~~.*|<.*))$", java.util.regex.Pattern.UNIX_LINES | java.util.regex.Pattern.DOTALL);

  /** Escapes single-line text for a table cell or a list item. */
  static String inline(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (INLINE_SPECIAL.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Escapes single-line text that starts a list item: as {@link #inline}, and a leading {@code -},
   * {@code +}, {@code =} or ordered-list number cannot start a block of its own.
   */
  static String item(String text) {
    String s = inline(text);
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '=')) {
      return "\\" + s;
    }
    java.util.regex.Matcher m = ORDERED.matcher(s);
    return m.matches() ? m.group(1) + "\\" + m.group(2) : s;
  }

  private static final java.util.regex.Pattern ORDERED = java.util.regex.Pattern.compile(
      "^(\\d{1,9})([.)].*)$", java.util.regex.Pattern.DOTALL | java.util.regex.Pattern.UNIX_LINES);

  /** Escapes prose for a table cell: as {@link #inline}, with line breaks written as {@code <br>}. */
  static String cell(String prose) {
    StringBuilder sb = new StringBuilder();
    String[] lines = prose.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append("<br>");
      }
      sb.append(inline(lines[i]));
    }
    return sb.toString();
  }

  /** Reverses {@link #inline} and {@link #cell}: removes escapes, turns {@code <br>} into a line break. */
  static String unescape(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && isAsciiPunctuation(raw.charAt(i + 1))) {
        sb.append(raw.charAt(++i));
      } else if (c == '<' && raw.startsWith("<br>", i)) {
        sb.append('\n');
        i += 3;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isAsciiPunctuation(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  /** The prose with the lines that must be escaped escaped; {@code blockStarts} also escapes fences and HTML. */
  static String prose(String text, boolean blockStarts) {
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      String line = lines[i];
      Matcher m = ALWAYS.matcher(line);
      if (!m.matches()) {
        m = BLOCK_START.matcher(line);
        if (!m.matches() || !blockStarts && m.group(2).isEmpty()) {
          sb.append(line);
          continue;
        }
      }
      sb.append(m.group(1)).append('\\').append(m.group(2)).append(m.group(3));
    }
    return sb.toString();
  }

  /** Reverses {@link #prose}. */
  static String unprose(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      Matcher m = ESCAPED.matcher(lines[i]);
      sb.append(m.matches() ? m.group(1) + m.group(2) : lines[i]);
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ headings

  /**
   * Writes a node's section heading so that it reads back as itself and never as one of the format's
   * {@code reserved} headings: when the heading is reserved, or starts with what {@link #unheading} would
   * decode, its first character is written as a decimal character reference ({@code &#83;ources}), which
   * every CommonMark viewer shows as the character.
   */
  static String heading(String heading, java.util.Set<String> reserved) {
    if (!reserved.contains(heading) && unheading(heading).equals(heading)) {
      return heading;
    }
    int cp = heading.codePointAt(0);
    return "&#" + cp + ";" + heading.substring(Character.charCount(cp));
  }

  /** Reverses {@link #heading}: decodes one decimal character reference at the start of a heading. */
  static String unheading(String raw) {
    if (!raw.startsWith("&#")) {
      return raw;
    }
    int i = 2;
    long cp = 0;
    while (i < raw.length() && i < 9 && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
      cp = cp * 10 + (raw.charAt(i) - '0');
      i++;
    }
    if (i == 2 || i >= raw.length() || raw.charAt(i) != ';' || cp == 0 || cp > Character.MAX_CODE_POINT
        || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return raw;
    }
    return new StringBuilder().appendCodePoint((int) cp).append(raw, i + 1, raw.length()).toString();
  }

  // ------------------------------------------------------------------ YAML

  private static final java.util.Set<String> YAML_WORDS = java.util.Set.of(
      "y", "yes", "n", "no", "on", "off", "true", "false", "null", "~");

  /** A YAML scalar for text: plain when that is unambiguous, double-quoted otherwise. */
  static String yaml(String text) {
    return plainIsSafe(text) ? text : quoted(text);
  }

  /** A YAML key: plain when it is a simple word, double-quoted otherwise. */
  static String yamlKey(String key) {
    return key.matches("[A-Za-z][A-Za-z0-9_.-]*") ? key : quoted(key);
  }

  private static boolean plainIsSafe(String s) {
    if (s.isEmpty() || YAML_WORDS.contains(s.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    char first = s.charAt(0);
    if (!Character.isLetter(first) || first > 0x7f) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == ' ' || c == '-' || c == '.' || c == ',' || c == '(' || c == ')' || c == '/' || c == '\''
          || c == '?' || c == ';' || c == '+' || c == '=';
      if (!ok) {
        return false;
      }
    }
    return !s.contains("  ") && !s.endsWith(" ");
  }

  /** A double-quoted YAML scalar. */
  static String quoted(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\uFEFF' || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }
}
