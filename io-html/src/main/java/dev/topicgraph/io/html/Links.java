package dev.topicgraph.io.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The rule for every link a page holds: {@code http}, {@code https} or relative. */
final class Links {
  private Links() {}

  /**
   * Returns {@code url} if a page may link to it: an absolute {@code http} or {@code https} URL with a
   * host, or a relative URL (no scheme, no {@code //} authority), either of which {@link URI} parses.
   */
  static Optional<String> allowed(String url) {
    if (url.isEmpty() || url.startsWith("//") || url.startsWith("\\")) {
      return Optional.empty();
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '\\' || c == '[' || c == ']') {
        // Browsers strip or rewrite the first ones, which can turn text into a scheme; brackets (IPv6
        // hosts) are not valid anywhere else in a URL.
        return Optional.empty();
      }
    }
    URI uri;
    try {
      uri = new URI(url); // RFC 2396: what a browser and a validator read the same way
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (uri.getScheme() == null) {
      return uri.getRawAuthority() == null ? Optional.of(url) : Optional.empty(); // relative
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    // An absolute link names a host by name or IPv4 address, with no user name or password, and a port
    // that exists; "http:host" and "http:///x" have no host, and are refused.
    String host = uri.getHost();
    if (uri.isOpaque() || host == null || host.startsWith("[") || host.contains("..") || uri.getRawUserInfo() != null
        || uri.getPort() > 65535 || uri.getPort() == 0) {
      return Optional.empty();
    }
    return Optional.of(url);
  }

  static String require(String url, String what) {
    java.util.Objects.requireNonNull(url, what);
    return allowed(url).orElseThrow(() -> new IllegalArgumentException(what + " must be an http or https URL or a "
        + "relative one, not \"" + url + "\""));
  }

}
