package dev.topicgraph.io.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the Markdown reader with Jazzer.
 *
 * <p>An input is one page, read as a single file; or, when it starts with a line {@code %%% name},
 * a directory of up to {@value #MAX_PAGES} pages, each introduced by such a line. A page named by a
 * valid id goes to {@code topics/<id>.md} or {@code nodes/<id>.md} by its kind, any other name to
 * {@code nodes/vendor.page-<n>.md}. The pages live on an in-memory file system.
 *
 * <p>The oracle: reading returns a graph or throws a {@link FormatException} with an error and with
 * at least one diagnostic located by source and a line of 1 or more; anything else thrown, an
 * {@link Error} included, is a finding. A graph that was read must survive a round trip: writing it
 * to a directory and reading that gives an equal graph.
 *
 * <p>Without {@code JAZZER_FUZZ} (the default build) the method replays the empty input and every
 * file in {@code src/test/resources/dev/topicgraph/io/markdown/MarkdownReaderFuzzTestInputs/readPages/}.
 * Those include every input that once crashed the reader: a lone carriage return, a duplicate
 * feedback id reported without a line, a 3,000-character link text. With {@code -Pfuzz} the method
 * fuzzes for {@code fuzz.duration}; see the parent pom.
 */
class MarkdownReaderFuzzTest {
  static final int MAX_PAGES = 16;
  private static final byte[] HEADER = "%%% ".getBytes(StandardCharsets.US_ASCII);
  private static final GraphReader READER = MarkdownFormat.defaultReader();
  private static final GraphWriter WRITER = MarkdownFormat.losslessWriter();
  private static final FileSystem FS = Jimfs.newFileSystem(Configuration.unix());
  private static int runs;

  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void readPages(byte[] input) throws IOException {
    check(input);
  }

  /** Reads one input as the fuzz test does and applies the oracle; throws on a finding. */
  static void check(byte[] input) throws IOException {
    Path work = FS.getPath("/run-" + (runs++));
    Files.createDirectories(work);
    try {
      Path target = layOut(input, work);
      TopicGraph graph;
      try {
        graph = READER.read(target);
      } catch (FormatException e) {
        requireLocated(e);
        return;
      }
      if (graph == null) {
        throw new AssertionError("a read returned null");
      }
      Path written = work.resolve("written");
      WRITER.write(graph, written);
      TopicGraph again;
      try {
        again = READER.read(written);
      } catch (FormatException e) {
        throw new AssertionError("the writer's output does not read back:\n" + e.getMessage(), e);
      }
      if (!graph.equals(again)) {
        throw new AssertionError("writing and reading back gave another graph:\n" + graph + "\nthen\n" + again);
      }
    } finally {
      deleteAll(work);
    }
  }

  /** Writes the input's page or pages under {@code work}; returns what to read. */
  static Path layOut(byte[] input, Path work) throws IOException {
    if (!startsWith(input, 0, HEADER)) {
      Path page = work.resolve("page.md");
      Files.write(page, input);
      return page;
    }
    Path dir = work.resolve("pages");
    Files.createDirectories(dir.resolve("nodes"));
    Files.createDirectories(dir.resolve("topics"));
    List<int[]> starts = new ArrayList<>();
    for (int i = 0; i < input.length && starts.size() < MAX_PAGES; i++) {
      if ((i == 0 || input[i - 1] == '\n') && startsWith(input, i, HEADER)) {
        starts.add(new int[] {i});
      }
    }
    for (int p = 0; p < starts.size(); p++) {
      int from = starts.get(p)[0] + HEADER.length;
      int to = p + 1 < starts.size() ? starts.get(p + 1)[0] : input.length;
      int eol = from;
      while (eol < to && input[eol] != '\n') {
        eol++;
      }
      String name = new String(input, from, eol - from, StandardCharsets.UTF_8).trim();
      if (name.endsWith(".md")) {
        name = name.substring(0, name.length() - 3);
      }
      if (!NodeId.isValid(name)) {
        name = "vendor.page-" + p;
      }
      String folder = NodeId.of(name).kind() == NodeKind.TOPIC ? "topics" : "nodes";
      Path page = dir.resolve(folder).resolve(name + ".md");
      if (Files.exists(page)) {
        page = dir.resolve("nodes").resolve("vendor.page-" + p + ".md");
      }
      byte[] content = Arrays.copyOfRange(input, Math.min(eol + 1, to), to);
      Files.write(page, content);
    }
    return dir;
  }

  private static boolean startsWith(byte[] input, int at, byte[] prefix) {
    if (input.length - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (input[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static void requireLocated(FormatException e) {
    if (e.diagnostics().stream().noneMatch(Diagnostic::isError)) {
      throw new AssertionError("a FormatException without errors", e);
    }
    boolean located = e.diagnostics().stream()
        .anyMatch(d -> d.source().isPresent() && d.line().isPresent() && d.line().getAsInt() >= 1);
    if (!located) {
      throw new AssertionError("no diagnostic has a source and a line >= 1:\n" + e.getMessage(), e);
    }
  }

  private static void deleteAll(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
