package dev.topicgraph.api.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers and writers that GraphReader.ofStreams and GraphWriter.ofStreams make from stream methods. */
class StreamFormatsTest {
  private static final FormatDescriptor FORMAT = FormatDescriptor.builder().id("lines").displayName("lines")
      .addFileExtensions("lines").addCapabilities(Capability.READ, Capability.WRITE).build();

  @TempDir
  Path temp;

  /** A reader that reads its whole input, as a careless syntax would. */
  private static TopicGraph readAll(InputStream in, String sourceName) throws IOException {
    in.readAllBytes();
    in.close(); // must not close the caller's stream
    return TopicGraph.empty();
  }

  @Test
  void aCallersStreamPastTheLimitIsALocatedLimitError() {
    GraphReader reader = GraphReader.ofStreams(FORMAT, ReadOptions.builder().maxDocumentBytes(10).build(),
        StreamFormatsTest::readAll);
    byte[] input = "12345\n67890\nabc".getBytes(StandardCharsets.UTF_8);
    FormatException e = assertThrows(FormatException.class,
        () -> reader.read(new ByteArrayInputStream(input), "big.lines"));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("lines.limit", d.code());
    assertEquals(2, d.line().getAsInt(), d.toString());
    assertEquals(5, d.column().getAsInt(), d.toString());
    assertTrue(d.message().contains("10 bytes (ReadOptions.maxDocumentBytes)"), d.message());
  }

  @Test
  void withinTheLimitTheStreamIsReadAndLeftOpen() throws IOException {
    GraphReader reader = GraphReader.ofStreams(FORMAT, ReadOptions.builder().maxDocumentBytes(100).build(),
        StreamFormatsTest::readAll);
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream("short".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    assertEquals(TopicGraph.empty(), reader.read(in, "short.lines"));
    assertEquals(false, closed.get());
  }

  @Test
  void aFileIsOpenedSafelyAndWrittenAtomically() throws IOException {
    GraphWriter writer = GraphWriter.ofStreams(FORMAT, (graph, out) -> {
      out.write("graph\n".getBytes(StandardCharsets.UTF_8));
      out.close(); // must not close the caller's stream
    });
    Path file = temp.resolve("g.lines");
    writer.write(TopicGraph.empty(), file);
    assertEquals("graph\n", Files.readString(file));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(TopicGraph.empty(), out);
    out.write('!'); // still open
    assertEquals("graph\n!", out.toString(StandardCharsets.UTF_8));
    GraphWriter failing = GraphWriter.ofStreams(FORMAT, (graph, o) -> {
      o.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    });
    assertThrows(IOException.class, () -> failing.write(TopicGraph.empty(), file));
    assertEquals("graph\n", Files.readString(file), "a failed write leaves the old file");
    GraphReader reader = GraphReader.ofStreams(FORMAT, ReadOptions.defaults(), StreamFormatsTest::readAll);
    assertThrows(FormatException.class, () -> reader.read(temp), "a folder is refused");
  }

}
