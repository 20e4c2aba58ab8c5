package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads graphs in one format.
 *
 * <p>A read returns a whole graph or throws a {@link FormatException} listing every problem found
 * in the input, each with its location; it never returns a partial graph. Other {@link IOException}s
 * report failures to read the input itself. Readers are immutable and thread-safe: one reader may
 * serve many reads at once.
 */
@API(status = STABLE, since = "0.1")
public interface GraphReader {

  /**
   * Reads a graph from a stream, for {@link #ofStreams}. The stream is the caller's: closing it has no
   * effect.
   */
  @FunctionalInterface
  interface StreamReader {
    /**
     * Reads a graph.
     *
     * @param in the input
     * @param sourceName the name diagnostics give the input
     * @return the graph
     * @throws FormatException if the content is not a valid graph
     * @throws IOException if the input cannot be read
     */
    TopicGraph read(InputStream in, String sourceName) throws IOException;
  }

  /**
   * Returns the reader of a one-file format from how it reads a stream. Reading a path opens it with
   * {@link InputFiles#open}, which refuses FIFOs, devices, folders and files past {@link
   * ReadOptions#maxDocumentBytes()}. A caller's stream is left open, and the function sees it end in
   * a failure past {@link ReadOptions#maxDocumentBytes()}: the read then throws a {@link
   * FormatException} {@code <id>.limit}, located at the line and column where the limit was reached.
   * The function must be thread-safe, as readers are.
   *
   * @param format the format's descriptor
   * @param options the read options the function uses
   * @param read reads a graph from a stream
   * @return an immutable, thread-safe reader
   */
  static GraphReader ofStreams(FormatDescriptor format, ReadOptions options, StreamReader read) {
    java.util.Objects.requireNonNull(format, "format");
    java.util.Objects.requireNonNull(options, "options");
    java.util.Objects.requireNonNull(read, "read");
    return new GraphReader() {
      @Override
      public FormatDescriptor format() {
        return format;
      }

      @Override
      public TopicGraph read(Path path) throws IOException {
        try (InputStream in = InputFiles.open(path, options, format.id())) {
          return read.read(in, path.toString());
        }
      }

      @Override
      public TopicGraph read(InputStream in, String sourceName) throws IOException {
        java.util.Objects.requireNonNull(in, "in");
        java.util.Objects.requireNonNull(sourceName, "sourceName");
        LimitedInput limited = new LimitedInput(in, options.maxDocumentBytes());
        try {
          return read.read(limited, sourceName);
        } catch (IOException | RuntimeException e) {
          if (!limited.exceeded()) {
            throw e;
          }
          DiagnosticCollector c = new DiagnosticCollector(sourceName, 1);
          c.error(format.id() + ".limit", "the input is longer than the limit of " + options.maxDocumentBytes()
              + " bytes (ReadOptions.maxDocumentBytes)", limited.line(), limited.column(), "");
          throw new FormatException(c.diagnostics());
        }
      }
    };
  }

  /**
   * Returns the format this reader reads.
   *
   * @return the descriptor
   */
  FormatDescriptor format();

  /**
   * Reads a graph from a file, or from a directory for a {@linkplain Capability#DIRECTORY directory
   * format}.
   *
   * @param path the file or directory
   * @return the graph
   * @throws FormatException if the content is not a valid graph in this format
   * @throws IOException if the input cannot be read
   */
  TopicGraph read(Path path) throws IOException;

  /**
   * Reads a graph as {@link #read(Path)} does, and returns with it the warnings of the read: in a
   * lenient read, references that lead nowhere, each located where the input states it. Formats
   * that do not locate them inherit this method, which reports {@link TopicGraph#validate} warnings
   * with the path as their source and no line.
   *
   * @param path the file or directory
   * @return the graph and its warnings
   * @throws FormatException if the content is not a valid graph in this format
   * @throws IOException if the input cannot be read
   */
  default ReadResult readWithWarnings(Path path) throws IOException {
    TopicGraph graph = read(path);
    List<Diagnostic> warnings = new ArrayList<>();
    for (Diagnostic d : graph.validate(ValidationMode.LENIENT)) {
      warnings.add(d.source().isPresent() ? d : d.toBuilder().source(path.toString()).build());
    }
    return ReadResult.of(graph, warnings);
  }

  /**
   * Reads a graph from a stream of bytes. The stream is read to its end but not closed.
   *
   * @param in the bytes
   * @param sourceName the name diagnostics give the input, such as a file name
   * @return the graph
   * @throws FormatException if the content is not a valid graph in this format
   * @throws IOException if the stream cannot be read
   * @throws UnsupportedOperationException for a directory format
   */
  default TopicGraph read(InputStream in, String sourceName) throws IOException {
    throw new UnsupportedOperationException("format " + format().id()
        + " stores a graph as a directory; read it with read(Path)");
  }

  /**
   * Reads a graph from text, as {@link #read(InputStream, String)} does from its UTF-8 bytes.
   *
   * @param text the document
   * @param sourceName the name diagnostics give the input
   * @return the graph
   * @throws FormatException if the content is not a valid graph in this format
   * @throws UnsupportedOperationException for a directory or binary format
   */
  default TopicGraph readString(String text, String sourceName) throws FormatException {
    try {
      return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName);
    } catch (FormatException e) {
      throw e;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading from memory failed", e);
    }
  }
}
