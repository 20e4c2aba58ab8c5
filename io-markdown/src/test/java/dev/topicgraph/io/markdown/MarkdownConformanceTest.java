package dev.topicgraph.io.markdown;

import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.testkit.FormatConformanceTest;
import java.util.Set;

// tag::declarations[]
/** The Markdown format against the contract every format meets. */
class MarkdownConformanceTest extends FormatConformanceTest {
  @Override
  protected String formatId() {
    return MarkdownFormat.ID;
  }

  /** Relations live on their source node's page, feedback on its topic's page (docs/formats/markdown.md). */
  @Override
  protected Set<LenientContent> unwritableContent() {
    return Set.of(LenientContent.RELATION_FROM_MISSING_NODE, LenientContent.FEEDBACK_ON_MISSING_TOPIC);
  }

  /** By default a page counts its feedback; written event by event, the format is lossless. */
  @Override
  protected WriteOptions writeOptions() {
    return WriteOptions.builder().putFormatOption(MarkdownFormat.FEEDBACK_OPTION, MarkdownFormat.FEEDBACK_EVENTS)
        .build();
  }
}
// end::declarations[]
