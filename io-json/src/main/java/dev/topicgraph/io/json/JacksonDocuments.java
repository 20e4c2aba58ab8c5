package dev.topicgraph.io.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.io.json.internal.JsonGraphReader;
import dev.topicgraph.io.json.internal.JsonGraphWriter;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Readers and writers of the JSON format's document layout in any Jackson dataformat: a YAML or CBOR
 * format is its factory and its descriptor.
 *
 * <pre>{@code
 * public GraphReader reader(ReadOptions options) {
 *   return JacksonDocuments.reader(DESCRIPTOR, options, YAMLFactory.builder().build(), "yaml", "YAML");
 * }
 * public GraphWriter writer(WriteOptions options) {
 *   return JacksonDocuments.writer(DESCRIPTOR, YAMLFactory.builder().build());
 * }
 * }</pre>
 *
 * <p>The readers check and report exactly what the JSON format does, with the dataformat's own lines
 * and columns and codes under its prefix ({@code yaml.syntax}, {@code yaml.type}, ...); they set the
 * {@link ReadOptions} limits on a copy of the factory, and refuse FIFOs and devices as input. The
 * writers are canonical and write to a path atomically. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JacksonDocuments {
  private JacksonDocuments() {}

  /**
   * Returns a reader.
   *
   * @param descriptor the format's descriptor
   * @param options the read options
   * @param factory the dataformat's factory, such as a {@code YAMLFactory}
   * @param codePrefix the prefix of diagnostic codes, such as {@code yaml}
   * @param language the dataformat's name in messages, such as {@code YAML}
   * @return an immutable, thread-safe reader
   */
  public static GraphReader reader(FormatDescriptor descriptor, ReadOptions options, TokenStreamFactory factory,
      String codePrefix, String language) {
    return new JsonGraphReader(descriptor, options, factory, codePrefix, language);
  }

  /**
   * Returns a writer.
   *
   * @param descriptor the format's descriptor
   * @param factory the dataformat's factory
   * @return an immutable, thread-safe writer
   */
  public static GraphWriter writer(FormatDescriptor descriptor, TokenStreamFactory factory) {
    return new JsonGraphWriter(descriptor, Objects.requireNonNull(factory, "factory"), ObjectWriteContext.empty());
  }
}
