package dev.topicgraph.io.html;

import java.util.Locale;
import java.util.Optional;

/** The rule for every link a page holds: {@code http}, {@code https} or relative. */
final class Links {
  private Links() {}

  /**
   * Returns {@code url} if a page may link to it: an absolute {@code http} or {@code https} URL, or a
   * relative URL (no scheme) that does not start with {@code //}.
   */
  static Optional<String> allowed(String url) {
    if (url.isEmpty() || url.startsWith("//") || url.startsWith("\\")) {
      return Optional.empty();
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '\\') {
        return Optional.empty(); // browsers strip or rewrite these, which can turn text into a scheme
      }
    }
    int colon = url.indexOf(':');
    int end = firstOf(url, "/?#");
    if (colon < 0 || (end >= 0 && end < colon)) {
      return Optional.of(url); // no scheme: relative
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? Optional.of(url) : Optional.empty();
  }

  static String require(String url, String what) {
    java.util.Objects.requireNonNull(url, what);
    return allowed(url).orElseThrow(() -> new IllegalArgumentException(what + " must be an http or https URL or a "
        + "relative one, not \"" + url + "\""));
  }

  private static int firstOf(String s, String chars) {
    int best = -1;
    for (int i = 0; i < chars.length(); i++) {
      int at = s.indexOf(chars.charAt(i));
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }
}
