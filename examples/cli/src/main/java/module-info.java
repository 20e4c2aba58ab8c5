/** The topicgraph command line: demo, formats, validate, convert, rank, recommend, serve and token. */
module dev.topicgraph.cli {
  requires dev.topicgraph.api;
  requires dev.topicgraph.io.json;
  requires dev.topicgraph.io.html;
  requires jdk.httpserver;
  requires info.picocli;
  requires tools.jackson.core;

  exports dev.topicgraph.cli;

  opens dev.topicgraph.cli to info.picocli;
}
