package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GraphCheck;
import dev.topicgraph.model.GraphValidationException;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Severity;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The laws of the model, checked as properties over generated values. */
class ModelLawsTest {

  @Test
  void validIdsRoundTripThroughTheirText() {
    Gen<NodeId> ids = Gen.elements(NodeKind.values()).flatMap(Generators::nodeIds);
    Property.forAll(ids).named("id round trip").trials(500).check(id -> {
      assertEquals(id, NodeId.of(id.value()));
      assertTrue(NodeId.isValid(id.toString()));
      assertEquals(id.value(), String.join(".", id.segments()));
    });
  }

  @Test
  void invalidIdsAreRejectedWithAReason() {
    Property.forAll(Generators.invalidIds()).named("invalid ids rejected").trials(500).check(text -> {
      assertFalse(NodeId.isValid(text), text);
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> NodeId.of(text));
      assertEquals("id", e.field());
      assertEquals(NodeId.problem(text).orElseThrow(), e.reason());
    });
  }

  @Test
  void buildersRoundTripToEqualValues() {
    Property.forAll(Generators.nodes()).named("node builder round trip").trials(300).check(node -> {
      Node copy = rebuild(node);
      assertEquals(node, copy);
      assertEquals(node.hashCode(), copy.hashCode());
    });
    Property.forAll(Generators.graphs()).named("topic and feedback round trip").check(g -> {
      for (Topic t : g.topics()) {
        assertEquals(t, t.toBuilder().build());
      }
      for (Feedback f : g.feedback()) {
        assertEquals(f, f.toBuilder().build());
      }
      for (Relation r : g.relations()) {
        assertEquals(r, Relation.of(r.from(), r.type(), r.to(), r.rationale()));
      }
    });
  }

  private static Node rebuild(Node node) {
    if (node instanceof dev.topicgraph.model.Vendor) {
      return ((dev.topicgraph.model.Vendor) node).toBuilder().build();
    } else if (node instanceof dev.topicgraph.model.OrgDimension) {
      return ((dev.topicgraph.model.OrgDimension) node).toBuilder().build();
    } else if (node instanceof dev.topicgraph.model.Pattern) {
      return ((dev.topicgraph.model.Pattern) node).toBuilder().build();
    }
    return ((dev.topicgraph.model.GenericNode) node).toBuilder().build();
  }

  @Test
  void generatedGraphsAreValid() {
    Property.forAllGraphs(Generators.graphs()).named("generated graphs are valid").trials(200).check(g -> {
      assertEquals(List.of(), g.validate(ValidationMode.STRICT));
      assertEquals(g, g.toBuilder().mode(ValidationMode.STRICT).build());
    });
  }

  @ParameterizedTest
  @EnumSource(GraphCheck.class)
  void eachDefectYieldsExactlyItsCode(GraphCheck defect) {
    Property.forAll(Defects.withDefect(defect)).named("defect " + defect).trials(60).check(builder -> {
      List<Diagnostic> lenient = builder.validate(ValidationMode.LENIENT);
      assertEquals(List.of(defect.code()), lenient.stream().map(Diagnostic::code).collect(Collectors.toList()));
      assertEquals(defect.lenientSeverity(), lenient.get(0).severity());
      assertEquals(Severity.ERROR, builder.validate(ValidationMode.STRICT).get(0).severity());
      assertThrows(GraphValidationException.class, () -> builder.mode(ValidationMode.STRICT).build());
      builder.mode(ValidationMode.LENIENT);
      if (defect.lenientSeverity() == Severity.ERROR) {
        GraphValidationException e = assertThrows(GraphValidationException.class, builder::build);
        assertEquals(lenient, e.diagnostics());
      } else {
        assertEquals(lenient, builder.build().validate(ValidationMode.LENIENT));
      }
    });
  }

  @Test
  void referencedByIsTheExactInverseOfTheRelations() {
    Property.forAllGraphs(Generators.graphs()).named("referenced-by is the inverse").check(g -> {
      int incoming = 0;
      int outgoing = 0;
      for (Node n : g.nodes()) {
        List<Relation> expectedIn = g.relations().stream().filter(r -> r.to().equals(n.id())).collect(Collectors.toList());
        List<Relation> expectedOut = g.relations().stream().filter(r -> r.from().equals(n.id())).collect(Collectors.toList());
        assertEquals(expectedIn, g.referencedBy(n.id()));
        assertEquals(expectedOut, g.relationsFrom(n.id()));
        incoming += expectedIn.size();
        outgoing += expectedOut.size();
        List<Topic> drawing = g.topics().stream().filter(t -> t.drawsFrom().contains(n.id())).collect(Collectors.toList());
        assertEquals(drawing, g.topicsDrawingOn(n.id()));
      }
      assertEquals(g.relations().size(), incoming);
      assertEquals(g.relations().size(), outgoing);
    });
  }

  @Test
  void aReviewersNewestFeedbackWinsWhateverTheInputOrder() {
    Gen<TopicGraph> manyRepeats = (random, size) -> Generators.graphs(
        dev.topicgraph.testkit.GraphShape.of(3, 2, 1 + size / 10, 5 + size).withReviewers(1 + size / 8))
        .generate(random, size);
    Property.forAllGraphs(manyRepeats).named("newest feedback wins").check(g -> {
      TopicGraph shuffled = shuffled(g, new Random(g.hashCode()));
      assertEquals(g, shuffled);
      for (Topic t : g.topics()) {
        Map<String, Feedback> expected = new TreeMap<>();
        for (Feedback f : g.feedback()) {
          if (f.topic().equals(t.id())) {
            expected.merge(f.reviewer(), f, (a, b) -> Feedback.NEWEST_LAST.compare(a, b) >= 0 ? a : b);
          }
        }
        assertEquals(expected, shuffled.latestFeedbackOn(t.id()));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(shuffled.latestFeedbackOn(t.id()).keySet()));
      }
    });
  }

  private static TopicGraph shuffled(TopicGraph g, Random random) {
    List<Node> nodes = new ArrayList<>(g.nodes());
    List<Relation> relations = new ArrayList<>(g.relations());
    List<Topic> topics = new ArrayList<>(g.topics());
    List<Feedback> feedback = new ArrayList<>(g.feedback());
    Collections.shuffle(nodes, random);
    Collections.shuffle(relations, random);
    Collections.shuffle(topics, random);
    Collections.shuffle(feedback, random);
    return TopicGraph.builder().addFeedback(feedback).addTopics(topics).addRelations(relations).addNodes(nodes).build();
  }
}
