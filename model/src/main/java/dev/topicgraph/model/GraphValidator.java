package dev.topicgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Validates graph content given as lists sorted into canonical order. */
final class GraphValidator {
  private final ValidationMode mode;
  private final List<Diagnostic> out = new ArrayList<>();

  private GraphValidator(ValidationMode mode) {
    this.mode = mode;
  }

  static List<Diagnostic> validate(
      List<Node> nodes,
      List<Relation> relations,
      List<Topic> topics,
      List<Feedback> feedback,
      Set<NodeId> nodeIds,
      Set<NodeId> topicIds,
      ValidationMode mode) {
    GraphValidator v = new GraphValidator(mode);
    v.duplicates(nodes, Node::id, GraphCheck.DUPLICATE_NODE_ID, "node", n -> "nodes[" + n.id() + "]");
    v.duplicates(topics, Topic::id, GraphCheck.DUPLICATE_TOPIC_ID, "topic", t -> "topics[" + t.id() + "]");
    v.duplicates(feedback, Feedback::id, GraphCheck.DUPLICATE_FEEDBACK_ID, "feedback event",
        f -> "feedback[" + f.id() + "]");
    Relation previous = null;
    for (Relation r : relations) {
      if (previous != null && previous.from().equals(r.from()) && previous.type().equals(r.type())
          && previous.to().equals(r.to())) {
        v.report(GraphCheck.DUPLICATE_RELATION, "the relation " + describe(r)
            + " is stated more than once; keep one and merge the rationales", path(r));
      }
      previous = r;
    }
    for (Relation r : relations) {
      if (!nodeIds.contains(r.from())) {
        v.report(GraphCheck.DANGLING_RELATION, "the relation " + describe(r) + " starts from "
            + r.from() + ", which is not a node of the graph", path(r) + ".from");
      }
      if (!nodeIds.contains(r.to())) {
        v.report(GraphCheck.DANGLING_RELATION, "the relation " + describe(r) + " points at "
            + r.to() + ", which is not a node of the graph", path(r) + ".to");
      }
    }
    for (Topic t : topics) {
      for (int i = 0; i < t.drawsFrom().size(); i++) {
        NodeId n = t.drawsFrom().get(i);
        if (!nodeIds.contains(n)) {
          v.report(GraphCheck.DANGLING_DRAWS_FROM, "the topic " + t.id() + " draws from " + n
              + ", which is not a node of the graph", "topics[" + t.id() + "].drawsFrom[" + i + "]");
        }
      }
    }
    for (Feedback f : feedback) {
      if (!topicIds.contains(f.topic())) {
        v.report(GraphCheck.UNKNOWN_FEEDBACK_TOPIC, "the feedback " + f.id() + " is about "
            + f.topic() + ", which is not a topic of the graph", "feedback[" + f.id() + "].topic");
      }
    }
    return List.copyOf(v.out);
  }

  private <T, K extends Comparable<? super K>> void duplicates(
      List<T> sorted, Function<T, K> key, GraphCheck check, String what, Function<T, String> path) {
    K previous = null;
    boolean reported = false;
    for (T item : sorted) {
      K k = key.apply(item);
      if (previous != null && previous.compareTo(k) == 0) {
        if (!reported) {
          report(check, "more than one " + what + " has the id " + k + "; ids must be unique", path.apply(item));
          reported = true;
        }
      } else {
        reported = false;
      }
      previous = k;
    }
  }

  private void report(GraphCheck check, String message, String path) {
    out.add(Diagnostic.builder()
        .code(check.code())
        .severity(check.severityIn(mode))
        .message(message)
        .path(path)
        .build());
  }

  static String describe(Relation r) {
    return r.from() + " " + r.type() + " " + r.to();
  }

  private static String path(Relation r) {
    return "relations[" + describe(r) + "]";
  }
}
