package dev.topicgraph.io.markdown;

import dev.topicgraph.testkit.FormatConformanceTest;

/** The Markdown format against the contract every format meets. */
class MarkdownConformanceTest extends FormatConformanceTest {
  @Override
  protected String formatId() {
    return MarkdownFormat.ID;
  }
}
