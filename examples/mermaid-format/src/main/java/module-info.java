/** An example format plugin: the graph as a Mermaid diagram, for people to look at. */
module dev.topicgraph.examples.mermaid {
  requires dev.topicgraph.api;

  exports dev.topicgraph.examples.mermaid;

  provides dev.topicgraph.api.format.FormatProvider with dev.topicgraph.examples.mermaid.MermaidFormat;
}
