package dev.topicgraph.examples.cbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.cbor.CBORMapper;

class CborFormatTest {
  private static final FormatRegistry FORMATS = FormatRegistry.load();

  private static byte[] write(TopicGraph graph) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FORMATS.require("cbor").writer(WriteOptions.defaults()).write(graph, out);
    return out.toByteArray();
  }

  private static FormatException readFails(byte[] bytes) {
    return assertThrows(FormatException.class, () -> FORMATS.require("cbor").reader(ReadOptions.strict())
        .read(new ByteArrayInputStream(bytes), "graph.cbor"));
  }

  @Test
  void aTruncatedDocumentIsLocatedByItsByteOffset() throws IOException {
    byte[] bytes = write(Generators.graphs().sample(5, 20));
    byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
    Diagnostic d = readFails(cut).diagnostics().get(0);
    assertEquals("cbor.syntax", d.code(), d.toString());
    assertEquals(1, d.line().getAsInt(), "a binary syntax has one line");
    int column = d.column().getAsInt();
    assertTrue(column > 1 && column <= cut.length + 1, () -> "the byte offset + 1, not " + column + ": " + d);
  }

  @Test
  void aFieldOfTheWrongTypeIsReportedAtItsOffsetByTheSharedBinding() throws IOException {
    CBORMapper mapper = CBORMapper.builder().build();
    byte[] bytes = mapper.writeValueAsBytes(java.util.Map.of("format", "topicgraph/1",
        "nodes", java.util.List.of(java.util.Map.of("id", "vendor.example", "title", "Example", "version", "two"))));
    Diagnostic d = readFails(bytes).diagnostics().get(0);
    assertEquals("cbor.type", d.code(), d.toString());
    assertTrue(d.message().contains("\"version\""), d.message());
    assertTrue(d.column().getAsInt() > 1, d.toString());
  }
}
