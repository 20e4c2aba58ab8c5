package dev.topicgraph.examples.jsonl;

import dev.topicgraph.testkit.FormatConformanceTest;

/** The JSON Lines plugin against the contract every format meets. */
class JsonLinesConformanceTest extends FormatConformanceTest {
  @Override
  protected String formatId() {
    return "jsonl";
  }

  /** No line, no record: an empty file is an empty graph. */
  @Override
  protected EmptyInput emptyInput() {
    return EmptyInput.EMPTY_GRAPH;
  }
}
