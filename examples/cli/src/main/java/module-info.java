/** The topicgraph command line: demo, formats, validate, convert and rank. */
module dev.topicgraph.cli {
  requires dev.topicgraph.api;
  requires dev.topicgraph.io.json;
  requires info.picocli;
  requires tools.jackson.core;

  exports dev.topicgraph.cli;

  opens dev.topicgraph.cli to info.picocli;
}
