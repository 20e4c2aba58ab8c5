package dev.topicgraph.testkit;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two toy formats for testing the conformance kit. Both store a graph in memory under a key derived
 * from its content and write only {@code memo:<key>} to the file. {@link Memo} follows the contract;
 * {@link Leaky} loses node summaries and lets a NullPointerException escape on unknown keys.
 */
public final class ToyFormats {
  private ToyFormats() {}

  private static final Map<String, TopicGraph> STORE = new ConcurrentHashMap<>();

  private static String key(TopicGraph g) {
    return Integer.toHexString(GraphPrinter.describe(g).hashCode()) + "-" + g.hashCode();
  }

  /** The format {@code memo}: follows the contract. */
  public static final class Memo implements FormatProvider {
    /** Creates the provider. */
    public Memo() {}

    @Override
    public FormatDescriptor descriptor() {
      return FormatDescriptor.builder().id("memo").displayName("Memo (test)").addFileExtensions("memo")
          .addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS).build();
    }

    @Override
    public GraphReader reader(ReadOptions options) {
      options.requireKnownFormatOptions("memo", readOptionNames());
      return new Reader(descriptor(), false);
    }

    @Override
    public GraphWriter writer(WriteOptions options) {
      options.requireKnownFormatOptions("memo", writeOptionNames());
      return new Writer(descriptor());
    }
  }

  /** The format {@code leaky}: claims to be lossless but drops summaries, and fails badly on junk. */
  public static final class Leaky implements FormatProvider {
    /** Creates the provider. */
    public Leaky() {}

    @Override
    public FormatDescriptor descriptor() {
      return FormatDescriptor.builder().id("leaky").displayName("Leaky (test)").addFileExtensions("leaky")
          .addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS).build();
    }

    @Override
    public GraphReader reader(ReadOptions options) {
      return new Reader(descriptor(), true);
    }

    @Override
    public GraphWriter writer(WriteOptions options) {
      return new Writer(descriptor());
    }
  }

  private static final class Writer implements GraphWriter {
    private final FormatDescriptor descriptor;

    Writer(FormatDescriptor descriptor) {
      this.descriptor = descriptor;
    }

    @Override
    public FormatDescriptor format() {
      return descriptor;
    }

    @Override
    public void write(TopicGraph graph, Path target) throws IOException {
      AtomicOutput.writeFile(target, out -> write(graph, out));
    }

    @Override
    public void write(TopicGraph graph, OutputStream out) throws IOException {
      String key = key(graph);
      STORE.put(key, graph);
      out.write(("memo:" + key + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private static final class Reader implements GraphReader {
    private final FormatDescriptor descriptor;
    private final boolean leaky;

    Reader(FormatDescriptor descriptor, boolean leaky) {
      this.descriptor = descriptor;
      this.leaky = leaky;
    }

    @Override
    public FormatDescriptor format() {
      return descriptor;
    }

    @Override
    public TopicGraph read(Path path) throws IOException {
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, path.toString());
      }
    }

    @Override
    public TopicGraph read(InputStream in, String sourceName) throws IOException {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String key = text.startsWith("memo:") ? text.substring(5).strip() : "";
      TopicGraph graph = STORE.get(key);
      if (leaky) {
        // Deliberately careless: an unknown key makes graph null and the next line throw.
        TopicGraph.Builder lossy = TopicGraph.builder().addRelations(graph.relations()).addTopics(graph.topics())
            .addFeedback(graph.feedback());
        for (Node n : graph.nodes()) {
          lossy.addNode(n instanceof GenericNode ? ((GenericNode) n).toBuilder().summary("").build() : n);
        }
        return lossy.build();
      }
      if (graph == null) {
        DiagnosticCollector c = new DiagnosticCollector(sourceName, 10);
        c.error("memo.unknown", "no graph is stored under \"" + key + "\"; expected memo:<key>", 1, 1, "");
        c.throwIfErrors();
      }
      return graph;
    }
  }
}
