/**
 * The topicgraph API: the format SPI with its registry and diagnostics, and priority scoring.
 */
module dev.topicgraph.api {
  requires static org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires transitive dev.topicgraph.model;
  requires com.google.common;

  exports dev.topicgraph.api.format;
  exports dev.topicgraph.api.recommend;
  exports dev.topicgraph.api.record;
  exports dev.topicgraph.api.scoring;

  uses dev.topicgraph.api.format.FormatProvider;
}
