package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.testkit.Gen;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log file read a line at a time gives what the log's own read gives: the same events, warnings and errors. */
class FeedbackLogLineReaderTest {
  private static final List<NodeId> TOPICS = List.of(NodeId.of("topic.a"), NodeId.of("topic.b"));

  /** Lines that are not a valid event, each a different way. */
  private static final List<String> BAD = List.of("hello", "]", "{\"id\": \"e1\", garbage", "\u0000\u0000",
      "{\"id\":\"x\",\"topic\":\"topic.a\",\"reviewer\":\"r\",\"interest\":\"high\",\"at\":\"2026-11-21T09:00:00Z\"}",
      "{\"id\":\"x\",\"topic\":\"topic.a\",\"reviewer\":\"r\",\"interest\":4}", "[1, 2]", "17",
      "{\"id\":\"x\",\"topic\":\"topic.a\",\"reviewer\":\"r\",\"interest\":9,\"at\":\"2026-11-21T09:00:00Z\"}",
      "{\"id\":\"x\",\"topic\":\"topic.a\",\"reviewer\":\"r\",\"interest\":4,\"at\":\"2026-11-21T09:00:00Z\"} {}");

  /** A log file: its events, and how it is damaged. */
  static final class Case {
    final List<Feedback> events;
    final String damage;
    final int at;
    final boolean lenient;

    Case(List<Feedback> events, String damage, int at, boolean lenient) {
      this.events = events;
      this.damage = damage;
      this.at = at;
      this.lenient = lenient;
    }

    @Override
    public String toString() {
      return damage + " at " + at + (lenient ? " (lenient)" : "") + ": " + events;
    }
  }

  private static final Gen<Case> CASES = (random, size) -> {
    List<Feedback> generated = Generators.feedback(TOPICS, 4).list(1, 20).generate(random, size);
    Map<String, Feedback> byId = new LinkedHashMap<>();
    for (Feedback e : generated) {
      byId.putIfAbsent(e.id(), e);
    }
    List<Feedback> events = new ArrayList<>(byId.values());
    if (random.nextBoolean()) { // all in the file's own day, so that a file often reads without a warning
      long day = LocalDate.of(2026, 11, 21).toEpochDay() * 86_400;
      events.replaceAll(e -> e.toBuilder().at(Instant.ofEpochSecond(day + Math.floorMod(e.at().getEpochSecond(),
          86_400), e.at().getNano())).build());
    }
    if (random.nextInt(3) == 0) {
      events.add(events.get(random.nextInt(events.size()))); // delivered twice: a repeated id
    }
    List<String> damages = new ArrayList<>(List.of("none", "blank", "unknown-field", "cut", "no-break"));
    damages.addAll(BAD);
    return new Case(events, damages.get(random.nextInt(damages.size())), random.nextInt(events.size()),
        random.nextBoolean());
  };

  private static int trial;

