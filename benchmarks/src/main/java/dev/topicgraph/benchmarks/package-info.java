/** JMH benchmarks of topicgraph's hot paths, each beside its baseline. */
package dev.topicgraph.benchmarks;
