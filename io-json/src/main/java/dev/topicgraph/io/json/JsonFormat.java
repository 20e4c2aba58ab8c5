package dev.topicgraph.io.json;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.io.json.internal.JsonGraphReader;
import dev.topicgraph.io.json.internal.JsonGraphWriter;
import java.util.Objects;

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
 */
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

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public GraphReader reader(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    options.requireKnownFormatOptions(ID, readOptionNames());
    return new JsonGraphReader(DESCRIPTOR, options);
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    options.requireKnownFormatOptions(ID, writeOptionNames());
    return new JsonGraphWriter(DESCRIPTOR);
  }
}
