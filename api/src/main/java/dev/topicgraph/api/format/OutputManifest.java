package dev.topicgraph.api.format;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker file of a directory written by {@link AtomicOutput#writeDirectory}: the files the
 * library owns there, whether a write is moving files into place, and, while a write moves files into place,
 * the files it is about to remove. Immutable. The same output always gives the same marker, so a
 * folder kept in version control shows no change when the same graph is written again.
 *
 * <p>The file is line-oriented text, so it reads well in a diff:
 *
 * <pre>
 * # Written by topicgraph: ...
 * topicgraph-output 1
 * state complete
 * file 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 index.md
 * file 60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752 nodes/vendor.example.md
 * </pre>
 *
 * Each file is listed with the SHA-256 of the content the library wrote, so that a later write
 * removes a file only while it still holds that content: a page edited by hand is kept. Entries
 * whose path could lead out of the folder (absolute, {@code ..}, {@code .git}, a backslash, a control
 * character) are ignored when a marker is read, so a tampered marker cannot make a write touch
 * anything outside the folder.
 *
 * A directory whose marker does not start with the {@code topicgraph-output} line (written by an
 * earlier version) counts as written by the library, owning no file.
 */
final class OutputManifest {
  static final String HEADER = "topicgraph-output 1";

  /** Whether the write that this manifest describes has finished moving its files into place. */
  enum State {
    COMPLETE,
    WRITING
  }

  final State state;
  /** The files of this output, relative with {@code /}, to the SHA-256 of their content; sorted. */
  final SortedMap<String, String> files;
  /** Files of the previous output that this one removes, to their SHA-256; empty when complete. */
  final SortedMap<String, String> stale;

  OutputManifest(State state, SortedMap<String, String> files, SortedMap<String, String> stale) {
    this.state = state;
    this.files = files;
    this.stale = stale;
  }

  /** A marker of an earlier version, or of an output that owns nothing yet. */
  static OutputManifest empty() {
    return new OutputManifest(State.COMPLETE, new TreeMap<>(), new TreeMap<>());
  }

  /** The largest marker read: about a hundred thousand files' names. */
  static final int MAX_MARKER_BYTES = 16 << 20;

  /** Reads the marker of {@code dir}; empty if there is none. */
  static Optional<OutputManifest> read(Path dir) throws IOException {
    return text(dir.resolve(AtomicOutput.MARKER)).map(OutputManifest::parse);
  }

  /**
   * The text of a marker file; empty if there is none. Bytes that are not UTF-8 are replaced, since a
   * damaged marker must still be compared and parsed as far as it goes.
   */
  static Optional<String> text(Path marker) throws IOException {
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(marker, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes(MAX_MARKER_BYTES + 1);
      if (bytes.length > MAX_MARKER_BYTES) {
        throw new IOException(marker + " is larger than " + MAX_MARKER_BYTES + " bytes; it is not a marker "
            + "topicgraph wrote");
      }
      return Optional.of(new String(bytes, UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  static OutputManifest parse(String text) {
    List<String> lines = text.lines().filter(l -> !l.startsWith("#")).collect(java.util.stream.Collectors.toList());
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return empty();
    }
    State state = State.COMPLETE;
    SortedMap<String, String> files = new TreeMap<>();
    SortedMap<String, String> stale = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      if (space < 0) {
        continue;
      }
      String key = line.substring(0, space);
      String value = line.substring(space + 1);
      if (key.equals("state")) {
        state = value.equals("writing") ? State.WRITING : State.COMPLETE;
        continue;
      }
      if (!key.equals("file") && !key.equals("stale")) {
        continue;
      }
      // "<sha-256> <path>"; an entry without a hash is owned, but never removed as stale.
      Matcher m = ENTRY.matcher(value);
      String hash = m.matches() ? m.group(1) : "";
      String path = m.matches() ? m.group(2) : value;
      if (isSafePath(path)) {
        (key.equals("file") ? files : stale).put(path, hash);
      }
    }
    return new OutputManifest(state, files, stale);
  }

  private static final Pattern ENTRY = Pattern.compile("([0-9a-f]{64}) (.+)");

  /**
   * Whether a path relative to the folder stays inside it and names something a write may own: no
   * empty, {@code .} or {@code ..} segment, no {@code .git} folder, no absolute path, no backslash,
   * colon or control character.
   */
  static boolean isSafePath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\'
        || c == ':')) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.equals(".git")) {
        return false;
      }
    }
    return !AtomicOutput.isReserved(path);
  }

  /** The SHA-256 of a file's content, in lower-case hex. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    StringBuilder hex = new StringBuilder(64);
    for (byte b : digest.digest()) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  String format() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Written by topicgraph: the files it owns in this folder and replaces on the next write.\n");
    sb.append("# Every other file here is left alone. Do not edit this file.\n");
    sb.append(HEADER).append('\n');
    sb.append("state ").append(state == State.WRITING ? "writing" : "complete").append('\n');
    files.forEach((path, hash) -> sb.append("file ").append(hash).append(' ').append(path).append('\n'));
    stale.forEach((path, hash) -> sb.append("stale ").append(hash).append(' ').append(path).append('\n'));
    return sb.toString();
  }

  OutputManifest complete() {
    return new OutputManifest(State.COMPLETE, files, new TreeMap<>());
  }

  /** The directories (relative, with {@code /}) that hold the given files, parents first. */
  static SortedSet<String> parents(Iterable<String> files) {
    SortedSet<String> out = new TreeSet<>();
    for (String f : files) {
      for (int i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
        out.add(f.substring(0, i));
      }
    }
    return out;
  }
}
