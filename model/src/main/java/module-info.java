/**
 * The topicgraph domain model: immutable values for nodes, relations, topics and feedback, and the
 * {@link dev.topicgraph.model.TopicGraph} that holds them.
 */
module dev.topicgraph.model {
  requires static org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires com.google.common;

  exports dev.topicgraph.model;
  // For scoring over the feedback columns; not public API.
  exports dev.topicgraph.model.internal to dev.topicgraph.api;
}
