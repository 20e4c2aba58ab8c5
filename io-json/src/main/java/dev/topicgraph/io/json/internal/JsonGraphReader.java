package dev.topicgraph.io.json.internal;

import static java.util.Objects.requireNonNull;

import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.InputFiles;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.api.record.GraphAssembler;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.TopicGraph;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads the JSON format's document layout with a Jackson streaming parser of any dataformat (JSON,
 * YAML, CBOR, ...). Immutable and thread-safe.
 */
public final class JsonGraphReader implements GraphReader {
  private final FormatDescriptor descriptor;
  private final ReadOptions options;
  private final TokenStreamFactory factory;
  private final String prefix;
  private final String language;

  /**
   * Creates a reader.
   *
   * @param descriptor the format's descriptor
   * @param options the read options
   * @param factory the dataformat's factory; the options' limits are set on a copy
   * @param prefix the prefix of diagnostic codes, such as {@code json}
   * @param language the syntax's name in messages, such as {@code JSON}
   */
  public JsonGraphReader(FormatDescriptor descriptor, ReadOptions options, TokenStreamFactory factory, String prefix,
      String language) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
    this.options = requireNonNull(options, "options");
    this.prefix = requireNonNull(prefix, "prefix");
    this.language = requireNonNull(language, "language");
    this.factory = requireNonNull(factory, "factory").rebuild()
        .streamReadConstraints(constraints(options).maxDocumentLength(options.maxDocumentBytes()).build())
        .build();
  }

  /**
   * Returns Jackson's read limits for the options' string length and depth.
   *
   * @param options the read options
   * @return a builder, to add more limits to
   */
  public static StreamReadConstraints.Builder constraints(ReadOptions options) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(options.maxDepth())
        .maxStringLength(options.maxStringLength())
        .maxNameLength(Math.min(options.maxStringLength(), 50_000));
  }

  @Override
  public FormatDescriptor format() {
    return descriptor;
  }

  @Override
  public TopicGraph read(Path path) throws IOException {
    return readWithWarnings(path).graph();
  }

  @Override
  public ReadResult readWithWarnings(Path path) throws IOException {
    requireNonNull(path, "path");
    try (InputStream in = InputFiles.open(path, options, prefix)) {
      return readResult(in, path.toString());
    }
  }

  @Override
  public TopicGraph read(InputStream in, String sourceName) throws IOException {
    return readResult(in, sourceName).graph();
  }

  private ReadResult readResult(InputStream in, String sourceName) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    GraphAssembler assembler = GraphAssembler.create(sourceName, options, prefix);
    NonClosingInput input = new NonClosingInput(in);
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), input)) {
      parse(p, assembler, language, input);
    } catch (JacksonIOException e) {
      // Either the stream failed, or Jackson refused the bytes while detecting their encoding.
      input.rethrowFailure();
      at(assembler, "syntax", "malformed " + language + ": " + clean(e.getCause().getMessage()), null);
    } catch (JacksonException e) {
      at(assembler, "syntax", "malformed " + language + ": " + clean(e.getOriginalMessage()), e.getLocation());
    }
    return assembler.finish();
  }

  /**
   * Reads a graph from any Jackson token stream laid out as the JSON format: the bridge for formats
   * built on Jackson's streaming API. The parser is not closed.
   *
   * @param p the parser, before its first token
   * @param sourceName the name diagnostics give the input
   * @param options the read options; limits must already be set on the parser's factory
   * @param codePrefix the prefix of the diagnostic codes, such as {@code yaml}
   * @param language the name of the syntax for messages, such as {@code YAML}
   * @return the graph
   * @throws FormatException if the content is not a valid graph
   * @throws IOException if reading the input fails
   */
  public static TopicGraph readTokens(JsonParser p, String sourceName, ReadOptions options, String codePrefix,
      String language) throws IOException {
    GraphAssembler assembler = GraphAssembler.create(sourceName, options, codePrefix);
    parse(p, assembler, language, null);
    return assembler.finish().graph();
  }

  /**
   * Parses a document. An I/O failure inside the parser is rethrown when it is the input's own
   * failure, and when {@code input} is null (the caller's parser, whose input is unknown); otherwise
   * it is the parser's refusal of the bytes, such as text that is not in the encoding it detected,
   * and is reported as a syntax error.
   */
  private static void parse(JsonParser p, GraphAssembler assembler, String language, NonClosingInput input)
      throws IOException {
    try {
      assembler.readDocument(new JacksonSyntaxReader(p, language), JsonFormat.FORMAT_VERSION);
    } catch (JacksonIOException e) {
      if (input == null) {
        throw e.getCause();
      }
      input.rethrowFailure();
      at(assembler, "syntax", "malformed " + language + ": " + clean(e.getCause().getMessage()),
          located(e.getLocation(), p));
    }
    // The syntax reports every other failure of the parser as a located problem (JacksonSyntaxReader).
  }

  private static TokenStreamLocation located(TokenStreamLocation reported, JsonParser p) {
    return reported != null && JacksonSyntaxReader.lineOf(reported) > 0 ? reported : p.currentLocation();
  }

  private static void at(GraphAssembler assembler, String code, String message, TokenStreamLocation loc) {
    int line = loc == null ? 1 : JacksonSyntaxReader.lineOf(loc);
    int column = loc == null ? 1 : JacksonSyntaxReader.columnOf(loc);
    assembler.diagnostics().error(assembler.codePrefix() + "." + code, message, line, column, "");
  }

  private static String clean(String message) {
    return JacksonSyntaxReader.clean(message);
  }

  /** Shields the caller's stream from being closed by the parser. */
  /** The caller's stream, left open, remembering the first failure of its own. */
  private static final class NonClosingInput extends FilterInputStream {
    private IOException failure;

    NonClosingInput(InputStream in) {
      super(in);
    }

    /** Throws the stream's own failure, if it had one. */
    void rethrowFailure() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    private IOException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return super.skip(n);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public int available() throws IOException {
      try {
        return super.available();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }
}
