/**
 * Test support for topicgraph: seeded generators, graph shrinking, property checks and the format
 * conformance kit.
 */
module dev.topicgraph.testkit {
  requires static org.apiguardian.api;
  requires transitive dev.topicgraph.api;
  requires transitive org.junit.jupiter.api;

  exports dev.topicgraph.testkit;

  opens dev.topicgraph.testkit to org.junit.platform.commons;
}
