package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.testkit.MalformedInputCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Hostile and malformed input: the documented exception, with a location, and nothing else. */
class JsonReliabilityTest {
  private final GraphReader reader = JsonFormat.defaultReader();

  @Test
  void theMalformedInputCorpus() throws IOException, URISyntaxException {
    Path corpus = Path.of(getClass().getResource("/corpus").toURI());
    assertEquals(11, MalformedInputCorpus.check(reader, corpus));
  }

  private FormatException fails(InputStream in) {
    FormatException e = assertThrows(FormatException.class, () -> reader.read(in, "generated.json"));
    Diagnostic first = e.diagnostics().get(0);
    assertTrue(first.line().isPresent() && first.column().isPresent(), first::toString);
    return e;
  }

  @Test
  void tenThousandDeepNestingStopsAtTheDepthLimit() {
    FormatException e = fails(MalformedInputCorpus.repeating("{\"format\": \"topicgraph/1\", \"nodes\": ",
        "[", 10_000, ""));
    Diagnostic limit = e.diagnostics().stream().filter(d -> d.code().equals("json.limit")).findFirst().orElseThrow();
    assertTrue(limit.message().contains("nesting depth"), limit.message());
    assertTrue(limit.line().isPresent());
  }

  @Test
  void aHundredMegabyteStringStopsAtTheStringLimit() {
    FormatException e = fails(MalformedInputCorpus.repeating(
        "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"", "a", 100_000_000L,
        "\"}]}"));
    assertEquals("json.limit", e.diagnostics().get(0).code());
    assertEquals(1, e.diagnostics().get(0).line().getAsInt());
  }

  @Test
  void aMillionElementArrayStopsAtTheProblemLimit() {
    FormatException e = fails(MalformedInputCorpus.repeating("{\"format\": \"topicgraph/1\", \"nodes\": [0",
        ", 0", 999_999, "]}"));
    assertEquals(101, e.diagnostics().size());
    assertEquals("json.type", e.diagnostics().get(0).code());
    assertEquals("read.too-many-problems", e.diagnostics().get(100).code());
  }

  @Test
  void aMillionValidTagsReadWithinTheMemoryTheBuildGives() throws IOException {
    // -Xmx512m for this module's tests: a million short strings fit; the reader holds nothing else.
    FormatException e = fails(MalformedInputCorpus.repeating(
        "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\", \"tags\": [\"t\"",
        ", \"t\"", 999_999, "]}]}"));
    assertEquals("json.invalid-value", e.diagnostics().get(0).code());
    assertTrue(e.diagnostics().get(0).message().contains("appears more than once"));
  }

  /** A document of {@code count} minimal nodes, generated as it is read. */
  private static InputStream minimalNodes(int count) {
    return new InputStream() {
      private byte[] chunk = "{\"format\": \"topicgraph/1\", \"nodes\": [".getBytes(StandardCharsets.UTF_8);
      private int at;
      private int next;

      @Override
      public int read() {
        if (at == chunk.length) {
          if (next > count) {
            return -1;
          }
          String text = next == count ? "]}" : (next == 0 ? "" : ",") + "{\"id\":\"vendor.n" + next + "\",\"title\":\"x\"}";
          chunk = text.getBytes(StandardCharsets.UTF_8);
          at = 0;
          next++;
        }
        return chunk[at++];
      }
    };
  }

  @Test
  void theWorstShapeOfValidDocumentReadsInBoundedMemory() throws IOException {
    // About 32 MB of the smallest records a document can hold, the shape that costs the most heap per
    // byte (about 9 bytes: the node objects, their indexes and the canonical sort). In this module's
    // 512 MB test heap it reads only while that factor stays under about 16; docs/reliability.md states it.
    dev.topicgraph.model.TopicGraph g = reader.read(new java.io.BufferedInputStream(minimalNodes(900_000)), "small.json");
    assertEquals(900_000, g.nodes().size());
  }
}
