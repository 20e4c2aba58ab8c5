/**
 * A Jackson 3 databind module for the topicgraph model: every model value, graphs, scored and ranked
 * topics and their explanations, read and written through the one record binding.
 */
module dev.topicgraph.jackson {
  requires static org.apiguardian.api;
  requires transitive dev.topicgraph.api;
  requires transitive tools.jackson.databind;
  requires dev.topicgraph.io.json;

  exports dev.topicgraph.jackson;
}
