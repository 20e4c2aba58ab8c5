/** An example, write-only format plugin: the graph as a Mermaid flowchart. */
package dev.topicgraph.examples.mermaid;
