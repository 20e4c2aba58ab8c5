package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents: every problem is reported, with its line, column and JSON pointer, in one exception. */
class JsonDiagnosticsTest {
  private static final FormatProvider JSON = new JsonFormat();
  private final GraphReader lenient = JSON.reader();
  private final GraphReader strict = JSON.reader(ReadOptions.strict());

  @TempDir
  Path temp;

  /** Joins lines with \n so that line and column numbers in the tests are easy to count. */
  private static String doc(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /**
   * The expected location of a problem: the line, and the column where {@code token} first starts
   * on that line (searching from {@code after}), followed by the code and the JSON pointer.
   */
  private static String at(String doc, int line, String token, String rest) {
    String text = doc.split("\n", -1)[line - 1];
    int column = text.indexOf(token);
    assertTrue(column >= 0, () -> "no " + token + " on line " + line);
    return line + ":" + (column + 1) + " " + rest;
  }

  private static List<String> summary(FormatException e) {
    return e.diagnostics().stream()
        .map(d -> d.line().orElse(0) + ":" + d.column().orElse(0) + " " + d.code() + " " + d.path().orElse(""))
        .collect(Collectors.toList());
  }

  private FormatException fails(GraphReader reader, String text) {
    return assertThrows(FormatException.class, () -> reader.readString(text, "test.json"));
  }

  @Test
  void reportsEveryProblemOfADocumentAtOnce() {
    String d = doc(
        "{\"format\": \"topicgraph/1\",",
        " \"nodes\": [",
        "  {\"id\": \"vendor.a\", \"title\": \"A\", \"confidence\": 1.5},",
        "  {\"id\": \"vendor.B\", \"title\": \"B\"},",
        "  {\"id\": \"vendor.c\", \"title\": 3},",
        "  {\"id\": \"vendor.a\", \"title\": \"A again\"},",
        "  {\"title\": \"no id\"}",
        " ],",
        " \"relations\": [{\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.c\"}],",
        " \"topics\": [{\"id\": \"topic.t\", \"title\": \"T\", \"proposed\": \"2026-13-01\"}],",
        " \"feedback\": [{\"id\": \"f\", \"topic\": \"topic.t\", \"reviewer\": \"r\", \"interest\": \"4\",",
        "   \"at\": \"2026-11-03T08:15:00Z\"}]",
        "}");
    FormatException e = fails(lenient, d);
    assertEquals(List.of(
        at(d, 3, "1.5", "json.invalid-value /nodes/0/confidence"),
        at(d, 4, "\"vendor.B\"", "json.invalid-value /nodes/1/id"),
        at(d, 5, "3}", "json.type /nodes/2/title"),
        at(d, 6, "\"vendor.a\"", "graph.duplicate-node-id /nodes/3/id"),
        at(d, 7, "{", "json.missing-field /nodes/4"),
        at(d, 9, "{", "json.missing-field /relations/0"),
        at(d, 10, "\"2026-13-01\"", "json.invalid-value /topics/0/proposed"),
        at(d, 11, "\"4\"", "json.type /feedback/0/interest")), summary(e));
    Diagnostic first = e.diagnostics().get(0);
    assertEquals("test.json:3:" + (d.split("\n")[2].indexOf("1.5") + 1) + ": error json.invalid-value: confidence \"1.5\": must be between 0 and 1"
        + " (at /nodes/0/confidence)", first.toString());
    assertTrue(e.diagnostics().get(1).message().contains("has 'B' (U+0042) at position 8"),
        e.diagnostics().get(1).message());
    assertTrue(e.diagnostics().get(2).message().contains("expected a string for \"title\", found a number"));
    assertTrue(e.diagnostics().get(3).message().contains("already defined at /nodes/0"));
    assertTrue(e.diagnostics().get(5).message().contains("\"rationale\" is missing"));
    assertTrue(e.diagnostics().get(6).message().contains("expected YYYY-MM-DD"));
  }

  @Test
  void aRepeatedKeyIsFoundWhetherTheRecordsComeInCanonicalOrderOrNot() {
    // While keys ascend the reader compares each with the last only; the first key out of order makes it
    // look every earlier key up. Repeats before, at and after that point are all reported.
    String d = doc(
        "{\"format\": \"topicgraph/1\",",
        " \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\"}, {\"id\": \"vendor.b\", \"title\": \"B\"}],",
        " \"relations\": [",
        "  {\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.b\", \"rationale\": \"r\"},",
        "  {\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.b\", \"rationale\": \"s\"},",
        "  {\"from\": \"vendor.b\", \"type\": \"enables\", \"to\": \"vendor.a\", \"rationale\": \"r\"},",
        "  {\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.b\", \"rationale\": \"t\"}],",
        " \"topics\": [{\"id\": \"topic.t\", \"title\": \"T\", \"proposed\": \"2026-11-01\"}],",
        " \"feedback\": [",
        "  " + event("f-1") + ",",
        "  " + event("f-1") + ",",
        "  " + event("f-3") + ",",
        "  " + event("f-2") + ",",
        "  " + event("f-3") + ",",
        "  " + event("f-1") + "]",
        "}");
    FormatException e = fails(lenient, d);
    assertEquals(List.of(
        "5:3 graph.duplicate-relation /relations/1",
        "7:3 graph.duplicate-relation /relations/3",
        at(d, 11, "\"f-1\"", "graph.duplicate-feedback-id /feedback/1/id"),
        at(d, 14, "\"f-3\"", "graph.duplicate-feedback-id /feedback/4/id"),
        at(d, 15, "\"f-1\"", "graph.duplicate-feedback-id /feedback/5/id")), summary(e));
    assertTrue(e.diagnostics().get(1).message().contains("already stated at /relations/0"));
    assertTrue(e.diagnostics().get(2).message().contains("already defined at /feedback/0"));
    assertTrue(e.diagnostics().get(3).message().contains("already defined at /feedback/2"));
    assertTrue(e.diagnostics().get(4).message().contains("already defined at /feedback/0"));
  }

  private static String event(String id) {
    return "{\"id\": \"" + id + "\", \"topic\": \"topic.t\", \"reviewer\": \"r\", \"interest\": 4, "
        + "\"at\": \"2026-11-03T08:15:00Z\"}";
  }

  @Test
  void syntaxErrorsAndTrailingGarbageAreLocated() {
    String bracket = doc("{\"format\": \"topicgraph/1\",", " \"nodes\": [}");
    assertEquals(List.of(at(bracket, 2, "}", "json.syntax ")), summary(fails(lenient, bracket)));
    assertEquals(List.of("3:1 json.syntax "),
        summary(fails(lenient, doc("{\"format\": \"topicgraph/1\"}", "", "{\"another\": 1}"))));
    FormatException truncated = fails(lenient, "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\"");
    assertEquals("json.syntax", truncated.diagnostics().get(0).code());
    assertTrue(truncated.diagnostics().get(0).message().contains("end-of-input"),
        truncated.diagnostics().get(0).message());
    assertEquals(List.of("1:1 json.syntax "), summary(fails(lenient, "")));
    assertEquals(List.of("1:1 json.type "), summary(fails(lenient, "[]")));
  }

  @Test
  void theFormatFieldIsRequiredAndChecked() {
    assertEquals(List.of("1:1 json.format "), summary(fails(lenient, "{\"nodes\": []}")));
    FormatException e = fails(lenient, "{\"format\": \"topicgraph/2\"}");
    assertEquals(List.of(at("{\"format\": \"topicgraph/2\"}", 1, "\"topicgraph/2\"", "json.format /format")),
        summary(e));
    assertTrue(e.diagnostics().get(0).message().contains("this reader reads \"topicgraph/1\""));
  }

  @Test
  void duplicateIdsOfEveryKindAreLocated() {
    String d = doc(
        "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\"},",
        "  {\"id\": \"vendor.b\", \"title\": \"B\"}],",
        " \"relations\": [{\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.b\", \"rationale\": \"r\"},",
        "  {\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.b\", \"rationale\": \"again\"}],",
        " \"topics\": [{\"id\": \"topic.t\", \"title\": \"T\", \"proposed\": \"2026-01-01\"},",
        "  {\"id\": \"topic.t\", \"title\": \"T2\", \"proposed\": \"2026-01-01\"}],",
        " \"feedback\": [{\"id\": \"f\", \"topic\": \"topic.t\", \"reviewer\": \"r\", \"interest\": 4, \"at\": \"2026-11-03T08:15:00Z\"},",
        "  {\"id\": \"f\", \"topic\": \"topic.t\", \"reviewer\": \"s\", \"interest\": 2, \"at\": \"2026-11-03T08:15:00Z\"}]}");
    FormatException e = fails(lenient, d);
    assertEquals(List.of(
        at(d, 4, "{", "graph.duplicate-relation /relations/1"),
        at(d, 6, "\"topic.t\"", "graph.duplicate-topic-id /topics/1/id"),
        at(d, 8, "\"f\"", "graph.duplicate-feedback-id /feedback/1/id")), summary(e));
  }

  @Test
  void strictModeRejectsUnknownFieldsAndDanglingReferences() throws IOException {
    String text = doc(
        "{\"format\": \"topicgraph/1\",",
        " \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\", \"colour\": \"teal\", \"rank\": 3}],",
        " \"relations\": [{\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.gone\", \"rationale\": \"r\"}],",
        " \"topics\": [{\"id\": \"topic.t\", \"title\": \"T\", \"proposed\": \"2026-01-01\", \"drawsFrom\": [\"pattern.gone\"]}],",
        " \"feedback\": [{\"id\": \"f\", \"topic\": \"topic.gone\", \"reviewer\": \"r\", \"interest\": 4, \"at\": \"2026-11-03T08:15:00Z\"}]}");
    FormatException e = fails(strict, text);
    assertEquals(List.of(
        at(text, 2, "\"colour\"", "json.unknown-field /nodes/0/colour"),
        at(text, 2, "\"rank\"", "json.unknown-field /nodes/0/rank"),
        at(text, 3, "\"vendor.gone\"", "graph.dangling-relation /relations/0/to"),
        at(text, 4, "\"pattern.gone\"", "graph.dangling-draws-from /topics/0/drawsFrom/0"),
        at(text, 5, "\"topic.gone\"", "graph.unknown-feedback-topic /feedback/0/topic")), summary(e));

    TopicGraph g = lenient.readString(text, "lenient.json");
    assertEquals("teal", g.node(NodeId.of("vendor.a")).orElseThrow().extra().get("colour"));
    assertEquals("3", g.node(NodeId.of("vendor.a")).orElseThrow().extra().get("rank"));
    assertEquals(3, g.validate(dev.topicgraph.model.ValidationMode.LENIENT).size());

    Path file = temp.resolve("lenient.json");
    Files.writeString(file, text);
    dev.topicgraph.api.format.ReadResult read = lenient.readWithWarnings(file);
    assertEquals(g, read.graph());
    assertEquals(List.of(
        at(text, 3, "\"vendor.gone\"", "graph.dangling-relation /relations/0/to"),
        at(text, 4, "\"pattern.gone\"", "graph.dangling-draws-from /topics/0/drawsFrom/0"),
        at(text, 5, "\"topic.gone\"", "graph.unknown-feedback-topic /feedback/0/topic")),
        read.warnings().stream().map(d -> d.line().orElse(0) + ":" + d.column().orElse(0) + " " + d.code() + " "
            + d.path().orElse("")).collect(Collectors.toList()));
    assertTrue(read.warnings().stream().allMatch(d -> !d.isError() && d.source().orElseThrow().equals(file.toString())));
  }

  @Test
  void aLenientReadWithMoreWarningsThanMaxProblemsStillGivesTheGraph() throws IOException {
    StringBuilder sb = new StringBuilder("{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\"}],"
        + " \"relations\": [");
    for (int i = 0; i < 150; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.gone-")
          .append(i).append("\", \"rationale\": \"r\"}");
    }
    sb.append("]}");
    Path file = temp.resolve("many.json");
    Files.writeString(file, sb.toString());
    dev.topicgraph.api.format.ReadResult read = lenient.readWithWarnings(file);
    assertEquals(150, read.graph().relations().size());
    assertEquals(101, read.warnings().size());
    assertEquals("read.too-many-problems", read.warnings().get(100).code());
    assertTrue(read.warnings().get(100).message().startsWith("50 more warnings"), read.warnings().get(100).message());
  }

  @Test
  void unknownFieldsWithoutAPlaceToKeepThemAreErrorsEvenWhenLenient() {
    String d = doc(
        "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\", \"deep\": {\"x\": 1}},",
        "  {\"id\": \"vendor.b\", \"title\": \"B\"}],",
        " \"relations\": [{\"from\": \"vendor.a\", \"type\": \"enables\", \"to\": \"vendor.b\", \"rationale\": \"r\", \"weight\": 2}],",
        " \"colour\": 1}");
    FormatException e = fails(lenient, d);
    assertEquals(List.of(
        at(d, 1, "\"deep\"", "json.unknown-field /nodes/0/deep"),
        at(d, 3, "\"weight\"", "json.unknown-field /relations/0/weight"),
        at(d, 4, "\"colour\"", "json.unknown-field /colour")), summary(e));
  }

  @Test
  void repeatedFieldsAreErrors() {
    String d = "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.a\", \"title\": \"A\", \"title\": \"B\"}]}";
    FormatException e = fails(lenient, d);
    assertEquals(List.of("1:" + (d.lastIndexOf("\"title\"") + 1) + " json.duplicate-field /nodes/0/title"), summary(e));
  }

  @Test
  void limitsAreEnforcedWithALocation() throws IOException {
    GraphReader tight = JSON.reader(ReadOptions.builder().maxDepth(4).maxStringLength(10).build());
    FormatException deep = fails(tight, "{\"format\": \"topicgraph/1\", \"nodes\": [[[[[]]]]]}");
    assertEquals("json.limit", deep.diagnostics().get(0).code());
    assertTrue(deep.diagnostics().get(0).line().isPresent());
    FormatException longString = fails(tight, "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"vendor.abcdefghijklmnop\"}]}");
    assertEquals("json.limit", longString.diagnostics().get(0).code());

    Path big = temp.resolve("big.json");
    Files.writeString(big, "{\"format\": \"topicgraph/1\"}" + " ".repeat(100));
    FormatException tooBig = assertThrows(FormatException.class,
        () -> JSON.reader(ReadOptions.builder().maxDocumentBytes(50).build()).read(big));
    assertTrue(tooBig.diagnostics().get(0).message().contains("more than the limit of 50"));
    FormatException streamed = assertThrows(FormatException.class,
        () -> JSON.reader(ReadOptions.builder().maxDocumentBytes(50).build())
            .read(new ByteArrayInputStream(Files.readAllBytes(big)), "stream"));
    assertEquals("json.limit", streamed.diagnostics().get(0).code());
  }

  @Test
  void readingStopsAfterTheProblemLimit() {
    StringBuilder sb = new StringBuilder("{\"format\": \"topicgraph/1\", \"nodes\": [");
    for (int i = 0; i < 500; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\": 1}");
    }
    sb.append("]}");
    FormatException e = fails(JSON.reader(ReadOptions.builder().maxProblems(20).build()), sb.toString());
    assertEquals(21, e.diagnostics().size());
    assertEquals("read.too-many-problems", e.diagnostics().get(20).code());
  }

  @Test
  void readsFromFilesAndStreamsWithoutClosingThem() throws IOException {
    String text = JsonGoldenTest.resource("design-example.json");
    Path file = temp.resolve("graph.json");
    Files.writeString(file, text);
    TopicGraph fromFile = lenient.read(file);
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertEquals(fromFile, lenient.read(in, "stream"));
    assertEquals(false, closed[0]);
    FormatException e = assertThrows(FormatException.class, () -> lenient.read(
        new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)), "named-source"));
    assertEquals("named-source", e.diagnostics().get(0).source().orElseThrow());
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    byte[] body = JsonGoldenTest.resource("design-example.json").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(lenient.readString(JsonGoldenTest.resource("design-example.json"), "a"),
        lenient.read(new ByteArrayInputStream(withBom), "bom"));
  }
}
