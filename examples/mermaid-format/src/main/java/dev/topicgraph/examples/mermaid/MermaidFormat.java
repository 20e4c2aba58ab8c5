package dev.topicgraph.examples.mermaid;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A write-only format that draws the graph as a Mermaid flowchart ({@code .mmd}): nodes as boxes
 * grouped by kind, relations as labelled arrows, topics as rounded boxes with dotted arrows to the
 * nodes they draw from. Renderers such as GitHub's show it as a picture.
 */
public final class MermaidFormat implements FormatProvider {
  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder()
      .id("mermaid")
      .displayName("Mermaid diagram (example plugin)")
      .addMediaTypes("text/vnd.mermaid")
      .addFileExtensions("mmd")
      .addCapabilities(Capability.WRITE)
      .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MermaidFormat() {}

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), writeOptionNames());
    return new Writer();
  }

  /** Writes diagrams. Immutable and thread-safe. */
  private static final class Writer implements GraphWriter {
    @Override
    public FormatDescriptor format() {
      return DESCRIPTOR;
    }

    @Override
    public void write(TopicGraph graph, Path target) throws IOException {
      AtomicOutput.writeFile(target, out -> write(graph, out));
    }

    @Override
    public void write(TopicGraph graph, OutputStream out) throws IOException {
      Objects.requireNonNull(graph, "graph");
      out.write(diagram(graph).getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  /** The diagram's text; shapes get short ids ({@code n1}, {@code t1}) because Mermaid ids are restrictive. */
  static String diagram(TopicGraph graph) {
    Map<NodeId, String> ids = new HashMap<>();
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    String group = null;
    int n = 0;
    for (Node node : graph.nodes()) {
      String kind = node.id().kindSegment();
      if (!kind.equals(group)) {
        if (group != null) {
          sb.append("  end\n");
        }
        group = kind;
        sb.append("  subgraph ").append(kind.replace('-', '_')).append("[\"").append(label(kind)).append("\"]\n");
      }
      String id = "n" + ++n;
      ids.put(node.id(), id);
      sb.append("    ").append(id).append("[\"").append(label(node.title())).append("\"]\n");
    }
    if (group != null) {
      sb.append("  end\n");
    }
    int t = 0;
    for (Topic topic : graph.topics()) {
      String id = "t" + ++t;
      ids.put(topic.id(), id);
      sb.append("  ").append(id).append("([\"").append(label(topic.title())).append("\"])\n");
    }
    for (Relation r : graph.relations()) {
      String from = ids.get(r.from());
      String to = ids.get(r.to());
      if (from != null && to != null) {
        sb.append("  ").append(from).append(" -->|").append(label(r.type().label())).append("| ").append(to).append('\n');
      }
    }
    for (Topic topic : graph.topics()) {
      for (NodeId drawn : topic.drawsFrom()) {
        String to = ids.get(drawn);
        if (to != null) {
          sb.append("  ").append(ids.get(topic.id())).append(" -.-> ").append(to).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** Text inside a quoted Mermaid label: quotes and markup characters as entities. */
  private static String label(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          sb.append("#quot;");
          break;
        case '<':
          sb.append("#lt;");
          break;
        case '>':
          sb.append("#gt;");
          break;
        case '#':
          sb.append("#35;");
          break;
        case '|':
          sb.append("#124;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }
}
