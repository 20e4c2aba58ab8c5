package dev.topicgraph.examples.cbor;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.io.json.JacksonDocuments;
import tools.jackson.dataformat.cbor.CBORFactory;

/**
 * The CBOR format (RFC 8949): the JSON format's document in a compact binary syntax. Jackson's CBOR
 * parser and generator carry the record binding, so the format checks and reports what the JSON
 * format does; being binary, a problem is located by its byte offset (line 1, column offset + 1).
 */
public final class CborFormat implements FormatProvider {
  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder()
      .id("cbor")
      .displayName("topicgraph CBOR (example plugin)")
      .addMediaTypes("application/cbor")
      .addFileExtensions("cbor")
      .addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS)
      .build();
  private static final CBORFactory CBOR = CBORFactory.builder().build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public CborFormat() {}

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public GraphReader reader(ReadOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), readOptionNames());
    return JacksonDocuments.reader(DESCRIPTOR, options, CBOR, "cbor", "CBOR");
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), writeOptionNames());
    return JacksonDocuments.writer(DESCRIPTOR, CBOR);
  }
}
