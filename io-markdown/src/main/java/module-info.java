/**
 * The Markdown format of topicgraph: a directory with one page per node and per topic.
 */
module dev.topicgraph.io.markdown {
  requires static org.apiguardian.api;
  requires transitive dev.topicgraph.api;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;

  exports dev.topicgraph.io.markdown;

  provides dev.topicgraph.api.format.FormatProvider with dev.topicgraph.io.markdown.MarkdownFormat;
}
