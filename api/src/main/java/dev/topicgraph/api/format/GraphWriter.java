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
