package dev.topicgraph.io.html;

/** Builds markup: every text and attribute value goes through {@link #text} or {@link #attr}. */
final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped for element content and for double-quoted attribute values. */
  Html text(String s) {
    escape(s, out);
    return this;
  }

  /** Appends {@code <tag attr="value" ...>}, the values escaped. */
  Html open(String tag, String... attrs) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      out.append(' ').append(attrs[i]).append("=\"");
      escape(attrs[i + 1], out);
      out.append('"');
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Appends {@code <tag attrs>text</tag>}. */
  Html element(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  Html nl() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Returns {@code s} with the characters HTML does not allow in text replaced by U+FFFD, as {@link #escape} does. */
  static String clean(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
      boolean bad = pair ? (Character.toCodePoint(c, s.charAt(i + 1)) & 0xFFFE) == 0xFFFE : disallowed(c);
      if (bad && b == null) {
        b = new StringBuilder(n).append(s, 0, i);
      }
      if (b != null) {
        if (bad) {
          b.append('\uFFFD');
        } else {
          b.append(c);
          if (pair) {
            b.append(s.charAt(i + 1));
          }
        }
      }
      if (pair) {
        i++;
      }
    }
    return b == null ? s : b.toString();
  }

  /** Whether HTML text may not hold {@code c} (a UTF-16 unit that is not part of a surrogate pair). */
  private static boolean disallowed(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
        || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
  }

  /** Returns {@code s} escaped for element content and double-quoted attribute values. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(s, b);
    return b.toString();
  }

  /**
   * Escapes the five characters that markup gives meaning to, and replaces the characters HTML does not
   * allow in text (controls other than tab, line feed and carriage return; lone surrogates;
   * noncharacters) with U+FFFD, so that any string gives valid HTML.
   */
  static void escape(String s, StringBuilder out) {
    String clean = clean(s); // the same string when nothing needs replacing
    int n = clean.length();
    for (int i = 0; i < n; i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        case '\r':
          break; // pages use \n line ends
        default:
          out.append(c);
      }
    }
  }
}
