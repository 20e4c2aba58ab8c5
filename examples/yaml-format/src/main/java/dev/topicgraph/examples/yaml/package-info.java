/** An example format plugin, written as a third party would: topicgraph documents in YAML. */
package dev.topicgraph.examples.yaml;
