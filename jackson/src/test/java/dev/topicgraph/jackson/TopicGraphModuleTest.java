package dev.topicgraph.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Pattern;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The databind module: every value round-trips through an application's own mappers, with located errors. */
class TopicGraphModuleTest {
  private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new TopicGraphModule()).build();
  private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new TopicGraphModule()).build();

  @Test
  void graphsRoundTripThroughJsonAndYamlAndReadLikeTheJsonFormat() {
    Property.forAllGraphs(Generators.graphs()).named("module round trip").trials(60).check(g -> {
      assertEquals(g, JSON.readValue(JSON.writeValueAsBytes(g), TopicGraph.class));
      assertEquals(g, YAML.readValue(YAML.writeValueAsBytes(g), TopicGraph.class));
      // The mapper's document is the JSON format's document: the format reads it, and the mapper reads the format's.
      assertEquals(g, JsonFormat.defaultReader().readString(JSON.writeValueAsString(g), "mapper.json"));
      ByteArrayOutputStream formatted = new ByteArrayOutputStream();
      JsonFormat.defaultWriter().write(g, formatted);
      assertEquals(g, JSON.readValue(formatted.toByteArray(), TopicGraph.class));
    });
  }

  @Test
  void everyRecordRoundTripsOnItsOwn() {
    Property.forAllGraphs(Generators.graphs()).named("records round trip").trials(40).check(g -> {
      for (Node n : g.nodes()) {
        assertEquals(n, JSON.readValue(JSON.writeValueAsString(n), Node.class));
        assertEquals(n, JSON.readValue(JSON.writeValueAsString(n), kindOf(n)));
      }
      for (Relation r : g.relations()) {
        assertEquals(r, JSON.readValue(JSON.writeValueAsString(r), Relation.class));
      }
      for (Topic t : g.topics()) {
        assertEquals(t, JSON.readValue(JSON.writeValueAsString(t), Topic.class));
      }
      for (Feedback f : g.feedback()) {
        assertEquals(f, YAML.readValue(YAML.writeValueAsBytes(f), Feedback.class));
      }
    });
  }

  /** The public type of a node's kind; its run-time class is a generated one. */
  private static Class<? extends Node> kindOf(Node n) {
    for (Class<? extends Node> kind : List.of(OrgDimension.class, Vendor.class, Pattern.class, GenericNode.class)) {
      if (kind.isInstance(n)) {
        return kind;
      }
    }
    throw new AssertionError(n);
  }

  @Test
  void aRankedBacklogRoundTripsWithItsExplanations() {
    Property.forAllGraphs(Generators.graphs()).named("ranking round trip").trials(40).check(g -> {
      List<RankedTopic> ranking = PriorityScorer.withDefaults().rank(g, AS_OF);
      String json = JSON.writeValueAsString(ranking);
      List<RankedTopic> back = JSON.readValue(json, new TypeReference<List<RankedTopic>>() { });
      assertEquals(ranking, back);
      for (int i = 0; i < ranking.size(); i++) {
        assertEquals(ranking.get(i).score(), back.get(i).score()); // bit for bit
      }
    });
  }

  @Test
  void theGuideExample() {
    TopicGraph graph = Generators.graphs().sample(3, 20);
    Instant asOf = AS_OF;
    // tag::mapper[]
    JsonMapper mapper = JsonMapper.builder().addModule(new TopicGraphModule()).build();
    List<RankedTopic> backlog = PriorityScorer.withDefaults().rank(graph, asOf);
    String body = mapper.writeValueAsString(backlog);            // what a REST endpoint returns
    List<RankedTopic> received = mapper.readValue(body, new TypeReference<List<RankedTopic>>() { });
    TopicGraph copy = mapper.readValue(mapper.writeValueAsString(graph), TopicGraph.class);
    // end::mapper[]
    assertEquals(backlog, received);
    assertEquals(graph, copy);
  }

  @Test
  void idsAndValuesInsideApplicationTypes() {
    Map<String, Object> response = Map.of("node", NodeId.of("vendor.example-sync"));
    assertEquals("{\"node\":\"vendor.example-sync\"}", JSON.writeValueAsString(response));
    assertEquals(NodeId.of("vendor.example-sync"), JSON.readValue("\"vendor.example-sync\"", NodeId.class));
    GraphDataException e = assertThrows(GraphDataException.class, () -> JSON.readValue("\"Vendor.X\"", NodeId.class));
    assertEquals("json.invalid-value", e.diagnostics().get(0).code());
  }

  @Test
  void errorsKeepTheirLocations() {
    String doc = String.join("\n",
        "{\"format\": \"topicgraph/1\", \"nodes\": [",
        "  {\"id\": \"vendor.a\", \"title\": \"A\", \"confidence\": 1.5}],",
        " \"topics\": [{\"id\": \"topic.t\", \"title\": \"T\", \"proposed\": \"2026-13-01\"}]}");
    GraphDataException e = assertThrows(GraphDataException.class, () -> JSON.readValue(doc, TopicGraph.class));
    List<String> where = e.diagnostics().stream()
        .map(d -> d.line().getAsInt() + ":" + d.column().getAsInt() + " " + d.code() + " " + d.path().orElse(""))
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("2:50 json.invalid-value /nodes/0/confidence", "3:57 json.invalid-value /topics/0/proposed"),
        where);
    assertEquals(2, e.getLocation().getLineNr(), "the exception stands at the first problem");
    assertTrue(e.getMessage().contains("confidence"), e.getMessage());

    GraphDataException kind = assertThrows(GraphDataException.class,
        () -> JSON.readValue("{\"id\": \"org-dim.a.b\", \"title\": \"A\"}", Vendor.class));
    assertTrue(kind.getMessage().contains("expected a node of the kind Vendor"), kind.getMessage());
    assertTrue(JSON.readValue("{\"id\": \"org-dim.a.b\", \"title\": \"A\"}", Node.class) instanceof OrgDimension);
  }

  @Test
  void strictByDefaultLenientWhenAsked() {
    String node = "{\"id\": \"vendor.a\", \"title\": \"A\", \"owner\": \"growth\"}";
    GraphDataException e = assertThrows(GraphDataException.class, () -> JSON.readValue(node, Node.class));
    assertEquals("json.unknown-field", e.diagnostics().get(0).code());
    ObjectMapper lenient = JsonMapper.builder().addModule(new TopicGraphModule(ReadOptions.defaults())).build();
    assertEquals(Map.of("owner", "growth"), lenient.readValue(node, Node.class).extra());
    // As docs/jackson.md says: a dangling reference is an error in strict mode and allowed when lenient.
    String dangling = "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\"}],"
        + " \"relations\": [{\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.gone\","
        + " \"rationale\": \"r\"}]}";
    GraphDataException strict = assertThrows(GraphDataException.class, () -> JSON.readValue(dangling, TopicGraph.class));
    assertEquals("graph.dangling-relation", strict.diagnostics().get(0).code());
    assertEquals("/relations/0/to", strict.diagnostics().get(0).path().orElseThrow());
    assertEquals(1, lenient.readValue(dangling, TopicGraph.class).relations().size());
  }

  @Test
  void anExplanationWhoseValueDoesNotFollowIsRefused() throws IOException {
    Explanation e = Explanation.product("p", List.of(Explanation.input(0.5, "a"), Explanation.input(0.5, "b")));
    String json = JSON.writeValueAsString(e);
    assertEquals(e, JSON.readValue(json, Explanation.class));
    GraphDataException bad = assertThrows(GraphDataException.class,
        () -> JSON.readValue(json.replace("\"value\":0.25", "\"value\":0.3"), Explanation.class));
    assertTrue(bad.getMessage().contains("its details give 0.25"), bad.getMessage());
    Diagnostic d = bad.diagnostics().get(0);
    assertEquals(1, d.line().getAsInt());
  }
}
