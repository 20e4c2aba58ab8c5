package dev.topicgraph.io.json.internal;

import static java.util.Objects.requireNonNull;

import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.GraphValidationException;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** Reads the JSON format with Jackson's streaming parser. Immutable and thread-safe. */
public final class JsonGraphReader implements GraphReader {
  private final FormatDescriptor descriptor;
  private final ReadOptions options;
  private final JsonFactory factory;

  /**
   * Creates a reader.
   *
   * @param descriptor the format's descriptor
   * @param options the read options
   */
  public JsonGraphReader(FormatDescriptor descriptor, ReadOptions options) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
    this.options = requireNonNull(options, "options");
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(options.maxDepth())
            .maxStringLength(options.maxStringLength())
            .maxNameLength(Math.min(options.maxStringLength(), 50_000))
            .maxDocumentLength(options.maxDocumentBytes())
            .build())
        .build();
  }

  @Override
  public FormatDescriptor format() {
    return descriptor;
  }

  @Override
  public TopicGraph read(Path path) throws IOException {
    requireNonNull(path, "path");
    long size = Files.size(path);
    if (size > options.maxDocumentBytes()) {
      DiagnosticCollector c = new DiagnosticCollector(path.toString(), options.maxProblems());
      c.error(Codes.LIMIT, "the file has " + size + " bytes, more than the limit of " + options.maxDocumentBytes()
          + " (ReadOptions.maxDocumentBytes)", 0, 0, "");
      c.throwIfErrors();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  @Override
  public TopicGraph read(InputStream in, String sourceName) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    DiagnosticCollector c = new DiagnosticCollector(sourceName, options.maxProblems());
    TopicGraph.Builder builder = null;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), new NonClosingInput(in))) {
      try {
        builder = new DocumentParser(p, c, options.mode()).parse();
      } catch (JacksonIOException e) {
        throw e.getCause();
      } catch (StreamConstraintsException e) {
        at(c, Codes.LIMIT, "the document exceeds a read limit: " + clean(e.getOriginalMessage())
            + " (see ReadOptions)", located(e.getLocation(), p));
      } catch (JacksonException e) {
        at(c, Codes.SYNTAX, "malformed JSON: " + clean(e.getOriginalMessage()), located(e.getLocation(), p));
      } catch (DocumentParser.Stop e) {
        // The collector is full; its diagnostics are thrown below.
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      at(c, Codes.SYNTAX, "malformed JSON: " + clean(e.getOriginalMessage()), e.getLocation());
    }
    c.throwIfErrors();
    try {
      return builder.mode(options.mode()).build();
    } catch (GraphValidationException e) {
      for (Diagnostic d : e.diagnostics()) {
        c.add(d.toBuilder().source(sourceName).build());
      }
      c.throwIfErrors();
      throw new FormatException(c.diagnostics());
    }
  }

  private static TokenStreamLocation located(TokenStreamLocation reported, JsonParser p) {
    return reported != null && reported.getLineNr() > 0 ? reported : p.currentLocation();
  }

  private static void at(DiagnosticCollector c, String code, String message, TokenStreamLocation loc) {
    int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    c.error(code, message, line, column, "");
  }

  /** Jackson's message without its source excerpt and with no line breaks. */
  private static String clean(String message) {
    if (message == null) {
      return "(no detail)";
    }
    String m = message;
    int at = m.indexOf("\n at [Source");
    if (at >= 0) {
      m = m.substring(0, at);
    }
    at = m.indexOf(" (start marker at");
    if (at >= 0) {
      m = m.substring(0, at);
    }
    return m.replace('\n', ' ').strip();
  }

  /** Shields the caller's stream from being closed by the parser. */
  private static final class NonClosingInput extends FilterInputStream {
    NonClosingInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }

  /** The codes of this format's own diagnostics. */
  static final class Codes {
    static final String SYNTAX = "json.syntax";
    static final String LIMIT = "json.limit";
    static final String FORMAT = "json.format";
    static final String TYPE = "json.type";
    static final String MISSING = "json.missing-field";
    static final String UNKNOWN = "json.unknown-field";
    static final String DUPLICATE_FIELD = "json.duplicate-field";
    static final String INVALID = "json.invalid-value";

    private Codes() {}
  }

  static boolean strict(ValidationMode mode) {
    return mode == ValidationMode.STRICT;
  }
}
