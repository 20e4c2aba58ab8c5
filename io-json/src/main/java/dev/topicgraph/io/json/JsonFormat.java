package dev.topicgraph.io.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.io.json.internal.JsonGraphReader;
import dev.topicgraph.io.json.internal.JsonGraphWriter;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The JSON format: one document holding the whole graph, {@code "format": "topicgraph/1"}.
 *
 * <p>Found by {@link java.util.ServiceLoader} as a {@link FormatProvider}, or used directly:
 *
 * <pre>{@code
 * TopicGraph graph = JsonFormat.defaultReader().read(Path.of("backlog.json"));
 * JsonFormat.defaultWriter().write(graph, Path.of("copy.json"));
 * }</pre>
 *
 * <p>Reading uses Jackson's streaming parser straight into the model; every problem found is
 * reported in one {@link dev.topicgraph.api.format.FormatException}, with line, column and JSON
 * pointer. Writing is canonical: fields in a fixed order, nodes, relations, topics and feedback in
 * the graph's canonical order, two-space indentation, {@code \n} line ends, UTF-8. The format is
 * lossless. Thread-safe.
 *
 * <p>Jackson's types appear in this artifact's API on purpose, in {@link #readTokens}, {@link
 * #writeTokens}, {@link JacksonSyntax} and {@link JacksonDocuments} only: they let any Jackson
 * dataformat (YAML, CBOR, ...) read and write this format's document layout, or records of its own.
 * That is why the module requires {@code tools.jackson.core} transitively; everything else of Jackson
 * stays internal.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JsonFormat implements FormatProvider {
  /** The format id. */
  public static final String ID = "json";
  /** The value of the {@code format} field of every document. */
  public static final String FORMAT_VERSION = "topicgraph/1";
  /** The media type of the format. */
  public static final String MEDIA_TYPE = "application/vnd.topicgraph+json";

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder()
      .id(ID)
      .displayName("topicgraph JSON")
      .addMediaTypes(MEDIA_TYPE, "application/json")
      .addFileExtensions("json")
      .addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS)
      .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public JsonFormat() {}

  /**
   * Returns a reader with the default options.
   *
   * @return the reader
   */
  public static GraphReader defaultReader() {
    return new JsonFormat().reader();
  }

  /**
   * Returns a writer with the default options.
   *
   * @return the writer
   */
  public static GraphWriter defaultWriter() {
    return new JsonFormat().writer();
  }

  /**
   * Reads a graph from any Jackson token stream laid out like this format's documents: the bridge
   * for formats built on Jackson's streaming API, such as YAML. Every problem is reported as for
   * JSON, located by the parser's own lines and columns, with codes under {@code codePrefix}.
   *
   * @param parser a parser before its first token; limits belong on its factory; not closed
   * @param sourceName the name diagnostics give the input
   * @param options the read options (mode and problem limit)
   * @param codePrefix the prefix of diagnostic codes, such as {@code yaml} for {@code yaml.syntax}
   * @param language the syntax's name in messages, such as {@code YAML}
   * @return the graph
   * @throws dev.topicgraph.api.format.FormatException if the content is not a valid graph
   * @throws IOException if reading the input fails
   */
  public static TopicGraph readTokens(JsonParser parser, String sourceName, ReadOptions options, String codePrefix,
      String language) throws IOException {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(options, "options");
    return JsonGraphReader.readTokens(parser, sourceName, options, Objects.requireNonNull(codePrefix, "codePrefix"),
        Objects.requireNonNull(language, "language"));
  }

  /**
   * Writes the canonical token stream of a graph to any Jackson generator, such as a YAML one. The
   * generator is not closed or flushed.
   *
   * @param graph the graph
   * @param generator the generator
   */
  public static void writeTokens(TopicGraph graph, JsonGenerator generator) {
    JsonGraphWriter.document(Objects.requireNonNull(generator, "generator"), Objects.requireNonNull(graph, "graph"));
  }

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public GraphReader reader(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    options.requireKnownFormatOptions(ID, readOptionNames());
    return new JsonGraphReader(DESCRIPTOR, options, JsonGraphWriter.JSON, ID, "JSON");
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    options.requireKnownFormatOptions(ID, writeOptionNames());
    return new JsonGraphWriter(DESCRIPTOR, JsonGraphWriter.JSON, JsonGraphWriter.PRETTY_JSON);
  }
}
