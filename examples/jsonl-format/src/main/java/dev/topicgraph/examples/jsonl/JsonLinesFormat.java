package dev.topicgraph.examples.jsonl;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.api.record.GraphAssembler;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.RecordWriter;
import dev.topicgraph.api.record.SyntaxException;
import dev.topicgraph.api.record.SyntaxReader;
import dev.topicgraph.api.record.SyntaxReader.Event;
import dev.topicgraph.io.json.JacksonSyntax;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

// tag::format[]
/**
 * JSON Lines: one record a line, such as {@code {"node": {"id": "vendor.x", "title": "X"}}}. The
 * record binding checks every field and writes them in canonical order; this class is the syntax.
 */
public final class JsonLinesFormat implements FormatProvider {
  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder().id("jsonl")
      .displayName("topicgraph JSON Lines (example plugin)").addMediaTypes("application/jsonl")
      .addFileExtensions("jsonl").addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS).build();
  private static final Map<String, RecordType<?, ?>> TYPES = Map.of("node", RecordType.NODE,
      "relation", RecordType.RELATION, "topic", RecordType.TOPIC, "feedback", RecordType.FEEDBACK);
  private static final Map<RecordType<?, ?>, String> KINDS = Map.of(RecordType.NODE, "node",
      RecordType.RELATION, "relation", RecordType.TOPIC, "topic", RecordType.FEEDBACK, "feedback");
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public JsonLinesFormat() {}

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public GraphReader reader(ReadOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), readOptionNames());
    JsonFactory limited = JSON.rebuild().streamReadConstraints(StreamReadConstraints.builder()
        .maxDocumentLength(options.maxDocumentBytes()).maxNestingDepth(options.maxDepth())
        .maxStringLength(options.maxStringLength()).maxNameLength(options.maxStringLength()).build()).build();
    return GraphReader.ofStreams(DESCRIPTOR, options, (in, sourceName) -> read(limited, in, sourceName, options));
  }

  private static TopicGraph read(JsonFactory factory, InputStream in, String sourceName, ReadOptions options)
      throws IOException {
    GraphAssembler assembler = GraphAssembler.create(sourceName, options, "jsonl");
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      SyntaxReader syntax = JacksonSyntax.reader(p, "JSON");
      while (syntax.next() != null && !assembler.isStopped()) {
        // A line is {"<kind>": <record>}: the kind says which record type the binding reads.
        RecordType<?, ?> type = syntax.event() == Event.START_RECORD && syntax.next() == Event.FIELD
            ? TYPES.get(syntax.text()) : null;
        if (type == null || syntax.next() != Event.START_RECORD) {
          assembler.diagnostics().error("jsonl.syntax", "a line holds one record, such as {\"node\": {...}}; "
              + "its kind is node, relation, topic or feedback", syntax.line(), syntax.column(), "");
          break;
        }
        if (assembler.read(type, syntax) && syntax.next() != Event.END_RECORD) {
          assembler.diagnostics().error("jsonl.syntax", "a line holds one record", syntax.line(), syntax.column(), "");
          break;
        }
      }
    } catch (SyntaxException e) {
      assembler.syntaxError(e); // malformed JSON, or past a limit, met by this method's own calls
    } catch (JacksonIOException e) {
      throw e.getCause(); // the input failed: not a problem of its content
    } catch (JacksonException e) {
      assembler.diagnostics().error("jsonl.syntax", "unreadable input: " + e.getOriginalMessage(), 1, 1, "");
    }
    return assembler.finish().graph();
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    options.requireKnownFormatOptions(DESCRIPTOR.id(), writeOptionNames());
    return GraphWriter.ofStreams(DESCRIPTOR, JsonLinesFormat::write);
  }

  private static void write(TopicGraph graph, OutputStream out) throws IOException {
    RecordWriter.forEachRecord(graph, (type, record) -> {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), line)) {
        g.writeStartObject();
        g.writeName(KINDS.get(type));
        RecordWriter.writeAny(type, record, JacksonSyntax.writer(g));
        g.writeEndObject();
      }
      line.write('\n');
      line.writeTo(out);
    });
  }
}
// end::format[]
