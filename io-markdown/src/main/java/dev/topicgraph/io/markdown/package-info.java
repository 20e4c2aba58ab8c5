/** The Markdown format of topicgraph: one page per node and per topic. */
package dev.topicgraph.io.markdown;
