package dev.topicgraph.examples.yaml;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.InputFiles;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.TopicGraph;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.yaml.YAMLFactory;

// tag::provider[]
/**
 * The YAML format: the same document as the JSON format ({@code format: topicgraph/1}), written as
 * YAML. It reuses the JSON format's token-level reader and writer, so it checks and reports exactly
 * what the JSON format does, with YAML's own lines and columns and codes such as {@code yaml.syntax}.
 */
public final class YamlFormat implements FormatProvider {
  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder()
      .id("yaml")
      .displayName("topicgraph YAML (example plugin)")
      .addMediaTypes("application/yaml")
      .addFileExtensions("yaml", "yml")
      .addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS)
      .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public YamlFormat() {}

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public GraphReader reader(ReadOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), readOptionNames());
    return new Reader(options);
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), writeOptionNames());
    return new Writer();
  }
  // end::provider[]

  /** Reads YAML documents. Immutable and thread-safe. */
  private static final class Reader implements GraphReader {
    private final ReadOptions options;
    private final YAMLFactory factory;

    Reader(ReadOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      this.factory = YAMLFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(options.maxDepth())
              .maxStringLength(options.maxStringLength())
              .maxDocumentLength(options.maxDocumentBytes())
              .build())
          .build();
    }

    @Override
    public FormatDescriptor format() {
      return DESCRIPTOR;
    }

    @Override
    public TopicGraph read(Path path) throws IOException {
      try (InputStream in = InputFiles.open(path, options, "yaml")) {
        return read(in, path.toString());
      }
    }

    @Override
    public TopicGraph read(InputStream in, String sourceName) throws IOException {
      InputStream shielded = new FilterInputStream(in) {
        @Override
        public void close() {
          // The caller owns the stream.
        }
      };
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), shielded)) {
        return JsonFormat.readTokens(parser, sourceName, options, "yaml", "YAML");
      } catch (JacksonIOException e) {
        throw e.getCause();
      } catch (JacksonException e) {
        DiagnosticCollector c = new DiagnosticCollector(sourceName, 1);
        c.error("yaml.syntax", "malformed YAML: " + e.getOriginalMessage(),
            e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
            e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "");
        c.throwIfErrors();
        throw e;
      }
    }
  }

  /** Writes YAML documents. Immutable and thread-safe. */
  private static final class Writer implements GraphWriter {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    @Override
    public FormatDescriptor format() {
      return DESCRIPTOR;
    }

    @Override
    public void write(TopicGraph graph, Path target) throws IOException {
      AtomicOutput.writeFile(target, out -> write(graph, out));
    }

    @Override
    public void write(TopicGraph graph, OutputStream out) throws IOException {
      OutputStream shielded = new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), shielded)) {
        JsonFormat.writeTokens(graph, g);
      } catch (JacksonIOException e) {
        throw e.getCause();
      }
      out.flush();
    }
  }
}
