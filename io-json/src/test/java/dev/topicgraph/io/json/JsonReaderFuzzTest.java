package dev.topicgraph.io.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the JSON reader with Jazzer.
 *
 * <p>The oracle: reading any bytes returns a graph or throws a {@link FormatException} with an error
 * and with at least one diagnostic located by source and line (or by JSON pointer); anything else
 * thrown, an {@link Error} included, is a finding. A graph that was read must survive a round trip:
 * writing it and reading the output gives an equal graph.
 *
 * <p>Without {@code JAZZER_FUZZ} (the default build) the method replays the empty input and every
 * file in {@code src/test/resources/dev/topicgraph/io/json/JsonReaderFuzzTestInputs/readJson/}: the
 * seeds (the malformed-input corpus and valid documents) and every crash found so far. With
 * {@code -Pfuzz} it fuzzes for {@code fuzz.duration}; see the parent pom.
 */
class JsonReaderFuzzTest {
  private static final GraphReader READER = JsonFormat.defaultReader();
  private static final GraphWriter WRITER = JsonFormat.defaultWriter();

  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void readJson(byte[] input) throws IOException {
    TopicGraph graph;
    try {
      graph = READER.read(new ByteArrayInputStream(input), "fuzz.json");
    } catch (FormatException e) {
      requireLocated(e);
      return;
    }
    if (graph == null) {
      throw new AssertionError("a read returned null");
    }
    byte[] written = WRITER.toBytes(graph);
    TopicGraph again;
    try {
      again = READER.read(new ByteArrayInputStream(written), "written.json");
    } catch (FormatException e) {
      throw new AssertionError("the writer's output does not read back:\n" + e.getMessage(), e);
    }
    if (!graph.equals(again)) {
      throw new AssertionError("writing and reading back gave another graph; written:\n"
          + new String(written, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  static void requireLocated(FormatException e) {
    if (e.diagnostics().stream().noneMatch(Diagnostic::isError)) {
      throw new AssertionError("a FormatException without errors", e);
    }
    boolean located = e.diagnostics().stream().anyMatch(d -> d.path().isPresent()
        || (d.source().isPresent() && d.line().isPresent() && d.line().getAsInt() >= 1));
    if (!located) {
      throw new AssertionError("no diagnostic has a source and a line >= 1 or a JSON pointer:\n" + e.getMessage(), e);
    }
  }
}
