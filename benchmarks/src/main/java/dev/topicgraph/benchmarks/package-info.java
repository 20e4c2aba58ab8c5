/**
 * JMH benchmarks of topicgraph's hot paths, each beside its baseline in the same run. Run them with
 * {@code benchmarks/run.sh}; results and the commands that produced them are in {@code
 * benchmarks/README.md}.
 */
package dev.topicgraph.benchmarks;
