package dev.topicgraph.cli;

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

/** The usage example shown in README.md; a test checks that the README quotes this file exactly. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds a two-node graph and returns what the README example prints.
   *
   * @return the printed lines
   */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
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

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
