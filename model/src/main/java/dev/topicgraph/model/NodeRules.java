package dev.topicgraph.model;

import dev.topicgraph.model.internal.Checks;
import java.util.Map;

/** The checks every node type runs when it is built. */
final class NodeRules {
  private NodeRules() {}

  static void check(Node node, NodeKind expected) {
    NodeKind actual = node.id().kind();
    if (expected == NodeKind.OTHER) {
      if (actual != NodeKind.OTHER) {
        throw new InvalidValueException("id", node.id().value(), "has the kind '"
            + node.id().kindSegment() + "', which has its own node type; a generic node needs another kind");
      }
    } else if (actual != expected) {
      throw new InvalidValueException("id", node.id().value(),
          "must start with '" + expected.segment() + ".' for this node type");
    }
    Checks.line("title", node.title());
    Checks.prose("summary", node.summary());
    for (String tag : node.tags()) {
      Checks.line("tags", tag);
    }
    Checks.distinct("tags", node.tags());
    node.confidence().ifPresent(c -> Checks.unitInterval("confidence", c));
    node.version().ifPresent(v -> {
      if (v < 1) {
        throw new InvalidValueException("version", Integer.toString(v), "must be 1 or more");
      }
    });
    extra(node.extra());
  }

  static void extra(Map<String, String> extra) {
    for (Map.Entry<String, String> e : extra.entrySet()) {
      Checks.token("extra key", e.getKey());
      Checks.prose("extra." + e.getKey(), e.getValue());
    }
  }
}
