package dev.topicgraph.io.json.internal;

import static java.util.Objects.requireNonNull;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Tradeoff;
import dev.topicgraph.model.Vendor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Writes the canonical JSON form of a graph. Immutable and thread-safe. */
public final class JsonGraphWriter implements GraphWriter {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  private static final ObjectWriteContext CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRETTY.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private final FormatDescriptor descriptor;

  /**
   * Creates a writer.
   *
   * @param descriptor the format's descriptor
   */
  public JsonGraphWriter(FormatDescriptor descriptor) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
  }

  @Override
  public FormatDescriptor format() {
    return descriptor;
  }

  @Override
  public void write(TopicGraph graph, Path target) throws IOException {
    requireNonNull(graph, "graph");
    AtomicOutput.writeFile(target, out -> write(graph, out));
  }

  @Override
  public void write(TopicGraph graph, OutputStream out) throws IOException {
    requireNonNull(graph, "graph");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(CONTEXT, new NonClosing(out), JsonEncoding.UTF8)) {
      document(g, graph);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw new IOException("writing JSON failed: " + e.getOriginalMessage(), e);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Writes the canonical token stream of a graph to any Jackson generator.
   *
   * @param g the generator; not closed
   * @param graph the graph
   */
  public static void document(JsonGenerator g, TopicGraph graph) {
    g.writeStartObject();
    g.writeStringProperty("format", JsonFormat.FORMAT_VERSION);
    g.writeName("nodes");
    g.writeStartArray();
    for (Node n : graph.nodes()) {
      node(g, n);
    }
    g.writeEndArray();
    g.writeName("relations");
    g.writeStartArray();
    for (Relation r : graph.relations()) {
      g.writeStartObject();
      g.writeStringProperty("from", r.from().value());
      g.writeStringProperty("type", r.type().name());
      g.writeStringProperty("to", r.to().value());
      g.writeStringProperty("rationale", r.rationale());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("topics");
    g.writeStartArray();
    for (Topic t : graph.topics()) {
      topic(g, t);
    }
    g.writeEndArray();
    g.writeName("feedback");
    g.writeStartArray();
    for (Feedback f : graph.feedback()) {
      feedback(g, f);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void node(JsonGenerator g, Node n) {
    g.writeStartObject();
    g.writeStringProperty("id", n.id().value());
    g.writeStringProperty("title", n.title());
    if (!n.summary().isEmpty()) {
      g.writeStringProperty("summary", n.summary());
    }
    if (n instanceof Vendor) {
      ((Vendor) n).category().ifPresent(c -> g.writeStringProperty("category", c));
    }
    if (n.confidence().isPresent()) {
      g.writeNumberProperty("confidence", n.confidence().getAsDouble());
    }
    if (n.version().isPresent()) {
      g.writeNumberProperty("version", n.version().getAsInt());
    }
    n.reviewed().ifPresent(d -> g.writeStringProperty("reviewed", d.toString()));
    strings(g, "tags", n.tags());
    if (!n.sections().isEmpty()) {
      g.writeName("sections");
      g.writeStartArray();
      for (Section s : n.sections()) {
        g.writeStartObject();
        g.writeStringProperty("heading", s.heading());
        g.writeStringProperty("body", s.body());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!n.sources().isEmpty()) {
      g.writeName("sources");
      g.writeStartArray();
      for (Source s : n.sources()) {
        g.writeStartObject();
        g.writeStringProperty("title", s.title());
        s.url().ifPresent(u -> g.writeStringProperty("url", u));
        s.publisher().ifPresent(p -> g.writeStringProperty("publisher", p));
        s.published().ifPresent(d -> g.writeStringProperty("published", d.toString()));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    extra(g, n.extra());
    g.writeEndObject();
  }

  private static void topic(JsonGenerator g, Topic t) {
    g.writeStartObject();
    g.writeStringProperty("id", t.id().value());
    g.writeStringProperty("title", t.title());
    t.lens().ifPresent(l -> g.writeStringProperty("lens", l));
    strings(g, "channels", t.channels());
    t.audience().ifPresent(a -> g.writeStringProperty("audience", a));
    if (!t.angle().isEmpty()) {
      g.writeStringProperty("angle", t.angle());
    }
    t.keyDecision().ifPresent(k -> g.writeStringProperty("keyDecision", k));
    if (!t.tradeoffs().isEmpty()) {
      g.writeName("tradeoffs");
      g.writeStartArray();
      for (Tradeoff tr : t.tradeoffs()) {
        g.writeStartObject();
        g.writeStringProperty("left", tr.left());
        g.writeStringProperty("right", tr.right());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    strings(g, "openQuestions", t.openQuestions());
    if (!t.drawsFrom().isEmpty()) {
      g.writeName("drawsFrom");
      g.writeStartArray();
      for (NodeId id : t.drawsFrom()) {
        g.writeString(id.value());
      }
      g.writeEndArray();
    }
    g.writeStringProperty("status", t.status().wireName());
    g.writeStringProperty("proposed", t.proposed().toString());
    extra(g, t.extra());
    g.writeEndObject();
  }

  private static void feedback(JsonGenerator g, Feedback f) {
    g.writeStartObject();
    g.writeStringProperty("id", f.id());
    g.writeStringProperty("topic", f.topic().value());
    g.writeStringProperty("reviewer", f.reviewer());
    g.writeNumberProperty("interest", f.interest());
    g.writeBooleanProperty("optIn", f.optIn());
    g.writeStringProperty("at", f.at().toString());
    f.comment().ifPresent(c -> g.writeStringProperty("comment", c));
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void extra(JsonGenerator g, Map<String, String> extra) {
    if (extra.isEmpty()) {
      return;
    }
    g.writeName("extra");
    g.writeStartObject();
    for (Map.Entry<String, String> e : new TreeMap<>(extra).entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /** Keeps the generator from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
