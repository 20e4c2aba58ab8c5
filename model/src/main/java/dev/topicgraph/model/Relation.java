package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import java.util.Comparator;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A typed, directed edge between two nodes with the editors' rationale, such as "{@code
 * org-dim.operational-profile.engineering-led-cdp} enables {@code vendor.hightouch}, because ...".
 *
 * <p>"Referenced by" is the inverse view of relations, computed by {@link TopicGraph}, never
 * stored. Immutable and thread-safe; equality by content.
 */
@Value.Immutable(builder = false)
@API(status = STABLE, since = "0.1")
public abstract class Relation {
  /** The canonical order of relations: by source, type, target, then rationale. */
  public static final Comparator<Relation> CANONICAL_ORDER = Comparator.comparing(Relation::from)
      .thenComparing(Relation::type)
      .thenComparing(Relation::to)
      .thenComparing(Relation::rationale);

  Relation() {}

  /**
   * Returns the node the relation starts from.
   *
   * @return the source node's id
   */
  @Value.Parameter
  public abstract NodeId from();

  /**
   * Returns the type of the relation.
   *
   * @return the type
   */
  @Value.Parameter
  public abstract RelationType type();

  /**
   * Returns the node the relation points at.
   *
   * @return the target node's id
   */
  @Value.Parameter
  public abstract NodeId to();

  /**
   * Returns why the relation holds.
   *
   * @return single-line, non-empty text
   */
  @Value.Parameter
  public abstract String rationale();

  /**
   * Creates a relation.
   *
   * @param from the source node's id
   * @param type the relation type
   * @param to the target node's id
   * @param rationale why the relation holds: single-line, non-empty text
   * @return the relation
   * @throws InvalidValueException if an end is a topic id or the rationale breaks the text rules
   */
  public static Relation of(NodeId from, RelationType type, NodeId to, String rationale) {
    return ImmutableRelation.of(from, type, to, rationale);
  }

  /**
   * Returns a copy of this relation with another rationale.
   *
   * @param rationale single-line, non-empty text
   * @return the new relation
   */
  public Relation withRationale(String rationale) {
    return of(from(), type(), to(), rationale);
  }

  @Value.Check
  void check() {
    if (from().kind() == NodeKind.TOPIC) {
      throw new InvalidValueException("from", from().value(), "must be a node, not a topic");
    }
    if (to().kind() == NodeKind.TOPIC) {
      throw new InvalidValueException("to", to().value(), "must be a node, not a topic");
    }
    Checks.line("rationale", rationale());
  }
}
