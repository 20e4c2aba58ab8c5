package dev.topicgraph.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.io.json.RankingJson;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable pipeline: a generated log ranked from the command line, as {@code rank --json} ranks it. */
class RankPipelineTest {
  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  private static Run generate(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = GenerateFeedbackLog.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run rank(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RankPipeline.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theCommandWritesWhatRankWithJsonPrintsAndItsProblemsSorted(@TempDir Path dir) throws IOException {
    Run generated = generate("--out=" + dir, "--events=3000", "--topics=60", "--nodes=20", "--reviewers=200",
        "--days=20", "--seed=7");
    assertEquals(0, generated.code, generated.err);
    assertTrue(generated.out.contains("3000 events"), generated.out);
    byte[] graphBytes = Files.readAllBytes(dir.resolve("graph.json"));
    byte[] firstLog = Files.readAllBytes(dir.resolve("feedback/2026-11-20.jsonl"));
    assertEquals(0, generate("--out=" + dir, "--events=3000", "--topics=60", "--nodes=20", "--reviewers=200",
        "--days=20", "--seed=7").code);
    assertEquals(new String(graphBytes, StandardCharsets.UTF_8), Files.readString(dir.resolve("graph.json")),
        "the same options give the same graph");
    assertEquals(new String(firstLog, StandardCharsets.UTF_8),
        Files.readString(dir.resolve("feedback/2026-11-20.jsonl")));

    // A bad line: a problem, not a failure.
    Path day = dir.resolve("feedback/2026-11-15.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(day));
    lines.add(4, "{\"id\":\"x\",\"topic\":\"topic.t-00001\",\"reviewer\":\"r\",\"interest\":\"high\"}");
    Files.write(day, lines);

    Path output = dir.resolve("out/ranking.json");
    Run r = rank("--graph=" + dir.resolve("graph.json"), "--feedback=" + dir.resolve("feedback") + "/*.jsonl",
        "--asOf=2026-11-20", "--output=" + output, "--groups=4");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.startsWith("ranked "), r.out);
    assertTrue(r.out.contains("from 3000 events (20 log files, 0 in the graph)"), r.out);
    assertTrue(r.err.contains("log lines skipped: 1, warnings: 0; see " + dir.resolve("out/ranking.json.problems.txt")),
        r.err);

    lines.remove(4);
    Files.write(day, lines);
    TopicGraph graph = JsonFormat.defaultReader().read(dir.resolve("graph.json"));
    List<Feedback> events = new ArrayList<>(graph.feedback());
    events.addAll(FeedbackLog.open(dir.resolve("feedback"), FeedbackLog.Sync.NONE, ReadOptions.defaults()).readAll()
        .events());
    String expected = RankingJson.write(PriorityScorer.withDefaults().rank(graph, events,
        Instant.parse("2026-11-20T00:00:00Z"))) + "\n";
    assertEquals(expected, Files.readString(output), "what rank --json --top 0 prints");
    String problems = Files.readString(dir.resolve("out/ranking.json.problems.txt"));
    assertEquals(List.of(day + ":5:1: error log.missing-field: the required field \"at\" is missing",
        day + ":5:61: error log.type: expected a whole number for \"interest\", found a string (at /interest)"),
        problems.lines().collect(java.util.stream.Collectors.toList()), "sorted by file, line and column");
  }

  @Test
  void aBadGraphOrBadOptionsAreReportedWithTheirExitCodes(@TempDir Path dir) throws IOException {
    Path graph = dir.resolve("graph.json");
    Files.writeString(graph, "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"x\"}]}");
    Run bad = rank("--graph=" + graph, "--feedback=" + dir + "/*.jsonl", "--asOf=2026-11-20",
        "--output=" + dir.resolve("r.json"));
    assertEquals(1, bad.code, bad.err);
    assertTrue(bad.err.contains(graph + ":1:45: error json.invalid-value"), bad.err);

    Run noOutput = rank("--graph=" + graph, "--feedback=" + dir + "/*.jsonl", "--asOf=2026-11-20");
    assertEquals(2, noOutput.code);
    assertTrue(noOutput.err.startsWith("usage: "), noOutput.err);
    Run badDay = rank("--graph=" + graph, "--feedback=x", "--asOf=20 November", "--output=o");
    assertEquals(2, badDay.code);
    assertTrue(badDay.err.contains("--asOf \"20 November\" is neither a date"), badDay.err);
    Run farOff = rank("--graph=" + graph, "--feedback=x", "--asOf=+1000000000-12-31T23:59:59Z", "--output=o");
    assertEquals(2, farOff.code, farOff.err);
    assertTrue(farOff.err.contains("is not in the years 1 to 9999"), farOff.err);
    assertEquals(2, generate("--events=10").code, "no --out");
    assertEquals(2, generate("--out=" + dir, "--events=0").code);
    assertEquals(2, generate("--out=" + dir, "--colour=blue").code);
  }
}
