/**
 * The Markdown format of topicgraph: a directory with one readable page per node and per topic.
 * {@link dev.topicgraph.io.markdown.MarkdownFormat} is its provider and entry point; the layout is
 * specified in {@code docs/formats/markdown.md}.
 */
package dev.topicgraph.io.markdown;
