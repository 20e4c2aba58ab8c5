package dev.topicgraph.benchmarks;

import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.io.markdown.MarkdownFormat;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reading and writing the Markdown format, beside a bare parse of the same pages: each file read,
 * its front matter scanned by the YAML parser, its body parsed by commonmark, nothing built.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g", "-XX:+AlwaysPreTouch"})
public class MarkdownBenchmark {
  @Param({"small", "medium"})
  public String size;

  private Path root;
  private Path pages;
  private Path output;
  private List<Path> files;
  private TopicGraph graph;
  private GraphReader reader;
  private GraphWriter writer;
  private final Parser commonmark = Parser.builder().build();
  private final YAMLFactory yaml = YAMLFactory.builder().build();

  /** Writes the pages once; only the write benchmark keeps the graph, so the others hold only paths. */
  @Setup(Level.Trial)
  public void setUp(org.openjdk.jmh.infra.BenchmarkParams params) throws IOException {
    graph = BenchmarkData.graph(size);
    reader = MarkdownFormat.defaultReader();
    writer = MarkdownFormat.losslessWriter();
    root = Files.createTempDirectory("topicgraph-bench");
    pages = root.resolve("pages");
    output = root.resolve("output");
    writer.write(graph, pages);
    try (Stream<Path> s = Files.walk(pages)) {
      files = s.filter(p -> p.toString().endsWith(".md") && !p.endsWith("index.md")).sorted()
          .collect(Collectors.toList());
    }
    if (!params.getBenchmark().endsWith("writePages")) {
      graph = null;
      BenchmarkData.forget(size);
    }
  }

  /** Removes the pages. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Our reader: the directory of pages to a validated graph. */
  @Benchmark
  public TopicGraph readPages() throws IOException {
    return reader.read(pages);
  }

  /** Baseline: read every page, scan its front matter with the YAML parser, parse its body with commonmark. */
  @Benchmark
  public long baselineParse() throws IOException {
    long n = 0;
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      int end = text.indexOf("\n---\n", 4);
      try (JsonParser p = yaml.createParser(ObjectReadContext.empty(), text.substring(4, end + 1))) {
        while (p.nextToken() != null) {
          n++;
        }
      }
      Node doc = commonmark.parse(text.substring(end + 5));
      n += doc.getFirstChild() == null ? 0 : 1;
    }
    return n;
  }

  /** Our writer: every page, written to a new directory that replaces the previous one. */
  @Benchmark
  public Path writePages() throws IOException {
    writer.write(graph, output);
    return output;
  }
}
