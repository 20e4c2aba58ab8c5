/**
 * The HTML format of topicgraph: a static site with the ranked backlog, a page per topic and a page
 * per node. Write only.
 */
module dev.topicgraph.io.html {
  requires static org.apiguardian.api;
  requires transitive dev.topicgraph.api;
  requires org.commonmark;

  exports dev.topicgraph.io.html;

  provides dev.topicgraph.api.format.FormatProvider with dev.topicgraph.io.html.HtmlFormat;
}
