package dev.topicgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.topicgraph.api.format.FormatRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet in README.md and docs/ is compiled code: it is marked with the source file and
 * tag it comes from, and must equal that tagged region. The snippets' sources run in tests.
 */
class DocsTest {
  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->");

  @TempDir
  Path temp;

  private static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    try (Stream<Path> s = Files.walk(ROOT.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** The region between {@code // tag::name[]} and {@code // end::name[]}, without its common indentation. */
  static String region(Path source, String tag) throws IOException {
    List<String> lines = Files.readAllLines(source);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("// tag::" + tag + "[]")) {
        start = i;
      } else if (lines.get(i).strip().equals("// end::" + tag + "[]")) {
        end = i;
      }
    }
    assertTrue(start >= 0 && end > start, "no tag " + tag + " in " + source);
    List<String> body = lines.subList(start + 1, end);
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n")) + "\n";
  }

  @Test
  void everyJavaSnippetIsTheCompiledSourceItNames() throws IOException {
    int checked = 0;
    for (Path doc : documents()) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).equals("```java")) {
          continue;
        }
        String previous = i > 0 ? lines.get(i - 1) : "";
        int close = i + 1;
        while (close < lines.size() && !lines.get(close).equals("```")) {
          close++;
        }
        String shown = String.join("\n", lines.subList(i + 1, close)) + "\n";
        Matcher m = MARKER.matcher(previous);
        if (m.matches()) {
          assertEquals(region(ROOT.resolve(m.group(1)), m.group(2)), shown,
              ROOT.relativize(doc) + " line " + (i + 1) + " must equal " + m.group(1) + "#" + m.group(2));
          checked++;
        } else if (!previous.startsWith("<!-- not compiled: ")) {
          fail(ROOT.relativize(doc) + " line " + (i + 1) + ": a Java snippet needs a '<!-- snippet: path#tag -->' "
              + "marker naming its compiled source");
        }
      }
    }
    assertTrue(checked >= 10, "snippets checked: " + checked);
  }

  @Test
  void theConsumerChecksCopiesOfTheReadmeSnippetsAreTheSame() throws IOException {
    Path consumer = ROOT.resolve("consumer-check/src/it/consumer/src/main/java/com/example/consumer");
    Path examples = ROOT.resolve("examples/cli/src/main/java/dev/topicgraph/cli");
    for (String[] snippet : new String[][] {{"ReadAndRank.java", "readAndRank"}, {"QuickStart.java", "quickstart"}}) {
      assertEquals(region(examples.resolve(snippet[0]), snippet[1]), region(consumer.resolve(snippet[0]), snippet[1]),
          "the consumer check runs the README's " + snippet[1] + " snippet as an application would write it");
    }
  }

  @Test
  void theReadmeQuickStartsRun() throws IOException {
    assertEquals(List.of("vendor.example-sync is enabled by org-dim.operational-profile.engineering-led-cdp"),
        QuickStart.run());
    Path sample = temp.resolve("backlog.json");
    FormatRegistry.load().require("json").writer().write(DemoCommand.sample(), sample);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ReadAndRank.run(sample, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("1. 0.7"), printed);
    assertEquals(10, printed.lines().count());
    assertEquals("", err.toString(StandardCharsets.UTF_8));

    Files.writeString(sample, "{\"format\": \"topicgraph/1\", \"nodes\": [{\"id\": \"x\"}]}");
    ReadAndRank.run(sample, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(":1:45: error json.invalid-value"),
        err.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream explained = new ByteArrayOutputStream();
    ReadAndRank.explain(DemoCommand.sample(), new PrintStream(explained, true, StandardCharsets.UTF_8));
    assertFalse(explained.toString(StandardCharsets.UTF_8).isEmpty());
  }

  /** The fenced block that starts after line {@code marker}: its lines, without the fences. */
  private static List<String> blockAfter(List<String> lines, int marker) {
    int open = marker + 1;
    assertTrue(open < lines.size() && lines.get(open).startsWith("```"), "a fenced block follows line " + (marker + 1));
    int close = open + 1;
    while (!lines.get(close).equals("```")) {
      close++;
    }
    return lines.subList(open + 1, close);
  }

  @Test
  void everyCommandOutputShownInTheDocsIsWhatTheCommandPrints() throws IOException {
    Path demo = temp.resolve("topicgraph-demo");
    Files.createDirectories(demo);
    FormatRegistry.load().require("json").writer().write(DemoCommand.sample(), demo.resolve("backlog.json"));
    String jar = "java -jar examples/target/topicgraph.jar ";
    int checked = 0;
    for (Path doc : documents()) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).equals("<!-- output of the command above -->")) {
          continue;
        }
        int close = i - 1;
        while (close >= 0 && lines.get(close).isBlank()) {
          close--;
        }
        assertEquals("```", lines.get(close), ROOT.relativize(doc) + " line " + (i + 1) + ": a command block above");
        String command = lines.get(close - 1);
        assertTrue(command.startsWith(jar), command);
        List<String> args = new ArrayList<>();
        for (String arg : command.substring(jar.length()).split(" +")) {
          args.add(arg.replace("topicgraph-demo/", demo + "/"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(String.join("\n", blockAfter(lines, i)) + "\n", out.toString(StandardCharsets.UTF_8),
            ROOT.relativize(doc) + " line " + (i + 1) + " shows what `" + command + "` prints");
        checked++;
      }
    }
    assertTrue(checked >= 1, "outputs checked: " + checked);
  }

  @Test
  void theArithmeticInTheDocsIsRight() throws IOException {
    int checked = 0;
    for (Path doc : documents()) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).startsWith("<!-- arithmetic:")) {
          continue;
        }
        for (String line : blockAfter(lines, i)) {
          String sum = line.substring(line.indexOf(':') + 1);
          int eq = sum.lastIndexOf('=');
          double expected = Double.parseDouble(sum.substring(eq + 1).strip());
          double actual = new Arithmetic(sum.substring(0, eq)).value();
          assertEquals(expected, actual, 1e-12, ROOT.relativize(doc) + ": " + line);
          checked++;
        }
      }
    }
    assertTrue(checked >= 5, "sums checked: " + checked);
  }

  @Test
  void theFeedbackLogExampleRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    List<String> printed = FeedbackLogExample.run(DemoCommand.sample(), dir.resolve("feedback"));
    assertEquals("appended: true", printed.get(0));
    assertEquals(List.of("1. ", "2. ", "3. "), printed.subList(1, 4).stream().map(l -> l.substring(0, 3))
        .collect(java.util.stream.Collectors.toList()));
    assertEquals("interested: [reader-17]", printed.get(4));
    assertEquals("erased from the log: 1", printed.get(5));
    assertEquals(6, printed.size(), printed::toString);
  }

  @Test
  void theRecommendationExampleRuns() {
    List<String> printed = RecommendExample.run(DemoCommand.sample());
    assertEquals("primary pattern.reverse-etl-activation " + (1 - (1 - 0.85 * 0.9) * (1 - 0.5 * 0.7 * 0.9)),
        printed.get(0));
    assertEquals("  because org-dim.operational-profile.engineering-led-cdp enables pattern.reverse-etl-activation",
        printed.get(1));
    String contrasting = "alternative org-dim.operational-profile.marketing-led-cdp ";
    String line = printed.stream().filter(l -> l.startsWith(contrasting)).findFirst().orElseThrow();
    assertEquals(0.85 * 0.5 * 0.8, Double.parseDouble(line.substring(contrasting.length())), 1e-15);
    assertTrue(printed.get(printed.size() - 1).startsWith("ask about topic."), String.join("\n", printed));
  }

  /** Numbers with {@code ×}, {@code −} (or {@code -}), {@code +} and parentheses, read left to right. */
  private static final class Arithmetic {
    private final String text;
    private int at;

    Arithmetic(String text) {
      this.text = text.replace(" ", "");
    }

    double value() {
      double v = sum();
      assertEquals(text.length(), at, "cannot read " + text);
      return v;
    }

    private double sum() {
      double v = product();
      while (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-' || text.charAt(at) == '−')) {
        boolean plus = text.charAt(at++) == '+';
        double w = product();
        v = plus ? v + w : v - w;
      }
      return v;
    }

    private double product() {
      double v = factor();
      while (at < text.length() && text.charAt(at) == '×') {
        at++;
        v *= factor();
      }
      return v;
    }

    private double factor() {
      if (text.charAt(at) == '(') {
        at++;
        double v = sum();
        assertEquals(')', text.charAt(at++), text);
        return v;
      }
      int start = at;
      while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
        at++;
      }
      return Double.parseDouble(text.substring(start, at));
    }
  }

  /** The table of record fields in docs/plugin-authors.md, as the record binding describes them. */
  static String recordFieldTable() {
    StringBuilder sb = new StringBuilder("| record | field | type | required |\n|---|---|---|---|\n");
    for (dev.topicgraph.api.record.RecordType<?, ?> type : List.of(dev.topicgraph.api.record.RecordType.NODE,
        dev.topicgraph.api.record.RecordType.SECTION, dev.topicgraph.api.record.RecordType.SOURCE,
        dev.topicgraph.api.record.RecordType.RELATION, dev.topicgraph.api.record.RecordType.TOPIC,
        dev.topicgraph.api.record.RecordType.TRADEOFF, dev.topicgraph.api.record.RecordType.FEEDBACK)) {
      boolean first = true;
      for (dev.topicgraph.api.record.Field<?, ?> f : type.fields()) {
        String kind = f.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (f.element().isPresent()) {
          kind = "list of " + f.element().get().name();
        }
        if (f.text().isPresent()) {
          kind += " (" + f.text().get().name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        boolean bounded = f.type() == dev.topicgraph.api.record.FieldType.INTEGER
            ? f.minimum() > Integer.MIN_VALUE : f.minimum() > Double.NEGATIVE_INFINITY;
        if (bounded) {
          boolean open = f.type() == dev.topicgraph.api.record.FieldType.INTEGER
              ? f.maximum() == Integer.MAX_VALUE : f.maximum() == Double.POSITIVE_INFINITY;
          kind += open ? ", at least " + number(f.minimum()) : ", " + number(f.minimum()) + " to " + number(f.maximum());
        }
        sb.append("| ").append(first ? type.name() : "").append(" | `").append(f.name()).append("` | ")
            .append(kind).append(" | ").append(f.isRequired() ? "yes" : "").append(" |\n");
        first = false;
      }
    }
    return sb.toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  @Test
  void thePluginGuidesFieldTableIsTheBindings() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/plugin-authors.md"));
    String marker = "<!-- record fields: checked by a test -->\n";
    int at = doc.indexOf(marker);
    assertTrue(at >= 0, "docs/plugin-authors.md has the marker " + marker);
    int start = at + marker.length();
    int end = doc.indexOf("\n\n", start);
    assertEquals(recordFieldTable(), doc.substring(start, end + 1),
        "the table in docs/plugin-authors.md must list RecordType's fields; a field added to a description "
            + "goes into the table too");
  }
}
