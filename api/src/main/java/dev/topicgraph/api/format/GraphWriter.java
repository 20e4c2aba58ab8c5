package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Writes graphs in one format.
 *
 * <p>Output is canonical: the same graph always gives the same bytes. Writing to a path is atomic:
 * the output is written aside and moved into place, so a failure or a crash part-way leaves the
 * previous output or the new one, never a mix; a directory write replaces only the files of its
 * previous output and leaves every other file in the folder alone (see {@link AtomicOutput}).
 * Writers are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public interface GraphWriter {

  /**
   * Writes a graph to a stream, for {@link #ofStreams}. The stream is the caller's: closing it has no
   * effect.
   */
  @FunctionalInterface
  interface StreamWriter {
    /**
     * Writes a graph.
     *
     * @param graph the graph
     * @param out the output
     * @throws IOException if writing fails
     */
    void write(TopicGraph graph, OutputStream out) throws IOException;
  }

  /**
   * Returns the writer of a one-file format from how it writes a stream. Writing a path goes through
   * {@link AtomicOutput#writeFile}, so that a failed write leaves the old file or none; writing a
   * stream leaves it open and flushes it. The function must be thread-safe, as writers are.
   *
   * @param format the format's descriptor
   * @param write writes a graph to a stream
   * @return an immutable, thread-safe writer
   */
  static GraphWriter ofStreams(FormatDescriptor format, StreamWriter write) {
    java.util.Objects.requireNonNull(format, "format");
    java.util.Objects.requireNonNull(write, "write");
    return new GraphWriter() {
      @Override
      public FormatDescriptor format() {
        return format;
      }

      @Override
      public void write(TopicGraph graph, Path target) throws IOException {
        java.util.Objects.requireNonNull(graph, "graph");
        AtomicOutput.writeFile(target, out -> write(graph, out));
      }

      @Override
      public void write(TopicGraph graph, OutputStream out) throws IOException {
        java.util.Objects.requireNonNull(graph, "graph");
        java.util.Objects.requireNonNull(out, "out");
        write.write(graph, new java.io.FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        });
        out.flush();
      }
    };
  }

  /**
   * Returns the format this writer writes.
   *
   * @return the descriptor
   */
  FormatDescriptor format();

  /**
   * Writes a graph to a file, or to a directory for a {@linkplain Capability#DIRECTORY directory
   * format}, replacing what was there only once the new output is complete.
   *
   * @param graph the graph
   * @param target the file or directory
   * @throws IOException if the output cannot be written; the previous output is then intact
   */
  void write(TopicGraph graph, Path target) throws IOException;

  /**
   * Writes a graph to a stream. The stream is flushed, not closed.
   *
   * @param graph the graph
   * @param out where to write
   * @throws IOException if the stream fails
   * @throws UnsupportedOperationException for a directory format
   */
  default void write(TopicGraph graph, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("format " + format().id()
        + " stores a graph as a directory; write it with write(TopicGraph, Path)");
  }

  /**
   * Writes a graph to bytes.
   *
   * @param graph the graph
   * @return the bytes
   * @throws UnsupportedOperationException for a directory format
   */
  default byte[] toBytes(TopicGraph graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(graph, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a graph to text, for a text format.
   *
   * @param graph the graph
   * @return the document
   * @throws UnsupportedOperationException for a directory or binary format
   */
  default String writeString(TopicGraph graph) {
    if (format().binary()) {
      throw new UnsupportedOperationException("format " + format().id() + " is binary");
    }
    return new String(toBytes(graph), StandardCharsets.UTF_8);
  }
}
