package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How strictly a graph is validated. */
@API(status = STABLE, since = "0.1")
public enum ValidationMode {
  /** Problems that leave the graph usable, such as a relation to a missing node, are warnings. */
  LENIENT,
  /** Every problem is an error. */
  STRICT
}
