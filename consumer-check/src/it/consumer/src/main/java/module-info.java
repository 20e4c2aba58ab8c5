/** An application using topicgraph on the module path: the formats are found as services. */
module com.example.consumer {
  requires dev.topicgraph.api;
  requires dev.topicgraph.jackson;

  exports com.example.consumer;
}
