/** An example format plugin: topicgraph documents in CBOR. */
module dev.topicgraph.examples.cbor {
  requires dev.topicgraph.io.json;
  requires tools.jackson.dataformat.cbor;

  exports dev.topicgraph.examples.cbor;

  provides dev.topicgraph.api.format.FormatProvider with dev.topicgraph.examples.cbor.CborFormat;
}
