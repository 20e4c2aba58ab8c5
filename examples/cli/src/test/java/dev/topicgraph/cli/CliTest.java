package dev.topicgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.model.Feedback;
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
    TopicGraph sample = DemoCommand.sample();
    assertEquals(withoutFeedback(sample),
        formats.require("markdown").reader().read(out.resolve("pages")), "pages count feedback, not who gave it");
    String page = Files.readString(out.resolve("pages/topics/topic.identity-in-the-warehouse.md"));
    assertTrue(page.contains("## Reader interest\n\n- Ratings: "), page);
    sample.feedback().forEach(f -> assertTrue(!page.contains("| " + f.reviewer() + " |"), f.reviewer()));
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
    assertEquals(0, run("convert", yaml.toString(), pages.toString(), "--option", "feedback=events").code);
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
  void theDemoKeepsFeedbackInALogAndRankTakesIt() throws IOException {
    Path log = temp.resolve("feedback");
    Path out = temp.resolve("demo");
    Run first = run("demo", "--out", out.toString(), "--feedback", log.toString());
    assertEquals(0, first.code, first.err);
    int events = DemoCommand.sample().feedback().size();
    assertTrue(first.out.contains(events + " events appended, 0 already there"), first.out);
    Run again = run("demo", "--out", out.toString(), "--feedback", log.toString());
    assertTrue(again.out.contains("0 events appended, " + events + " already there"), again.out);
    List<String> top = topLines(first.out);
    assertEquals(10, top.size(), first.out);
    assertEquals(topLines(run("demo", "--out", out.toString()).out), top,
        "the same ranking from the log as from the graph");

    // The graph without feedback, ranked with the log, ranks as the graph with its feedback.
    Path bare = temp.resolve("bare.json");
    TopicGraph sample = DemoCommand.sample();
    FormatRegistry.load().require("json").writer().write(TopicGraph.builder().addNodes(sample.nodes())
        .addRelations(sample.relations()).addTopics(sample.topics()).build(), bare);
    Run fromLog = run("rank", bare.toString(), "--as-of", "2026-11-20", "--json", "--feedback", log.toString());
    Run fromGraph = run("rank", samplePath().toString(), "--as-of", "2026-11-20", "--json");
    assertEquals(0, fromLog.code, fromLog.err);
    assertEquals(fromGraph.out, fromLog.out);

    Run valid = run("validate", bare.toString(), "--strict", "--feedback", log.toString());
    assertEquals(0, valid.code, valid.err);
    assertTrue(valid.out.contains("valid feedback log: " + events + " events"), valid.out);
  }

  @Test
  void aBrokenLogIsReportedWithItsFileAndLine() throws IOException {
    Path log = temp.resolve("feedback");
    Files.createDirectories(log);
    Files.writeString(log.resolve("2026-11-19.jsonl"), "{\"id\":\"e1\",\"topic\":\"topic.nowhere\",\"reviewer\":"
        + "\"r\",\"interest\":4,\"at\":\"2026-11-19T10:00:00Z\"}\n{\"id\":\"e2\",\"topic\":3}\n{\"id\":");
    Run r = run("rank", samplePath().toString(), "--feedback", log.toString());
    assertEquals(1, r.code);
    assertTrue(r.err.contains(log.resolve("2026-11-19.jsonl") + ":2:"), r.err);
    Files.writeString(log.resolve("2026-11-19.jsonl"), "{\"id\":\"e1\",\"topic\":\"topic.nowhere\",\"reviewer\":"
        + "\"r\",\"interest\":4,\"at\":\"2026-11-19T10:00:00Z\"}\n{\"id\":");
    Run torn = run("validate", samplePath().toString(), "--feedback", log.toString());
    assertEquals(0, torn.code, torn.err);
    assertTrue(torn.err.contains("warning log.torn-line"), torn.err);
    assertTrue(torn.err.contains("warning log.unknown-topic: event e1 rates topic.nowhere"), torn.err);
    assertEquals(1, run("validate", samplePath().toString(), "--strict", "--feedback", log.toString()).code);
    // An event the graph holds too counts once, the graph's; other content under its id is a warning.
    Feedback first = DemoCommand.sample().feedback().get(0);
    Files.writeString(log.resolve("2026-11-19.jsonl"), "{\"id\":\"" + first.id() + "\",\"topic\":\""
        + first.topic() + "\",\"reviewer\":\"someone-else\",\"interest\":1,\"at\":\"2026-11-19T10:00:00Z\"}\n");
    Run twice = run("rank", samplePath().toString(), "--as-of", "2026-11-20", "--json", "--feedback", log.toString());
    assertEquals(0, twice.code, twice.err);
    assertTrue(twice.err.contains("warning log.duplicate-id: event " + first.id()), twice.err);
    assertEquals(run("rank", samplePath().toString(), "--as-of", "2026-11-20", "--json").out, twice.out);
    assertEquals(1, run("rank", samplePath().toString(), "--feedback", temp.resolve("none").toString()).code);
  }

  private static TopicGraph withoutFeedback(TopicGraph g) {
    return TopicGraph.builder().addNodes(g.nodes()).addRelations(g.relations()).addTopics(g.topics()).build();
  }

  @Test
  void convertTakesTheOutputFormatsWriteOptions() {
    Path pages = temp.resolve("pages");
    Run bad = run("convert", samplePath().toString(), pages.toString(), "--option", "feedback=everything");
    assertEquals(2, bad.code);
    assertTrue(bad.err.contains("feedback of format markdown is counts or events, not \"everything\""), bad.err);
    Run unknown = run("convert", samplePath().toString(), pages.toString(), "--option", "colour=blue");
    assertEquals(2, unknown.code);
    assertTrue(unknown.err.contains("has no write option [colour]"), unknown.err);
  }

  private static List<String> topLines(String demoOutput) {
    return demoOutput.lines().filter(l -> l.matches("\\s+\\d\\. .*|\\s+score .*")).collect(
        java.util.stream.Collectors.toList());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run().code);
    assertEquals(2, run("rank").code);
    assertEquals(2, run("rank", samplePath().toString(), "--as-of", "yesterday").code);
    assertEquals(2, run("validate", "graph.unknownext").code);
    Run r = run("convert", samplePath().toString(), temp.resolve("out.json").toString(), "--to", "nosuch");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("no format has the id 'nosuch'; formats: html, json, markdown, mermaid, yaml"), r.err);
  }

  @Test
  void anUnknownFormatAsksForTheOptionAndListsTheFormats() {
    Run validate = run("validate", temp.resolve("graph.unknownext").toString());
    assertEquals(2, validate.code);
    assertEquals("topicgraph: cannot tell the format of " + temp.resolve("graph.unknownext")
        + " from its name; pass --format ID, one of: html, json, markdown, mermaid, yaml\n", validate.err);
    assertTrue(!validate.err.contains("shade"), validate.err);

    Run convert = run("convert", samplePath().toString(), temp.resolve("out.unknownext").toString());
    assertEquals(2, convert.code);
    assertTrue(convert.err.contains("pass --to ID, one of: html, json, markdown, mermaid, yaml"), convert.err);
  }

  @Test
  void convertRefusesAFileNameForTheDirectoryFormat() {
    Path out = temp.resolve("out.md");
    Run r = run("convert", samplePath().toString(), out.toString());
    assertEquals(2, r.code, r.err);
    assertTrue(r.err.contains("the markdown format writes a directory of pages, not one file"), r.err);
    assertTrue(r.err.contains("name the output as a folder, such as " + temp.resolve("out")), r.err);
    assertTrue(!Files.exists(out), "nothing was written");

    Path folder = temp.resolve("out.pages");
    Run explicit = run("convert", samplePath().toString(), folder.toString(), "--to", "markdown");
    assertEquals(0, explicit.code, explicit.err + "--to names the format, so a dotted folder name is fine");
    assertTrue(Files.isRegularFile(folder.resolve("index.md")));
  }

  @Test
  void convertWritesOnlyTheOutputItselfNotMissingParents() {
    Path out = temp.resolve("no-such-folder/deeper/out.json");
    Run r = run("convert", samplePath().toString(), out.toString());
    assertEquals(2, r.code, r.err);
    assertTrue(r.err.contains("the folder " + out.getParent() + " does not exist"), r.err);
    assertTrue(!Files.exists(temp.resolve("no-such-folder")), "no folder was created");
  }

  @Test
  void writeErrorsSayWhy() throws IOException {
    Path notEmpty = temp.resolve("notes");
    Files.createDirectories(notEmpty);
    Files.writeString(notEmpty.resolve("index.md"), "someone's notes\n");
    Run r = run("convert", samplePath().toString(), notEmpty.toString(), "--to", "markdown");
    assertEquals(1, r.code);
    assertTrue(r.err.startsWith(notEmpty + ": error io.write: already exists: " + notEmpty.resolve("index.md")
        + " (topicgraph did not write it"), r.err);
    assertTrue(!r.err.contains("Exception"), r.err);
    assertEquals("someone's notes\n", Files.readString(notEmpty.resolve("index.md")));
    try (java.util.stream.Stream<Path> left = Files.list(notEmpty)) {
      assertEquals(List.of(notEmpty.resolve("index.md")), left.collect(java.util.stream.Collectors.toList()),
          "a refused write leaves no lock, staging folder or marker");
    }

    assertEquals("permission denied: /x", Io.reason(new java.nio.file.AccessDeniedException("/x")));
    assertEquals("disk full: /x", Io.reason(new java.nio.file.FileSystemException("/x", null,
        "No space left on device")));
    assertEquals("disk full", Io.reason(new IOException("No space left on device")));
    assertEquals("no such file or directory: /x", Io.reason(new java.nio.file.NoSuchFileException("/x")));
    assertEquals("already exists: /x (is a directory, not a file)",
        Io.reason(new java.nio.file.FileAlreadyExistsException("/x", null, "is a directory, not a file")));
  }

  @Test
  void theFormatsTableIsAligned() {
    Run r = run("formats");
    List<String> lines = r.out.lines().collect(java.util.stream.Collectors.toList());
    String header = lines.get(0);
    for (String column : List.of("NAME", "MEDIA TYPES", "EXTENSIONS", "CAPABILITIES")) {
      int at = header.indexOf(column);
      for (String line : lines.subList(1, lines.size())) {
        assertTrue(line.length() > at && line.charAt(at - 1) == ' ' && line.charAt(at) != ' ',
            () -> column + " does not start at column " + at + ":\n" + r.out);
      }
    }
  }

  @Test
  void warningsCarryTheirLineAndColumn() throws IOException {
    Path file = temp.resolve("dangling.json");
    Files.writeString(file, "{\"format\": \"topicgraph/1\",\n"
        + " \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\"}],\n"
        + " \"relations\": [{\"from\": \"vendor.a\", \"type\": \"enables\",\n"
        + "   \"to\": \"vendor.missing\", \"rationale\": \"R.\"}]}\n");
    Run r = run("validate", file.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.startsWith(file + ":4:10: warning graph.dangling-relation: "), r.err); // the value's opening quote
  }

  @Test
  void validateGivenTheIndexPageValidatesItsDirectory() throws IOException {
    Path out = temp.resolve("demo");
    assertEquals(0, run("demo", "--out", out.toString()).code);
    Path index = out.resolve("pages/index.md");
    Run r = run("validate", index.toString(), "--strict");
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("note: " + index + " is the index of a Markdown graph, not a page of it; reading the"
        + " directory " + out.resolve("pages")), r.err);
    assertTrue(r.out.contains("valid markdown graph: 12 nodes"), r.out);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("demo", "formats", "validate", "convert", "rank", "recommend")) {
      Run r = run(command, "--help");
      assertEquals(0, r.code, command);
      assertTrue(r.out.startsWith("Usage: topicgraph " + command), r.out);
    }
    assertTrue(run("--help").out.contains("Exit codes:"));
  }

  private static final String ENGINEERING = "org-dim.operational-profile.engineering-led-cdp";
  private static final String MARKETING = "org-dim.operational-profile.marketing-led-cdp";

  @Test
  void recommendPrintsEachRoleWithItsChains() {
    Run r = run("recommend", samplePath().toString(), "--profile", ENGINEERING + "," + MARKETING + "=0.3",
        "--as-of", "2026-11-20", "--top", "2", "--explain");
    assertEquals(0, r.code, r.err);
    assertEquals("", r.err);
    assertTrue(r.out.startsWith("Recommendations for " + ENGINEERING + "=1.0," + MARKETING + "=0.3 "), r.out);
    assertTrue(r.out.contains("\nPrimary\n  0.7650  pattern.reverse-etl-activation  Reverse-ETL activation\n"
        + "          0.7650  from " + ENGINEERING + " (strength 1.0)\n"
        + "                  enables pattern.reverse-etl-activation: "), r.out);
    assertTrue(r.out.contains("\nCautions\n  0.1200  pattern.agentification  "), r.out);
    assertTrue(r.out.contains("\nConflicts\n  pattern.agentification: enabled by " + ENGINEERING
        + "; counter-indicated by " + MARKETING + "\n"), r.out);
    assertTrue(r.out.contains("any of 1 chain"), "--explain prints the tree:\n" + r.out);
    assertTrue(r.out.contains("Topics to review (showing 2 of 7)\n    1. "), r.out);
  }

  @Test
  void recommendPrintsJson() throws IOException {
    Run r = run("recommend", samplePath().toString(), "--profile", ENGINEERING, "--as-of", "2026-11-20", "--json");
    assertEquals(0, r.code, r.err);
    tools.jackson.databind.JsonNode json = new tools.jackson.databind.ObjectMapper().readTree(r.out);
    assertEquals(1.0, json.get("profile").get(ENGINEERING).doubleValue());
    tools.jackson.databind.JsonNode first = json.get("recommendations").get(0);
    assertEquals("primary", first.get("role").stringValue());
    assertEquals("pattern.reverse-etl-activation", first.get("node").stringValue());
    assertEquals(first.get("score").doubleValue(), first.get("explanation").get("value").doubleValue());
    tools.jackson.databind.JsonNode chain = first.get("chains").get(0);
    assertEquals(ENGINEERING, chain.get("nodes").get(0).get("id").stringValue());
    assertEquals(0.85, chain.get("nodes").get(0).get("confidence").doubleValue());
    assertEquals("enables", chain.get("relations").get(0).get("type").stringValue());
    assertEquals(0, json.get("conflicts").size());
    assertTrue(json.get("topics").size() > 0);
    assertEquals(json.get("topics").size(), json.get("topicsTotal").intValue(), "--top 10 shows all 7");
  }

  @Test
  void recommendSaysWhichRelationsItCouldNotFollow() throws IOException {
    Path graph = temp.resolve("dangling.json");
    Files.writeString(graph, String.join("\n",
        "{\"format\": \"topicgraph/1\",",
        " \"nodes\": [{\"id\": \"org-dim.a.x\", \"title\": \"X\"}, {\"id\": \"org-dim.a.y\", \"title\": \"Y\"}],",
        " \"relations\": [",
        "  {\"from\": \"org-dim.a.x\", \"type\": \"enables\", \"to\": \"vendor.gone\", \"rationale\": \"a typo\"},",
        "  {\"from\": \"org-dim.a.x\", \"type\": \"enables\", \"to\": \"org-dim.a.y\", \"rationale\": \"r\"},",
        "  {\"from\": \"org-dim.a.x\", \"type\": \"inspires\", \"to\": \"org-dim.a.y\", \"rationale\": \"r\"}]}"));
    Run r = run("recommend", graph.toString(), "--profile", "org-dim.a.x", "--as-of", "2026-11-20");
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains(":4:52: warning graph.dangling-relation: the relation points at vendor.gone"), r.err);
    assertTrue(r.out.contains("\nRelations not followed\n"
        + "  org-dim.a.x enables org-dim.a.y (org dimensions are matched by a profile, not recommended)\n"
        + "  org-dim.a.x enables vendor.gone (no such node)\n"), r.out);
    assertTrue(r.out.contains("\nRelation types not used: inspires 1\n"), r.out);
    Run json = run("recommend", graph.toString(), "--profile", "org-dim.a.x", "--as-of", "2026-11-20", "--json");
    tools.jackson.databind.JsonNode tree = new tools.jackson.databind.ObjectMapper().readTree(json.out);
    assertEquals(2, tree.get("skippedRelations").size());
    assertEquals(1, tree.get("ignoredRelations").get("inspires").intValue());
    assertEquals(0, tree.get("topicsTotal").intValue());
  }

  @Test
  void recommendRefusesAProfileItCannotUse() {
    Run vendor = run("recommend", samplePath().toString(), "--profile", "vendor.example-sync");
    assertEquals(2, vendor.code);
    assertTrue(vendor.err.contains("--profile: vendor.example-sync is not an org dimension"), vendor.err);
    Run unknown = run("recommend", samplePath().toString(), "--profile", "org-dim.nowhere.at-all=0.5");
    assertEquals(2, unknown.code);
    assertTrue(unknown.err.contains("--profile: org-dim.nowhere.at-all is not a node of "), unknown.err);
    Run strength = run("recommend", samplePath().toString(), "--profile", ENGINEERING + "=high");
    assertEquals(2, strength.code);
    assertTrue(strength.err.contains("is \"high\", not a number from 0 to 1"), strength.err);
    assertEquals(2, run("recommend", samplePath().toString()).code, "--profile is required");
    assertEquals(1, run("recommend", temp.resolve("none.json").toString(), "--profile", ENGINEERING).code);
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
