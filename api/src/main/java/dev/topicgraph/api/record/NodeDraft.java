package dev.topicgraph.api.record;

import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import java.util.Optional;

/**
 * The builder of a node whose kind is not known until its id is: the shared fields go to a generic
 * node, which {@link Node#of} re-types once built. Not thread-safe.
 */
final class NodeDraft {
  private static final NodeId PLACEHOLDER = NodeId.of("record.node");

  final GenericNode.Builder common = GenericNode.builder().id(PLACEHOLDER);
  NodeId id;
  String category;

  NodeDraft() {}

  Node build() {
    return Node.of(id, common.build(), Optional.ofNullable(category));
  }
}
