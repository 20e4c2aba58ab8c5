package dev.topicgraph.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Bytes for failure messages: where two outputs first differ, with context, and input shown as
 * text with every byte that is not printable escaped. Also the shrinker of broken inputs. Stateless.
 */
final class Bytes {
  private Bytes() {}

  /** Lines of context shown before the first differing line. */
  private static final int CONTEXT = 2;

  /**
   * Describes how two outputs differ: files only on one side, and for the first file whose bytes
   * differ, the offset, line and column of the first difference, with the lines around it on both
   * sides. Empty when they are the same.
   */
  static String diff(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    StringBuilder sb = new StringBuilder();
    TreeSet<String> names = new TreeSet<>(expected.keySet());
    names.addAll(actual.keySet());
    int differing = 0;
    for (String name : names) {
      byte[] a = expected.get(name);
      byte[] b = actual.get(name);
      String shown = name.isEmpty() ? "the output" : name;
      if (a == null || b == null) {
        sb.append("\n  ").append(shown).append(a == null ? ": not expected" : ": missing");
      } else if (!Arrays.equals(a, b)) {
        if (differing++ == 0) {
          sb.append('\n').append(firstDifference(shown, a, b));
        } else {
          sb.append("\n  ").append(shown).append(": differs too");
        }
      }
    }
    return sb.length() == 0 ? "" : "the bytes differ (expected vs actual):" + sb;
  }

  private static String firstDifference(String name, byte[] a, byte[] b) {
    int at = Arrays.mismatch(a, b);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (a[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int contextStart = lineStart;
    for (int n = 0; n < CONTEXT && contextStart > 0; n++) {
      contextStart = lastLineStart(a, contextStart - 1);
    }
    StringBuilder sb = new StringBuilder("  ").append(name).append(": first difference at byte ").append(at)
        .append(", line ").append(line).append(", column ").append(at - lineStart + 1)
        .append(" (").append(a.length).append(" bytes expected, ").append(b.length).append(" actual)")
        .append("\n  expected:").append(show(slice(a, contextStart, lineEnd(a, at)), 2_000))
        .append("\n  actual:").append(show(slice(b, contextStart, lineEnd(b, at)), 2_000));
    return sb.toString();
  }

  private static int lastLineStart(byte[] a, int newline) {
    int i = newline - 1;
    while (i >= 0 && a[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  /** The end of the line holding {@code at}, and of the line after it. */
  private static int lineEnd(byte[] a, int at) {
    int i = Math.min(at, a.length);
    for (int lines = 0; i < a.length && lines < 2; i++) {
      if (a[i] == '\n') {
        lines++;
      }
    }
    return i;
  }

  private static byte[] slice(byte[] a, int from, int to) {
    return Arrays.copyOfRange(a, Math.min(from, a.length), Math.min(Math.max(from, to), a.length));
  }

  /**
   * Shows bytes as lines of text prefixed with {@code |}: UTF-8 decoded where it is valid and
   * printable, every other byte as {@code \xNN}, tabs and carriage returns as {@code \t} and {@code
   * \r}, and at most {@code max} bytes.
   */
  static String show(byte[] bytes, int max) {
    if (bytes.length == 0) {
      return "\n    (no bytes)";
    }
    StringBuilder sb = new StringBuilder("\n    |");
    int n = Math.min(bytes.length, max);
    for (int i = 0; i < n; ) {
      int b = bytes[i] & 0xff;
      if (b == '\n') {
        sb.append("\\n\n    |");
        i++;
      } else if (b == '\t' || b == '\r') {
        sb.append(b == '\t' ? "\\t" : "\\r");
        i++;
      } else if (b >= 0x20 && b < 0x7f) {
        sb.append((char) b);
        i++;
      } else {
        int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        String decoded = length > 1 && i + length <= bytes.length
            ? new String(bytes, i, length, StandardCharsets.UTF_8) : "\uFFFD";
        int cp = decoded.codePointAt(0);
        if (cp == 0xFFFD || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
            || cp == 0x2028 || cp == 0x2029) {
          sb.append(String.format("\\x%02X", b));
          i++;
        } else {
          sb.append(decoded);
          i += length;
        }
      }
    }
    if (bytes.length > max) {
      sb.append("... (").append(bytes.length - max).append(" more bytes)");
    }
    return sb.toString();
  }

  /**
   * Shrinks a broken input: the input without one chunk, for chunks of half the input, then a
   * quarter, and so on down to single bytes; a removal at the end is a shorter prefix.
   */
  static final Shrinker<byte[]> SHRINKER = input -> {
    int n = input.length;
    if (n == 0) {
      return Stream.empty();
    }
    Stream<byte[]> out = Stream.of(new byte[0]);
    for (int chunk = Math.max(1, n / 2); ; chunk /= 2) {
      int size = chunk;
      out = Stream.concat(out, IntStream.iterate(n - size, at -> at >= 0, at -> at - size)
          .mapToObj(at -> without(input, at, size)));
      if (chunk == 1) {
        return out;
      }
    }
  };

  private static byte[] without(byte[] input, int at, int length) {
    byte[] out = new byte[input.length - length];
    System.arraycopy(input, 0, out, 0, at);
    System.arraycopy(input, at + length, out, at, input.length - at - length);
    return out;
  }

  /**
   * The files of a directory output as one golden file: for each file, in order of path, a line
   * {@code --- <path> (<n> bytes)}, its bytes, and a line break.
   */
  static byte[] bundle(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
      out.writeBytes(("--- " + e.getKey() + " (" + e.getValue().length + " bytes)\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(e.getValue());
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** The files of a golden file written by {@link #bundle(Map)}. */
  static Map<String, byte[]> unbundle(byte[] bundle) {
    Map<String, byte[]> files = new TreeMap<>();
    int at = 0;
    while (at < bundle.length) {
      int end = at;
      while (end < bundle.length && bundle[end] != '\n') {
        end++;
      }
      String header = new String(bundle, at, end - at, StandardCharsets.UTF_8);
      Matcher m = BUNDLE_HEADER.matcher(header);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a golden bundle: line \"" + header + "\" at byte " + at
            + " is not '--- <path> (<n> bytes)'");
      }
      int length = Integer.parseInt(m.group(2));
      int start = end + 1;
      if (start + length + 1 > bundle.length || bundle[start + length] != '\n') {
        throw new IllegalArgumentException("not a golden bundle: " + m.group(1) + " does not hold " + length
            + " bytes and a line break");
      }
      files.put(m.group(1), Arrays.copyOfRange(bundle, start, start + length));
      at = start + length + 1;
    }
    return files;
  }

  private static final Pattern BUNDLE_HEADER = Pattern.compile("--- (.+) \\(([0-9]+) bytes\\)");
}
