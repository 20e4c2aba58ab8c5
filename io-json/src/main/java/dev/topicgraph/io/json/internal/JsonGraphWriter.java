package dev.topicgraph.io.json.internal;

import static java.util.Objects.requireNonNull;

import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.record.RecordWriter;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes the canonical form of a graph in the JSON format's document layout, with a Jackson generator
 * of any dataformat. Immutable and thread-safe.
 */
public final class JsonGraphWriter implements GraphWriter {
  /** The factory of the JSON format itself. */
  public static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  /** Two-space indentation, {@code \n} line ends: how the JSON format is written. */
  public static final ObjectWriteContext PRETTY_JSON = new ObjectWriteContext.Base() {
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
  private final TokenStreamFactory factory;
  private final ObjectWriteContext context;
  /** Writes a path atomically and leaves a caller's stream open. */
  private final GraphWriter files;

  /**
   * Creates a writer.
   *
   * @param descriptor the format's descriptor
   * @param factory the dataformat's factory
   * @param context the write context, such as {@link #PRETTY_JSON}
   */
  public JsonGraphWriter(FormatDescriptor descriptor, TokenStreamFactory factory, ObjectWriteContext context) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
    this.factory = requireNonNull(factory, "factory");
    this.context = requireNonNull(context, "context");
    this.files = GraphWriter.ofStreams(descriptor, this::writeTo);
  }

  @Override
  public FormatDescriptor format() {
    return descriptor;
  }

  @Override
  public void write(TopicGraph graph, Path target) throws IOException {
    files.write(graph, target);
  }

  @Override
  public void write(TopicGraph graph, OutputStream out) throws IOException {
    files.write(graph, out);
  }

  private void writeTo(TopicGraph graph, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(context, out, JsonEncoding.UTF8)) {
      document(g, graph);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw new IOException("writing JSON failed: " + e.getOriginalMessage(), e);
    }
    if (factory instanceof JsonFactory) {
      out.write('\n');
    }
  }

  /**
   * Writes the canonical token stream of a graph to any Jackson generator.
   *
   * @param g the generator; not closed
   * @param graph the graph
   */
  public static void document(JsonGenerator g, TopicGraph graph) {
    try {
      RecordWriter.writeDocument(graph, JsonFormat.FORMAT_VERSION, new JacksonSyntaxWriter(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Jackson generator reports failures unchecked
    }
  }
}
