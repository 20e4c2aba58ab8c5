/** An example format plugin: one record a line, through the record binding. */
module dev.topicgraph.examples.jsonl {
  requires dev.topicgraph.io.json;

  exports dev.topicgraph.examples.jsonl;

  provides dev.topicgraph.api.format.FormatProvider with dev.topicgraph.examples.jsonl.JsonLinesFormat;
}
