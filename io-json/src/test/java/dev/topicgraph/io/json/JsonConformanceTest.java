package dev.topicgraph.io.json;

import dev.topicgraph.testkit.FormatConformanceTest;

/** The JSON format against the contract every format meets. */
class JsonConformanceTest extends FormatConformanceTest {
  @Override
  protected String formatId() {
    return JsonFormat.ID;
  }
}
