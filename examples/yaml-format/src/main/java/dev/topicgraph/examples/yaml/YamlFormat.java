package dev.topicgraph.examples.yaml;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.io.json.JacksonDocuments;
import tools.jackson.dataformat.yaml.YAMLFactory;

// tag::provider[]
/**
 * The YAML format: the same document as the JSON format ({@code format: topicgraph/1}), written as
 * YAML. Jackson's YAML parser and generator carry the record binding every format shares, so it
 * checks and reports exactly what the JSON format does, with YAML's own lines and columns and codes
 * such as {@code yaml.syntax}.
 */
public final class YamlFormat implements FormatProvider {
  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder()
      .id("yaml")
      .displayName("topicgraph YAML (example plugin)")
      .addMediaTypes("application/yaml")
      .addFileExtensions("yaml", "yml")
      .addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS)
      .build();
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public YamlFormat() {}

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public GraphReader reader(ReadOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), readOptionNames());
    return JacksonDocuments.reader(DESCRIPTOR, options, YAML, "yaml", "YAML");
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), writeOptionNames());
    return JacksonDocuments.writer(DESCRIPTOR, YAML);
  }
}
// end::provider[]
