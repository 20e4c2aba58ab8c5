package dev.topicgraph.benchmarks;

import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the JSON format, beside Jackson doing the least it can with the same bytes: a
 * token scan ({@code nextToken()} to the end), a tree ({@code readTree}), and a generator writing the
 * same tokens; and beside the peer an application would otherwise use, Jackson databind reading the
 * same bytes into plain Java records ({@link PeerRecords}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g", "-XX:+AlwaysPreTouch"})
public class JsonBenchmark {
  private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
      .maxDocumentLength(Long.MAX_VALUE).build()).build();

  /** The document's bytes. Each benchmark holds only the state it uses, so no other input inflates its heap. */
  @State(Scope.Benchmark)
  public static class Bytes {
    @Param({"small", "medium", "large"})
    public String size;

    byte[] bytes;

    /** Loads the document. */
    @Setup(Level.Trial)
    public void setUp() {
      bytes = BenchmarkData.json(size);
    }
  }

  /** The graph, for writing. */
  @State(Scope.Benchmark)
  public static class Graph {
    @Param({"small", "medium", "large"})
    public String size;

    TopicGraph graph;

    /** Loads the graph. */
    @Setup(Level.Trial)
    public void setUp() {
      graph = BenchmarkData.graph(size);
    }
  }

  /** The document's tokens as strings, for the writing baseline. */
  @State(Scope.Benchmark)
  public static class Tokens {
    @Param({"small", "medium", "large"})
    public String size;

    JsonToken[] tokens;
    String[] texts;

    /** Records the token stream. */
    @Setup(Level.Trial)
    public void setUp() {
      List<JsonToken> ts = new ArrayList<>();
      List<String> xs = new ArrayList<>();
      try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), BenchmarkData.json(size))) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          ts.add(t);
          xs.add(t == JsonToken.PROPERTY_NAME ? p.currentName() : t.isScalarValue() ? p.getString() : null);
        }
      }
      tokens = ts.toArray(new JsonToken[0]);
      texts = xs.toArray(new String[0]);
    }
  }

  private final GraphReader reader = new JsonFormat().reader(BenchmarkData.UNLIMITED);
  private final GraphWriter writer = JsonFormat.defaultWriter();
  private final JsonMapper mapper = JsonMapper.builder(FACTORY).build();
  private final ObjectReader peer = mapper.readerFor(PeerRecords.Document.class);

  /** Our reader: bytes to a validated, indexed graph. */
  @Benchmark
  public TopicGraph readGraph(Bytes in) throws IOException {
    return reader.read(new ByteArrayInputStream(in.bytes), "bench.json");
  }

  /** Baseline: Jackson's tokenizer over the same bytes, nothing built. */
  @Benchmark
  public long baselineTokenScan(Bytes in) {
    long n = 0;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in.bytes)) {
      while (p.nextToken() != null) {
        n++;
      }
    }
    return n;
  }

  /** Peer: Jackson databind, the same bytes into plain Java records; nothing checked, shared or indexed. */
  @Benchmark
  public PeerRecords.Document peerDatabindRecords(Bytes in) {
    return peer.readValue(in.bytes);
  }

  /** Baseline: Jackson's generic tree of the same bytes. */
  @Benchmark
  public Object baselineReadTree(Bytes in) {
    return mapper.readTree(in.bytes);
  }

  /** Our writer: the graph to canonical bytes. */
  @Benchmark
  public long writeGraph(Graph in) throws IOException {
    Counting out = new Counting();
    writer.write(in.graph, out);
    return out.count;
  }

  /** Baseline: a plain generator writing the same tokens, already in hand as strings. */
  @Benchmark
  public long baselineWriteTokens(Tokens in) {
    JsonToken[] tokens = in.tokens;
    String[] texts = in.texts;
    Counting out = new Counting();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      for (int i = 0; i < tokens.length; i++) {
        switch (tokens[i]) {
          case START_OBJECT:
            g.writeStartObject();
            break;
          case END_OBJECT:
            g.writeEndObject();
            break;
          case START_ARRAY:
            g.writeStartArray();
            break;
          case END_ARRAY:
            g.writeEndArray();
            break;
          case PROPERTY_NAME:
            g.writeName(texts[i]);
            break;
          case VALUE_STRING:
            g.writeString(texts[i]);
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            g.writeBoolean(tokens[i] == JsonToken.VALUE_TRUE);
            break;
          default:
            g.writeNumber(texts[i]);
        }
      }
    }
    return out.count;
  }

  /** An output stream that counts and discards. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
