package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Checks a reader against a directory of bad inputs and what each must produce.
 *
 * <p>The directory holds one entry (a file, or a directory for a directory format) per case, and an
 * {@code expected.txt} with a line per expected diagnostic: {@code <entry> <code> <line>}, or {@code
 * <entry> OK} for an input that must read. Every entry must be listed, so no case goes unchecked.
 * A case passes when the read throws a {@link FormatException} holding a diagnostic with each listed
 * code on each listed line, every diagnostic names its source, and nothing else is thrown.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MalformedInputCorpus {
  private MalformedInputCorpus() {}

  /**
   * Reads every case of a corpus and checks what comes out.
   *
   * @param reader the reader under test
   * @param directory the corpus
   * @return the number of cases checked
   * @throws IOException if the corpus cannot be read
   */
  public static int check(GraphReader reader, Path directory) throws IOException {
    Map<String, List<String[]>> expected = new TreeMap<>();
    for (String line : Files.readAllLines(directory.resolve("expected.txt"), StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      expected.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
    }
    List<String> entries;
    try (Stream<Path> s = Files.list(directory)) {
      entries = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.txt")).sorted()
          .collect(Collectors.toList());
    }
    assertEquals(entries, List.copyOf(expected.keySet()), "every corpus entry is listed in expected.txt");
    for (Map.Entry<String, List<String[]>> e : expected.entrySet()) {
      Path input = directory.resolve(e.getKey());
      boolean ok = e.getValue().get(0)[1].equals("OK");
      try {
        reader.read(input);
        if (!ok) {
          fail(e.getKey() + " was read without an error");
        }
      } catch (FormatException ex) {
        if (ok) {
          fail(e.getKey() + " should read, but: " + ex.getMessage());
        }
        check(e.getKey(), ex, e.getValue());
      } catch (Exception | StackOverflowError | OutOfMemoryError ex) {
        throw new AssertionError(e.getKey() + " escaped as " + ex, ex);
      }
    }
    return expected.size();
  }

  private static void check(String name, FormatException e, List<String[]> wanted) {
    List<Diagnostic> ds = e.diagnostics();
    assertFalse(ds.isEmpty(), name);
    for (Diagnostic d : ds) {
      assertTrue(d.source().isPresent(), () -> name + ": a diagnostic without a source: " + d);
    }
    for (String[] w : wanted) {
      String code = w[1];
      int line = Integer.parseInt(w[2]);
      assertTrue(ds.stream().anyMatch(d -> d.code().equals(code) && d.line().orElse(0) == line),
          () -> name + ": expected " + code + " on line " + line + ", got\n" + e.getMessage());
    }
  }

  /**
   * Returns a stream of {@code prefix}, then {@code count} copies of {@code unit}, then {@code
   * suffix}, produced as it is read: a huge document that takes no memory to hold.
   *
   * @param prefix the first bytes
   * @param unit the repeated bytes
   * @param count how many times to repeat {@code unit}
   * @param suffix the last bytes
   * @return the stream
   */
  public static InputStream repeating(String prefix, String unit, long count, String suffix) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] body = unit.getBytes(StandardCharsets.UTF_8);
    byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
    long total = head.length + body.length * count + tail.length;
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= total) {
          return -1;
        }
        long p = position++;
        if (p < head.length) {
          return head[(int) p] & 0xff;
        }
        p -= head.length;
        if (p < body.length * count) {
          return body[(int) (p % body.length)] & 0xff;
        }
        return tail[(int) (p - body.length * count)] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && position < total) {
          b[off + n++] = (byte) read();
        }
        return n;
      }
    };
  }
}
