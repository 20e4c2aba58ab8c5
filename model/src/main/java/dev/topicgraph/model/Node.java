package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A node of the knowledge graph: an {@link OrgDimension}, a {@link Vendor}, a {@link Pattern}, or a
 * {@link GenericNode} of any other kind.
 *
 * <p>Every node has the fields below. The kind of a node is the first segment of its id, and each
 * node type accepts only ids of its own kind. The set of node types is closed; nodes of kinds the
 * library does not know are {@link GenericNode}s, kept like any other.
 *
 * <p>Nodes are immutable values with equality by content, safe to share between threads.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Node permits OrgDimension, Vendor, Pattern, GenericNode {

  /**
   * Returns the id of the node.
   *
   * @return the id; its kind matches the node type
   */
  NodeId id();

  /**
   * Returns the title of the node, such as "Engineering-led CDP operations".
   *
   * @return single-line, non-empty text
   */
  String title();

  /**
   * Returns a plain-text summary of the node.
   *
   * @return prose, empty when the node has no summary
   */
  @Value.Default
  default String summary() {
    return "";
  }

  /**
   * Returns the tags of the node, in order, each single-line text, none repeated.
   *
   * @return the tags, possibly empty
   */
  List<String> tags();

  /**
   * Returns how confident the editors are in this node, from 0 to 1.
   *
   * @return the confidence, if stated
   */
  OptionalDouble confidence();

  /**
   * Returns the editorial version of the node, 1 or more.
   *
   * @return the version, if stated
   */
  OptionalInt version();

  /**
   * Returns the date the node was last reviewed.
   *
   * @return the date, if the node was reviewed
   */
  Optional<LocalDate> reviewed();

  /**
   * Returns the titled sections of the node, in order.
   *
   * @return the sections, possibly empty
   */
  List<Section> sections();

  /**
   * Returns the sources the node cites, in order.
   *
   * @return the sources, possibly empty
   */
  List<Source> sources();

  /**
   * Returns custom values kept with the node: keys are tokens ({@code [A-Za-z0-9._:@-]+}), values
   * are prose. Formats preserve them; the library gives them no meaning. Iteration order is
   * unspecified; formats write them sorted by key.
   *
   * @return the custom values, possibly empty
   */
  Map<String, String> extra();

  /**
   * Returns a node of the type that {@code id}'s kind names ({@link OrgDimension} for {@code org-dim},
   * {@link Vendor} for {@code vendor}, {@link Pattern} for {@code pattern}, {@link GenericNode} for any
   * other kind) with the given id and category, and every other field copied from {@code fields}.
   * Readers use it to type a node once its id is known; it also re-types a node under another id.
   *
   * @param id the id of the new node, not a topic id
   * @param fields the node whose shared fields are copied; its id and type do not matter
   * @param category the vendor category; must be empty unless {@code id} is a vendor id
   * @return the node
   * @throws InvalidValueException if {@code id} is a topic id, if a category is given for a node that
   *     is not a vendor, or if the category is not a slug
   */
  static Node of(NodeId id, Node fields, Optional<String> category) {
    if (category.isPresent() && id.kind() != NodeKind.VENDOR) {
      throw new InvalidValueException("category", category.get(),
          "only vendors have a category, and " + id + " is not a vendor id");
    }
    switch (id.kind()) {
      case ORG_DIMENSION:
        return OrgDimension.builder().from(fields).id(id).build();
      case VENDOR:
        return Vendor.builder().from(fields).id(id).category(category).build();
      case PATTERN:
        return Pattern.builder().from(fields).id(id).build();
      case TOPIC:
        throw new InvalidValueException("id", id.value(), "is a topic id; topics are not nodes");
      default:
        return GenericNode.builder().from(fields).id(id).build();
    }
  }

  /**
   * Returns the kind of the node, as named by the first segment of its id.
   *
   * @return the kind; {@link NodeKind#OTHER} for a generic node
   */
  default NodeKind kind() {
    return id().kind();
  }
}
