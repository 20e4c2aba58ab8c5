package dev.topicgraph.benchmarks;

import dev.topicgraph.io.json.FeedbackLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading the feedback log (the benchmark graph's feedback, appended with {@code FeedbackLog.appendAll},
 * one JSON Lines file per UTC day) beside a Jackson token scan of the same files: {@code nextToken()}
 * over every token of every file, nothing decoded or built. Both read the files from the file system
 * (from the page cache once the first iteration has read them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g", "-XX:+AlwaysPreTouch"})
public class FeedbackLogBenchmark {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Param({"small", "medium", "large"})
  public String size;

  private FeedbackLog log;
  private List<Path> files;

  /** Writes the log on first use, then opens it and lists its files. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = BenchmarkData.feedbackLog(size);
    BenchmarkData.forget(size);
    log = FeedbackLog.open(dir);
    files = new ArrayList<>();
    try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "*.jsonl")) {
      all.forEach(files::add);
    }
    files.sort(null);
  }

  /** Ours: every event of the log, checked, each id once. */
  @Benchmark
  public FeedbackLog.Reading readLog() throws IOException {
    return log.readAll();
  }

  /** Baseline: Jackson's tokenizer over the same files, one parser per file, nothing built. */
  @Benchmark
  public long baselineTokenScan() throws IOException {
    long n = 0;
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f);
          JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
        while (p.nextToken() != null) {
          n++;
        }
      }
    }
    return n;
  }
}
