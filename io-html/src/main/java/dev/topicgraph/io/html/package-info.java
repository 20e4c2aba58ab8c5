/**
 * The HTML format of topicgraph: a static site with the ranked backlog, a page per topic and a page
 * per node ({@link dev.topicgraph.io.html.HtmlFormat}), and the pages one at a time for a server
 * ({@link dev.topicgraph.io.html.HtmlSite}).
 */
package dev.topicgraph.io.html;
