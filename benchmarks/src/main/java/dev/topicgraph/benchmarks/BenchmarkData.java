package dev.topicgraph.benchmarks;

import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.GraphShape;
import dev.topicgraph.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark inputs: graphs of three sizes generated from a fixed seed, and their canonical JSON.
 * The JSON is cached on disk ({@code -Dtopicgraph.bench.data}, by default {@code
 * benchmarks/target/benchmark-data}) so that each JMH fork does not generate the large graph again.
 */
public final class BenchmarkData {
  private BenchmarkData() {}

  /** The seed every input is generated from. */
  public static final long SEED = 20261121L;

  /** Reads documents of any size the benchmarks use. */
  public static final ReadOptions UNLIMITED = ReadOptions.builder().maxDocumentBytes(Long.MAX_VALUE).maxPageBytes(Long.MAX_VALUE).build();

  private static final Map<String, TopicGraph> GRAPHS = new HashMap<>();
  private static final Map<String, byte[]> JSON = new HashMap<>();

  /**
   * Returns the shape of a size.
   *
   * @param size {@code small}, {@code medium} or {@code large}
   * @return the counts
   */
  public static GraphShape shape(String size) {
    switch (size) {
      case "small":
        return GraphShape.of(100, 300, 50, 1_000).withReviewers(200);
      case "medium":
        return GraphShape.of(10_000, 50_000, 5_000, 200_000).withReviewers(20_000);
      case "large":
        return GraphShape.of(100_000, 500_000, 50_000, 2_000_000).withReviewers(200_000);
      default:
        throw new IllegalArgumentException("unknown size " + size + "; expected small, medium or large");
    }
  }

  /**
   * Returns the canonical JSON of the graph of a size.
   *
   * @param size the size
   * @return the bytes
   */
  public static synchronized byte[] json(String size) {
    byte[] cached = JSON.get(size);
    if (cached != null) {
      return cached;
    }
    Path dir = dataDirectory();
    Path file = dir.resolve(size + ".json");
    try {
      if (!Files.isRegularFile(file)) {
        TopicGraph g = Generators.graphs(shape(size)).sample(SEED, 8);
        Files.createDirectories(dir);
        JsonFormat.defaultWriter().write(g, file);
        GRAPHS.put(size, g);
      }
      byte[] bytes = Files.readAllBytes(file);
      JSON.put(size, bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the feedback log of a size: the feedback of its graph appended with {@link
   * FeedbackLog#appendAll}, one JSON Lines file per UTC day, in a folder beside the JSON documents. The
   * folder is written under a temporary name and renamed when whole, so an interrupted run leaves no
   * half-written log to be read later.
   *
   * @param size the size
   * @return the log's folder
   */
  public static synchronized Path feedbackLog(String size) {
    Path dir = dataDirectory().resolve(size + "-log");
    if (Files.isDirectory(dir)) {
      return dir;
    }
    try {
      Path partial = dataDirectory().resolve(size + "-log.partial");
      if (Files.exists(partial)) {
        try (Stream<Path> files = Files.walk(partial)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
            Files.delete(p);
          }
        }
      }
      FeedbackLog.open(partial).appendAll(graph(size).feedback());
      Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path dataDirectory() {
    return Path.of(System.getProperty("topicgraph.bench.data", "benchmarks/target/benchmark-data"));
  }

  /**
   * Drops the cached graph and document of a size, so that a benchmark that no longer needs them does
   * not carry them on its heap.
   *
   * @param size the size
   */
  public static synchronized void forget(String size) {
    GRAPHS.remove(size);
    JSON.remove(size);
  }

  /**
   * Returns the graph of a size.
   *
   * @param size the size
   * @return the graph
   */
  public static synchronized TopicGraph graph(String size) {
    TopicGraph cached = GRAPHS.get(size);
    if (cached != null) {
      return cached;
    }
    byte[] bytes = json(size);
    cached = GRAPHS.get(size);
    if (cached == null) {
      try {
        cached = new JsonFormat().reader(UNLIMITED).read(new ByteArrayInputStream(bytes), size + ".json");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      GRAPHS.put(size, cached);
    }
    return cached;
  }
}
