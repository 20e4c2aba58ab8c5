/** The JSON format of topicgraph ({@code "format": "topicgraph/1"}). */
package dev.topicgraph.io.json;
