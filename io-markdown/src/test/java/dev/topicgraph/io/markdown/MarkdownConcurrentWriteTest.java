package dev.topicgraph.io.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.GraphShape;
import dev.topicgraph.testkit.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads of a folder of pages while another process rewrites it: each read gives one of the two
 * graphs, or a {@link FormatException} saying a write is in progress, never a mix of the two.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class MarkdownConcurrentWriteTest {
  @TempDir
  Path temp;

  static TopicGraph graph(long seed) {
    return Generators.graphs(GraphShape.of(40, 60, 30, 120)).sample(seed, 40);
  }

  @Test
  void readsWhileAnotherProcessRewritesTheFolderNeverMixTwoGraphs() throws Exception {
    Path dir = temp.resolve("pages");
    TopicGraph first = graph(1);
    TopicGraph second = graph(2);
    MarkdownFormat.losslessWriter().write(first, dir);
    Files.writeString(dir.resolve("README.txt"), "the team's notes");
    Process writer = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        RewritingProcess.class.getName(), dir.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    GraphReader reader = MarkdownFormat.defaultReader();
    int whole = 0;
    List<String> problems = new ArrayList<>();
    try {
      for (int i = 0; i < 60; i++) {
        try {
          TopicGraph seen = reader.read(dir);
          if (seen.equals(first) || seen.equals(second)) {
            whole++;
          } else {
            problems.add("read " + i + " gave a graph that is neither: " + seen);
          }
        } catch (FormatException e) {
          if (!e.diagnostics().get(0).code().equals("read.write-in-progress")) {
            problems.add("read " + i + " failed: " + e.getMessage());
          }
        }
      }
    } finally {
      writer.destroyForcibly();
      assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(List.of(), problems);
    assertTrue(whole > 0, "some reads succeed");
    TopicGraph afterKill = reader.read(dir);
    assertTrue(afterKill.equals(first) || afterKill.equals(second), "after SIGKILL the folder reads as one graph");
    MarkdownFormat.losslessWriter().write(first, dir);
    assertEquals(first, reader.read(dir));
    assertEquals("the team's notes", Files.readString(dir.resolve("README.txt")));
    assertTrue(Files.notExists(dir.resolve(AtomicOutput.STAGING)), "the next write removes what a killed one left");
  }

  /** Writes two graphs into a folder in turn until it is killed. */
  static final class RewritingProcess {
    private RewritingProcess() {}

    public static void main(String[] args) throws IOException {
      Path dir = Path.of(args[0]);
      TopicGraph first = graph(1);
      TopicGraph second = graph(2);
      for (int i = 0; ; i++) {
        MarkdownFormat.losslessWriter().write(i % 2 == 0 ? second : first, dir);
      }
    }
  }
}
