package dev.topicgraph.beam;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apiguardian.api.API;

/**
 * A Beam {@code Coder} of whole graphs, as their JSON document ({@code docs/formats/json.md}): how a
 * pipeline carries the graph to its workers, as a side input. The JSON format writes a graph's content
 * in its canonical order, so equal graphs give equal bytes, and reading the bytes back gives an equal
 * graph. The document is read without the read limits that protect against hostile input: the bytes
 * come from this coder.
 *
 * <p>{@link TopicGraphCoders} registers it for {@link TopicGraph}. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TopicGraphCoder extends AtomicCoder<TopicGraph> {
  private static final long serialVersionUID = 1L;
  private static final TopicGraphCoder INSTANCE = new TopicGraphCoder();
  private static final ByteArrayCoder BYTES = ByteArrayCoder.of();

  private TopicGraphCoder() {}

  /**
   * Returns the coder.
   *
   * @return the coder
   */
  public static TopicGraphCoder of() {
    return INSTANCE;
  }

  private static GraphWriter writer() {
    return new JsonFormat().writer();
  }

  private static GraphReader reader() {
    return new JsonFormat().reader(ReadOptions.builder().maxDocumentBytes(Long.MAX_VALUE)
        .maxStringLength(Integer.MAX_VALUE).maxDepth(1_000).build());
  }

  @Override
  public void encode(TopicGraph value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null graph");
    }
    BYTES.encode(writer().toBytes(value), out);
  }

  @Override
  public TopicGraph decode(InputStream in) throws IOException {
    byte[] json = BYTES.decode(in);
    try {
      return reader().read(new ByteArrayInputStream(json), "encoded graph");
    } catch (FormatException e) {
      throw new CoderException("not a graph's JSON document: " + e.diagnostics(), e);
    }
  }

  /** Equal graphs have equal encodings, and the other way round. */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public Object structuralValue(TopicGraph value) {
    return value;
  }
}
