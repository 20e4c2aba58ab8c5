package dev.topicgraph.examples.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import dev.topicgraph.testkit.FormatConformanceTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The diagram plugin: the conformance kit (write-only checks) and one diagram checked in full. */
class MermaidFormatTest extends FormatConformanceTest {
  @Override
  protected String formatId() {
    return "mermaid";
  }

  @Test
  void drawsNodesRelationsAndTopics() {
    NodeId a = NodeId.of("vendor.a");
    NodeId b = NodeId.of("vendor.b");
    TopicGraph g = TopicGraph.builder()
        .addNode(Vendor.builder().id(a).title("Say \"A\" <now>").build())
        .addNode(Vendor.builder().id(b).title("B | #1").build())
        .addRelation(a, RelationType.ALTERNATIVE_TO, b, "either")
        .addTopic(Topic.builder().id(NodeId.of("topic.t")).title("T").addDrawsFrom(b).proposed(LocalDate.EPOCH).build())
        .build();
    assertEquals("flowchart LR\n"
        + "  subgraph vendor[\"vendor\"]\n"
        + "    n1[\"Say #quot;A#quot; #lt;now#gt;\"]\n"
        + "    n2[\"B #124; #35;1\"]\n"
        + "  end\n"
        + "  t1([\"T\"])\n"
        + "  n1 -->|alternative to| n2\n"
        + "  t1 -.-> n2\n", MermaidFormat.diagram(g));
  }
}
