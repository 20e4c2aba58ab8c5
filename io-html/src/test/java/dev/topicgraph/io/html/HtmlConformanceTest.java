package dev.topicgraph.io.html;

import dev.topicgraph.testkit.FormatConformanceTest;

/** The kit's checks of a write-only directory format: found, stable bytes, the golden site. */
class HtmlConformanceTest extends FormatConformanceTest {
  @Override
  protected String formatId() {
    return HtmlFormat.ID;
  }
}
