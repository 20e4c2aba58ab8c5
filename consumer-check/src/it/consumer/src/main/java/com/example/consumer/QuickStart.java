package com.example.consumer;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import dev.topicgraph.model.Vendor;
import java.util.ArrayList;
import java.util.List;

/** The README's second snippet ("build a graph in code, follow a relation backwards, validate"). */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds the two-node graph of the README and returns what the snippet prints.
   *
   * @return the printed lines
   */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
    // The README's snippet, unchanged (DocsTest in examples/cli checks it).
    // tag::quickstart[]
    NodeId engineeringLed = NodeId.of("org-dim.operational-profile.engineering-led-cdp");
    NodeId vendor = NodeId.of("vendor.example-sync");

    TopicGraph graph = TopicGraph.builder()
        .addNode(OrgDimension.builder()
            .id(engineeringLed)
            .title("Engineers run the activation layer")
            .confidence(0.85)
            .build())
        .addNode(Vendor.builder().id(vendor).title("Example Sync").category("composable-cdp").build())
        .addRelation(engineeringLed, RelationType.ENABLES, vendor, "SQL teams can own the sync definitions.")
        .build();

    for (Relation r : graph.referencedBy(vendor)) {
      out.add(vendor + " is " + r.type().inverseLabel() + " " + r.from()); // "enabled by"
    }
    for (Diagnostic d : graph.validate(ValidationMode.STRICT)) {
      out.add(d.toString()); // none: every reference resolves
    }
    // end::quickstart[]
    return out;
  }
}
