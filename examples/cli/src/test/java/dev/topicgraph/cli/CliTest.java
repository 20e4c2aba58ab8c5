package dev.topicgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in this process: output, files written and exit codes. */
class CliTest {
  @TempDir
  Path temp;

  /** What one run printed and returned. */
  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theBundledSampleIsWhatItsSourceBuilds() {
    TopicGraph sample = DemoCommand.sample();
    assertEquals(SampleGraphSource.build(), sample,
        "regenerate sample.json with SampleGraphSource.main after changing the source");
    assertEquals(List.of(), sample.validate(ValidationMode.STRICT));
    assertEquals(12, sample.topics().size());
    assertTrue(sample.feedback().size() >= 200, "a few hundred feedback events");
  }

  @Test
  void theDemoValidatesRanksAndWritesEveryFormat() throws IOException {
    Path out = temp.resolve("demo");
    Run r = run("demo", "--out", out.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("Validation (strict): no problems."), r.out);
    assertTrue(r.out.contains("1. "), r.out);
    assertTrue(r.out.contains("interest"), r.out);
    assertTrue(Files.isRegularFile(out.resolve("backlog.json")));
    assertTrue(Files.isRegularFile(out.resolve("pages/index.md")));
    assertTrue(Files.readString(out.resolve("graph.mmd")).startsWith("flowchart LR\n"));
    FormatRegistry formats = FormatRegistry.load();
    assertEquals(DemoCommand.sample(), formats.require("json").reader().read(out.resolve("backlog.json")));
    assertEquals(DemoCommand.sample(), formats.require("markdown").reader().read(out.resolve("pages")));
    assertEquals(0, run("demo", "--out", out.toString()).code, "a second run replaces the outputs");
  }

  @Test
  void formatsListsEveryFormatFoundThroughServiceLoader() {
    Run r = run("formats");
    assertEquals(0, r.code, r.err);
    for (String id : List.of("json", "markdown", "yaml", "mermaid")) {
      assertTrue(r.out.lines().anyMatch(l -> l.startsWith(id + " ")), () -> id + " missing:\n" + r.out);
    }
    assertTrue(r.out.contains("lossless"), r.out);
  }

  @Test
  void validateReportsProblemsWithTheirLocationAndExitsOne() throws IOException {
    Path good = temp.resolve("good.json");
    assertEquals(0, run("convert", samplePath().toString(), good.toString()).code);
    Run ok = run("validate", good.toString(), "--strict");
    assertEquals(0, ok.code, ok.err);
    assertTrue(ok.out.contains("valid json graph: 12 nodes"), ok.out);

    Path bad = temp.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"topicgraph/1\",\n \"nodes\": [{\"id\": \"vendor.A\", \"title\": \"A\"}]}\n");
    Run r = run("validate", bad.toString());
    assertEquals(1, r.code);
    assertTrue(r.err.startsWith(bad + ":2:19: error json.invalid-value: "), r.err);
  }

  @Test
  void convertWritesTheFormatTheNameImplies() throws IOException {
    Path yaml = temp.resolve("sample.yaml");
    Path pages = temp.resolve("pages");
    Path back = temp.resolve("back.json");
    assertEquals(0, run("convert", samplePath().toString(), yaml.toString()).code);
    assertEquals(0, run("convert", yaml.toString(), pages.toString()).code);
    Run r = run("convert", pages.toString(), back.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("wrote " + back + " (json)"), r.out);
    assertEquals(Files.readString(samplePath()), Files.readString(back), "JSON -> YAML -> Markdown -> JSON");
  }

  @Test
  void rankPrintsJsonInRankOrder() {
    Run r = run("rank", samplePath().toString(), "--as-of", "2026-11-20", "--top", "3", "--json");
    assertEquals(0, r.code, r.err);
    String json = r.out.strip();
    assertTrue(json.startsWith("[{\"rank\":1,\"topic\":\"topic."), json);
    assertTrue(json.contains("{\"rank\":3,"), json);
    assertTrue(!json.contains("{\"rank\":4,"), json);
    assertTrue(json.contains("\"explanation\":{\"value\":"), json);
    assertTrue(json.contains("\"details\":[{\"value\":"), json);
  }

  @Test
  void rankExplainsInText() {
    Run r = run("rank", samplePath().toString(), "--as-of", "2026-11-20T00:00:00Z", "--top", "1", "--explain");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("  1. "), r.out);
    assertTrue(r.out.contains("weighted mean of the signals"), r.out);
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run().code);
    assertEquals(2, run("rank").code);
    assertEquals(2, run("rank", samplePath().toString(), "--as-of", "yesterday").code);
    assertEquals(2, run("validate", "graph.unknownext").code);
    Run r = run("convert", samplePath().toString(), temp.resolve("out.json").toString(), "--to", "nosuch");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("No registered format matches format id 'nosuch'"), r.err);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("demo", "formats", "validate", "convert", "rank")) {
      Run r = run(command, "--help");
      assertEquals(0, r.code, command);
      assertTrue(r.out.startsWith("Usage: topicgraph " + command), r.out);
    }
    assertTrue(run("--help").out.contains("Exit codes:"));
  }

  @Test
  void aMissingFileIsInvalidInput() {
    Run r = run("validate", temp.resolve("nothing.json").toString());
    assertEquals(1, r.code);
    assertTrue(r.err.contains("no such file"), r.err);
  }

  private Path samplePath() {
    Path p = temp.resolve("sample.json");
    if (!Files.exists(p)) {
      try {
        FormatRegistry.load().require("json").writer().write(DemoCommand.sample(), p);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return p;
  }
}
