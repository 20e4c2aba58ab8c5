package dev.topicgraph.cli;

import dev.topicgraph.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gives the graph's own diagnostics (a reference to an id the graph does not have) the line and
 * column where the input writes that reference, so they print as {@code file:line:column: warning
 * code: message} like the readers' diagnostics. A graph does not remember where its content came
 * from, so this finds the missing id in the input's text: the n-th diagnostic about one id gets its
 * n-th occurrence. A diagnostic whose id is not found keeps the input as its source, without a line.
 */
final class ReferenceLocator {
  /** The missing id, as the graph's checks word it ({@code GraphCheck}'s dangling references). */
  private static final Pattern MISSING =
      Pattern.compile("(?:points at|starts from|draws from|is about) (\\S+), which is not a");

  private final Path input;
  private final List<Path> files;
  private final Map<Path, List<String>> lines = new HashMap<>();
  private final Map<String, Integer> seen = new HashMap<>();

  private ReferenceLocator(Path input, List<Path> files) {
    this.input = input;
    this.files = files;
  }

  /** Locates each diagnostic that has no line, in the file or directory {@code input}. */
  static List<Diagnostic> locate(Path input, List<Diagnostic> diagnostics) {
    List<Path> files;
    if (Files.isDirectory(input)) {
      try (Stream<Path> walk = Files.walk(input)) {
        files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".md"))
            .sorted().collect(Collectors.toList());
      } catch (IOException | UncheckedIOException e) {
        files = List.of();
      }
    } else {
      files = List.of(input);
    }
    ReferenceLocator locator = new ReferenceLocator(input, files);
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      out.add(d.line().isPresent() ? d : locator.locate(d));
    }
    return out;
  }

  private Diagnostic locate(Diagnostic d) {
    Diagnostic.Builder b = d.toBuilder();
    if (d.source().isEmpty()) {
      b.source(input.toString());
    }
    Matcher m = MISSING.matcher(d.message());
    if (!m.find()) {
      return b.build();
    }
    String id = m.group(1);
    int wanted = seen.merge(id, 1, Integer::sum);
    int count = 0;
    int[] first = null;
    Path firstFile = null;
    for (Path file : files) {
      List<String> text = lines(file);
      for (int i = 0; i < text.size(); i++) {
        String line = text.get(i);
        for (int at = line.indexOf(id); at >= 0; at = line.indexOf(id, at + 1)) {
          if (!isWholeId(line, at, id.length())) {
            continue;
          }
          count++;
          if (first == null) {
            first = new int[] {i + 1, at + 1};
            firstFile = file;
          }
          if (count == wanted) {
            return b.source(file.toString()).line(i + 1).column(at + 1).build();
          }
        }
      }
    }
    return first == null ? b.build() : b.source(firstFile.toString()).line(first[0]).column(first[1]).build();
  }

  private List<String> lines(Path file) {
    return lines.computeIfAbsent(file, f -> {
      try {
        return Files.readAllLines(f, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        return List.of();
      }
    });
  }

  /** Whether the id at {@code at} is not part of a longer id (a page name {@code id.md} counts). */
  private static boolean isWholeId(String line, int at, int length) {
    if (at > 0 && isIdChar(line.charAt(at - 1))) {
      return false;
    }
    int end = at + length;
    if (end >= line.length()) {
      return true;
    }
    char next = line.charAt(end);
    if (next == '.') {
      return line.startsWith(".md", end) || end + 1 >= line.length() || !isIdChar(line.charAt(end + 1));
    }
    return !isIdChar(next);
  }

  private static boolean isIdChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
  }
}
