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
    // byte (about 9 bytes: the node objects, their indexes and the canonical sort). It is twice the
    // default document limit; in this module's 512 MB test heap it reads only while that factor stays
    // under about 16. docs/reliability.md states it.
    GraphReader raised =
        new JsonFormat().reader(dev.topicgraph.api.format.ReadOptions.builder().maxDocumentBytes(64L << 20).build());
    dev.topicgraph.model.TopicGraph g = raised.read(new java.io.BufferedInputStream(minimalNodes(900_000)), "small.json");
    assertEquals(900_000, g.nodes().size());
  }

  @Test
  void aFifoGivenAsTheDocumentIsRefusedWithoutBeingOpened(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path fifo = dir.resolve("graph.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is not available");
    java.util.concurrent.Future<FormatException> read = java.util.concurrent.Executors.newSingleThreadExecutor()
        .submit(() -> assertThrows(FormatException.class, () -> reader.read(fifo)));
    FormatException e = read.get(60, java.util.concurrent.TimeUnit.SECONDS); // a hang guard: opening a FIFO blocks
    assertEquals("json.file-type", e.diagnostics().get(0).code());
    assertEquals(1, e.diagnostics().get(0).line().getAsInt());
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS) // a hang guard, not a speed goal
  void anObjectWithThreeHundredThousandFieldsReadsInLinearTime() throws IOException {
    // Duplicate fields are looked for in every object; a linear scan per field once made this take hours.
    StringBuilder doc = new StringBuilder("{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\"");
    for (int i = 0; i < 300_000; i++) {
      doc.append(", \"k").append(i).append("\": \"v\"");
    }
    doc.append(", \"k7\": \"again\"}]}");
    FormatException e = fails(new java.io.ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals("json.duplicate-field", e.diagnostics().get(0).code());
    assertEquals("/nodes/0/k7", e.diagnostics().get(0).path().orElseThrow());
  }
}
