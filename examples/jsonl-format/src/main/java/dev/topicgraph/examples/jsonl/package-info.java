/** An example format plugin: JSON Lines, one record a line. */
package dev.topicgraph.examples.jsonl;
