package dev.topicgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicGraphTest {
  private static final NodeId ENG = NodeId.of("org-dim.profile.engineering-led");
  private static final NodeId MKT = NodeId.of("org-dim.profile.marketing-led");
  private static final NodeId SYNC = NodeId.of("vendor.sync");
  private static final NodeId AGENTS = NodeId.of("pattern.agents");
  private static final NodeId TOPIC = NodeId.of("topic.serving-api");

  private static Node node(NodeId id) {
    switch (id.kind()) {
      case ORG_DIMENSION:
        return OrgDimension.builder().id(id).title("Org " + id.name()).build();
      case VENDOR:
        return Vendor.builder().id(id).title("Vendor " + id.name()).build();
      case PATTERN:
        return Pattern.builder().id(id).title("Pattern " + id.name()).build();
      default:
        return GenericNode.builder().id(id).title("Node " + id.name()).build();
    }
  }

  private static Topic topic(NodeId id, NodeId... drawsFrom) {
    return Topic.builder().id(id).title("Topic").addDrawsFrom(drawsFrom).proposed(LocalDate.of(2026, 11, 2)).build();
  }

  private static Feedback feedback(String id, String reviewer, int interest, String at) {
    return Feedback.builder().id(id).topic(TOPIC).reviewer(reviewer).interest(interest).at(Instant.parse(at)).build();
  }

  private static TopicGraph.Builder sample() {
    return TopicGraph.builder()
        .addNodes(List.of(node(SYNC), node(ENG), node(AGENTS), node(MKT)))
        .addRelation(ENG, RelationType.ENABLES, SYNC, "SQL teams own syncs")
        .addRelation(ENG, RelationType.ENABLES, AGENTS, "agents need modelled data")
        .addRelation(MKT, RelationType.CONTRASTS_WITH, ENG, "who owns activation")
        .addTopic(topic(TOPIC, ENG, SYNC))
        .addFeedback(feedback("fb-2", "r-1", 2, "2026-11-03T09:00:00Z"))
        .addFeedback(feedback("fb-1", "r-1", 5, "2026-11-04T09:00:00Z"))
        .addFeedback(feedback("fb-3", "r-2", 4, "2026-11-03T10:00:00Z"));
  }

  @Test
  void lookupsAreServedFromIndexes() {
    TopicGraph g = sample().build();
    assertEquals(List.of(ENG, MKT, AGENTS, SYNC), g.nodes().stream().map(Node::id).collect(Collectors.toList()));
    assertEquals(Optional.of(node(SYNC)), g.node(SYNC));
    assertEquals(Optional.empty(), g.node(NodeId.of("vendor.none")));
    assertTrue(g.containsNode(ENG));
    assertEquals(List.of(node(SYNC)), g.nodes(Vendor.class));
    assertEquals(2, g.nodes(OrgDimension.class).size());
    assertEquals(List.of(AGENTS, SYNC),
        g.relationsFrom(ENG).stream().map(Relation::to).collect(Collectors.toList()));
    assertEquals(List.of(), g.relationsFrom(SYNC));
    assertEquals(List.of(Relation.of(MKT, RelationType.CONTRASTS_WITH, ENG, "who owns activation")),
        g.referencedBy(ENG));
    assertEquals(List.of(ENG), g.referencedBy(SYNC).stream().map(Relation::from).collect(Collectors.toList()));
    assertEquals(g.relationsFrom(ENG), g.relationsFrom(ENG, RelationType.ENABLES));
    assertEquals(List.of(), g.relationsFrom(ENG, RelationType.CONTRASTS_WITH));
    assertEquals(g.referencedBy(ENG), g.referencedBy(ENG, RelationType.CONTRASTS_WITH));
    assertEquals(List.of(), g.referencedBy(ENG, RelationType.ENABLES));
    assertEquals(List.of(), g.relationsFrom(NodeId.of("vendor.none"), RelationType.ENABLES));
    assertEquals(List.of(TOPIC), g.topicsDrawingOn(SYNC).stream().map(Topic::id).collect(Collectors.toList()));
    assertEquals(List.of(), g.topicsDrawingOn(MKT));
    assertEquals(3, g.feedbackOn(TOPIC).size());
    assertEquals("fb-2", g.feedbackOn(TOPIC).get(0).id());
    assertEquals(Optional.of(5), g.feedback("fb-1").map(Feedback::interest));
  }

  @Test
  void aReviewersNewestFeedbackCounts() {
    Map<String, Feedback> latest = sample().build().latestFeedbackOn(TOPIC);
    assertEquals(List.of("r-1", "r-2"), List.copyOf(latest.keySet()));
    assertEquals("fb-1", latest.get("r-1").id());
    assertEquals(Map.of(), sample().build().latestFeedbackOn(NodeId.of("topic.none")));
  }

  @Test
  void feedbackAtTheSameInstantIsSettledByIdWhateverTheOrder() {
    Feedback x = feedback("fb-x", "r-1", 1, "2026-11-03T09:00:00Z");
    Feedback y = feedback("fb-y", "r-1", 5, "2026-11-03T09:00:00Z");
    TopicGraph.Builder base = TopicGraph.builder().addTopic(topic(TOPIC));
    TopicGraph xy = TopicGraph.builder().addTopic(topic(TOPIC)).addFeedback(x).addFeedback(y).build();
    TopicGraph yx = base.addFeedback(y).addFeedback(x).build();
    assertEquals(xy, yx);
    assertEquals("fb-y", xy.latestFeedbackOn(TOPIC).get("r-1").id());
    assertEquals("fb-y", yx.latestFeedbackOn(TOPIC).get("r-1").id());
  }

  @Test
  void equalityIgnoresInsertionOrder() {
    TopicGraph a = sample().build();
    TopicGraph b = TopicGraph.builder().addAll(a).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a.toBuilder().build());
    assertFalse(a.equals(TopicGraph.empty()));
    assertEquals("TopicGraph{nodes=4, relations=3, topics=1, feedback=3}", a.toString());
  }

  @Test
  void aCompleteGraphHasNoDiagnostics() {
    TopicGraph g = sample().mode(ValidationMode.STRICT).build();
    assertEquals(List.of(), g.validate(ValidationMode.STRICT));
  }

  @Test
  void duplicatesAreErrorsThatStopTheBuildAndAreAllReported() {
    TopicGraph.Builder b = sample()
        .addNode(Vendor.builder().id(SYNC).title("Another").build())
        .addFeedback(feedback("fb-1", "r-3", 1, "2026-11-05T09:00:00Z"))
        .addRelation(ENG, RelationType.ENABLES, SYNC, "said twice");
    GraphValidationException e = assertThrows(GraphValidationException.class, b::build);
    List<String> codes = e.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
    assertEquals(List.of("graph.duplicate-node-id", "graph.duplicate-feedback-id", "graph.duplicate-relation"),
        codes);
    assertTrue(e.diagnostics().stream().allMatch(Diagnostic::isError));
    assertEquals("nodes[vendor.sync]", e.diagnostics().get(0).path().orElseThrow());
    assertTrue(e.getMessage().startsWith("The graph has 3 errors:"), e.getMessage());
    assertEquals(e.diagnostics(), b.validate(ValidationMode.LENIENT));
  }

  @Test
  void danglingReferencesAreWarningsUnlessStrict() {
    NodeId missing = NodeId.of("vendor.missing");
    NodeId missingTopic = NodeId.of("topic.missing");
    TopicGraph.Builder b = sample()
        .addRelation(ENG, RelationType.REQUIRES, missing, "points nowhere")
        .addTopic(topic(NodeId.of("topic.other"), missing))
        .addFeedback(Feedback.builder().id("fb-9").topic(missingTopic).reviewer("r").interest(3)
            .at(Instant.EPOCH).build());
    TopicGraph lenient = b.build();
    List<Diagnostic> warnings = lenient.validate(ValidationMode.LENIENT);
    assertEquals(List.of(GraphCheck.DANGLING_RELATION.code(), GraphCheck.DANGLING_DRAWS_FROM.code(),
            GraphCheck.UNKNOWN_FEEDBACK_TOPIC.code()),
        warnings.stream().map(Diagnostic::code).collect(Collectors.toList()));
    assertTrue(warnings.stream().noneMatch(Diagnostic::isError));
    assertEquals("relations[org-dim.profile.engineering-led requires vendor.missing].to",
        warnings.get(0).path().orElseThrow());
    assertTrue(lenient.validate(ValidationMode.STRICT).stream().allMatch(Diagnostic::isError));

    GraphValidationException e = assertThrows(GraphValidationException.class,
        () -> b.mode(ValidationMode.STRICT).build());
    assertEquals(3, e.diagnostics().size());
  }

  @Test
  void checksHaveStableCodes() {
    assertEquals("graph.duplicate-node-id", GraphCheck.DUPLICATE_NODE_ID.code());
    assertEquals(Severity.WARNING, GraphCheck.DANGLING_RELATION.lenientSeverity());
    assertEquals(Severity.ERROR, GraphCheck.DANGLING_RELATION.severityIn(ValidationMode.STRICT));
    assertEquals(Severity.ERROR, GraphCheck.DUPLICATE_RELATION.severityIn(ValidationMode.LENIENT));
  }

  @Test
  void returnedListsCannotBeModified() {
    TopicGraph g = sample().build();
    assertThrows(UnsupportedOperationException.class, () -> g.nodes().clear());
    assertThrows(UnsupportedOperationException.class, () -> g.referencedBy(ENG).clear());
    assertThrows(UnsupportedOperationException.class, () -> g.latestFeedbackOn(TOPIC).clear());
  }
}
