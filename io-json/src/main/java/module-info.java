/**
 * The JSON format of topicgraph: {@code "format": "topicgraph/1"}.
 */
module dev.topicgraph.io.json {
  requires static org.apiguardian.api;
  requires transitive dev.topicgraph.api;
  requires transitive tools.jackson.core;

  exports dev.topicgraph.io.json;

  provides dev.topicgraph.api.format.FormatProvider with dev.topicgraph.io.json.JsonFormat;
}
