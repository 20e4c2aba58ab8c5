package dev.topicgraph.model;

/** How strictly a graph is validated. */
public enum ValidationMode {
  /** Problems that leave the graph usable, such as a relation to a missing node, are warnings. */
  LENIENT,
  /** Every problem is an error. */
  STRICT
}
