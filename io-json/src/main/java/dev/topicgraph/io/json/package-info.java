/**
 * The JSON format of topicgraph ({@code "format": "topicgraph/1"}): {@link
 * dev.topicgraph.io.json.JsonFormat} is its provider and entry point. The format is specified in
 * {@code docs/formats/json.md}.
 */
package dev.topicgraph.io.json;