  @Test
  void aFileReadLineByLineGivesWhatTheLogGives(@TempDir Path root) {
    int[] outcomes = new int[3]; // errors, files with warnings, files without
    Property.forAll(CASES).named("line reader equals the log").trials(200).check(c -> {
      Path dir = Files.createDirectories(root.resolve("log-" + trial++));
      Path file = dir.resolve("2026-11-21.jsonl");
      List<String> lines = new ArrayList<>();
      for (Feedback e : c.events) {
        lines.add(new String(FeedbackLog.line(e), StandardCharsets.UTF_8).strip());
      }
      String text = write(lines, c);
      Files.writeString(file, text);
      ReadOptions options = c.lenient ? ReadOptions.defaults() : ReadOptions.strict();

      FeedbackLog.Reading expected = null;
      FormatException failed = null;
      try {
        expected = FeedbackLog.open(dir, FeedbackLog.Sync.NONE, options).readAll();
      } catch (FormatException e) {
        failed = e;
      }
      List<Diagnostic> warnings = new ArrayList<>();
      FeedbackLog.LineReader reader = FeedbackLog.lineReader(file.toString(), options, warnings::add);
      List<Feedback> events = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      byte[] bytes = Files.readAllBytes(file);
      int line = 0;
      for (int start = 0; start < bytes.length; ) {
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
          end++;
        }
        line++;
        try {
          Optional<Feedback> e = reader.read(line, bytes, start, end - start, end < bytes.length);
          if (e.isPresent() && seen.add(e.get().id())) {
            events.add(e.get());
          }
        } catch (FormatException e) {
          if (failed == null) {
            throw e;
          }
          assertEquals(failed.diagnostics(), e.diagnostics(), "the first bad line fails as in the log");
          outcomes[0]++;
          return;
        }
        start = end + 1;
      }
      assertEquals(null, failed, "the log failed where the line reader did not");
      assertEquals(expected.events(), events);
      assertEquals(expected.warnings(), warnings);
      outcomes[warnings.isEmpty() ? 2 : 1]++;
    });
    assertTrue(outcomes[0] > 20 && outcomes[1] > 20 && outcomes[2] > 5, Arrays.toString(outcomes));
  }

  /** The lines, damaged as the case says, as the file's text. */
  private static String write(List<String> lines, Case c) {
    List<String> out = new ArrayList<>(lines);
    switch (c.damage) {
      case "none":
        break;
      case "blank":
        out.add(c.at, "   ");
        break;
      case "unknown-field":
        out.set(c.at, out.get(c.at).replaceFirst("^\\{", "{\"mood\":\"fine\","));
        break;
      case "cut":
        String last = out.remove(out.size() - 1);
        return String.join("\n", out) + (out.isEmpty() ? "" : "\n") + last.substring(0, c.at % last.length());
      case "no-break":
        return String.join("\n", out);
      default:
        out.add(c.at, c.damage);
    }
    return String.join("\n", out) + "\n";
  }

  @Test
  void anErrorIsAtItsLineOfTheFileAndTheNextLineStillReads() throws IOException {
    List<Diagnostic> warnings = new ArrayList<>();
    FeedbackLog.LineReader reader = FeedbackLog.lineReader("gs://bucket/log/2026-11-21.jsonl", ReadOptions.strict(),
        warnings::add);
    byte[] bad = "{\"id\":\"x\",\"topic\":\"topic.a\",\"reviewer\":\"r\",\"interest\":\"high\",\"at\":\"2026-11-21T09:00:00Z\"}"
        .getBytes(StandardCharsets.UTF_8);
    Diagnostic d = assertThrows(FormatException.class, () -> reader.read(41, bad, 0, bad.length, true))
        .diagnostics().get(0);
    assertEquals("log.type", d.code(), d.toString());
    assertEquals("gs://bucket/log/2026-11-21.jsonl", d.source().orElseThrow());
    assertEquals(41, d.line().getAsInt());
    assertEquals(new String(bad, StandardCharsets.UTF_8).indexOf("\"high\"") + 1, d.column().getAsInt(), d.toString());
    Feedback e = Feedback.builder().id("e1").topic(TOPICS.get(0)).reviewer("r").interest(4)
        .at(Instant.parse("2026-11-22T09:00:00Z")).build();
    byte[] good = FeedbackLog.line(e);
    assertEquals(Optional.of(e), reader.read(42, good, 0, good.length - 1, true));
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("log.wrong-day", warnings.get(0).code());
    assertEquals(42, warnings.get(0).line().getAsInt());
    assertTrue(warnings.get(0).message().contains("belongs in 2026-11-22.jsonl"), warnings.get(0).message());

    byte[] padded = Arrays.copyOf(good, good.length + 10);
    assertThrows(IllegalArgumentException.class, () -> reader.read(0, good, 0, good.length, true));
    assertThrows(IllegalArgumentException.class, () -> reader.read(1, good, 5, good.length, true));
    assertEquals(Optional.of(e), reader.read(43, padded, 0, good.length - 1, true));

    List<Diagnostic> none = new ArrayList<>();
    FeedbackLog.LineReader notADay = FeedbackLog.lineReader("events.jsonl", ReadOptions.strict(), none::add);
    assertEquals(Optional.of(e), notADay.read(1, good, 0, good.length - 1, true));
    assertEquals(List.of(), none, "a file not named after a day has no wrong day");
    assertEquals(LocalDate.of(2026, 11, 22), LocalDate.ofInstant(e.at(), java.time.ZoneOffset.UTC));
  }
}
