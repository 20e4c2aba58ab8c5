/** An example format plugin: topicgraph documents in YAML. */
module dev.topicgraph.examples.yaml {
  requires dev.topicgraph.io.json;
  requires tools.jackson.dataformat.yaml;

  exports dev.topicgraph.examples.yaml;

  provides dev.topicgraph.api.format.FormatProvider with dev.topicgraph.examples.yaml.YamlFormat;
}
