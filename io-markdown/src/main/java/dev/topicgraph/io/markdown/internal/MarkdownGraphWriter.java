package dev.topicgraph.io.markdown.internal;

import static java.util.Objects.requireNonNull;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a graph as a directory of pages. Immutable and thread-safe. */
public final class MarkdownGraphWriter implements GraphWriter {
  private final FormatDescriptor descriptor;
  private final boolean events;

  /**
   * Creates a writer.
   *
   * @param descriptor the format's descriptor
   * @param events whether topic pages list every feedback event rather than counts
   */
  public MarkdownGraphWriter(FormatDescriptor descriptor, boolean events) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
    this.events = events;
  }

  @Override
  public FormatDescriptor format() {
    return descriptor;
  }

  @Override
  public void write(TopicGraph graph, Path target) throws IOException {
    requireNonNull(graph, "graph");
    requireNonNull(target, "target");
    for (Relation r : graph.relations()) {
      if (!graph.containsNode(r.from())) {
        throw new IllegalArgumentException("the relation " + r.from() + " " + r.type() + " " + r.to()
            + " starts from a node the graph does not have; the Markdown format keeps relations on their source "
            + "node's page");
      }
    }
    for (Feedback f : graph.feedback()) {
      if (graph.topic(f.topic()).isEmpty()) {
        throw new IllegalArgumentException("the feedback " + f.id() + " is about " + f.topic() + ", which the graph "
            + "does not have; the Markdown format keeps feedback on its topic's page");
      }
    }
    AtomicOutput.writeDirectory(target, dir -> {
      Path nodes = Files.createDirectories(dir.resolve("nodes"));
      Path topics = Files.createDirectories(dir.resolve("topics"));
      for (Node n : graph.nodes()) {
        write(page(nodes, n.id()), PageWriter.nodePage(graph, n));
      }
      for (Topic t : graph.topics()) {
        write(page(topics, t.id()), PageWriter.topicPage(graph, t, events));
      }
      write(dir.resolve("index.md"), PageWriter.index(graph));
    });
  }

  /** The page of an id; ids cannot name a path outside the directory, and this checks it again. */
  private static Path page(Path dir, NodeId id) {
    Path file = dir.resolve(id.value() + ".md").normalize();
    if (!file.getParent().equals(dir.normalize())) {
      throw new IllegalArgumentException("the id " + id + " does not name a file inside " + dir);
    }
    return file;
  }

  private static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
