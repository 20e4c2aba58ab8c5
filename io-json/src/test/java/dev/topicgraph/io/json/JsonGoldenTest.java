package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import dev.topicgraph.model.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Documents checked byte for byte against the canonical writer. */
class JsonGoldenTest {
  private final GraphReader reader = JsonFormat.defaultReader();
  private final GraphWriter writer = JsonFormat.defaultWriter();

  static String resource(String name) throws IOException {
    try (InputStream in = JsonGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDesignExampleReadsAndWritesCanonically() throws IOException {
    TopicGraph graph = reader.readString(resource("design-example.json"), "design-example.json");
    assertEquals(2, graph.nodes().size());
    assertEquals(List.of(), graph.validate(ValidationMode.STRICT));
    Vendor vendor = (Vendor) graph.node(NodeId.of("vendor.growthloop")).orElseThrow();
    assertEquals("composable-cdp", vendor.category().orElseThrow());
    Feedback fb = graph.feedback("fb-1").orElseThrow();
    assertEquals(4, fb.interest());
    assertEquals(true, fb.optIn());

    String canonical = resource("design-example.canonical.json");
    assertEquals(canonical, writer.writeString(graph));
    assertEquals(graph, reader.readString(canonical, "canonical"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"design-example.canonical.json", "all-fields.json"})
  void canonicalDocumentsRoundTripByteForByte(String name) throws IOException {
    String canonical = resource(name);
    TopicGraph graph = reader.readString(canonical, name);
    assertEquals(canonical, writer.writeString(graph));
    assertEquals(graph, reader.readString(writer.writeString(graph), name));
  }

  @Test
  void everyFieldIsRead() throws IOException {
    TopicGraph g = reader.readString(resource("all-fields.json"), "all-fields.json");
    assertEquals(List.of(), g.validate(ValidationMode.STRICT));
    assertEquals("ir-7", g.node(NodeId.of("concept.identity-resolution")).orElseThrow().extra().get("legacy-id"));
    assertEquals("relies-on", g.relationsFrom(NodeId.of("vendor.example-sync")).get(0).type().name());
    assertEquals("relies on (inverse)",
        g.referencedBy(NodeId.of("concept.identity-resolution")).get(0).type().inverseLabel());
    assertEquals(123456789, g.feedback("fb-2").orElseThrow().at().getNano());
    assertEquals("no", g.node(NodeId.of("vendor.example-sync")).orElseThrow().summary());
  }
}
