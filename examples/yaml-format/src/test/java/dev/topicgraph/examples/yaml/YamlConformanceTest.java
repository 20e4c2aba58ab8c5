package dev.topicgraph.examples.yaml;

import dev.topicgraph.testkit.FormatConformanceTest;

// tag::conformance[]
/** The YAML plugin against the contract every format meets: one line names the format. */
class YamlConformanceTest extends FormatConformanceTest {
  @Override
  protected String formatId() {
    return "yaml";
  }
}
// end::conformance[]
