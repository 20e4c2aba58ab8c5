package dev.topicgraph.examples.cbor;

import dev.topicgraph.testkit.FormatConformanceTest;

/** The CBOR plugin against the contract every format meets. */
class CborConformanceTest extends FormatConformanceTest {
  @Override
  protected String formatId() {
    return "cbor";
  }
}
