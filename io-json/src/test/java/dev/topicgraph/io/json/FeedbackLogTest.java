package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackLogTest {
  private static final List<NodeId> TOPICS = List.of(NodeId.of("topic.a"), NodeId.of("topic.b"),
      NodeId.of("topic.c"));

  /** Events with distinct ids, over several days. */
  private static final Gen<List<Feedback>> EVENTS = Generators.feedback(TOPICS, 5).list(1, 40).map(list -> {
    Map<String, Feedback> byId = new LinkedHashMap<>();
    list.forEach(e -> byId.putIfAbsent(e.id(), e));
    return List.copyOf(byId.values());
  });

  private static int trial;

  private static Path fresh(Path root) throws IOException {
    return Files.createDirectories(root.resolve("log-" + trial++));
  }

  /** The events as the log reads them back: grouped by day, in order of appending within a day. */
  private static List<Feedback> inLogOrder(List<Feedback> appended) {
    List<Feedback> out = new ArrayList<>(appended);
    out.sort(Comparator.comparing(e -> e.at().toString().substring(0, 10)));
    return out;
  }

  @Test
  void theLogReadsTheEventsAppended(@TempDir Path root) {
    Property.forAll(EVENTS).named("log round trip").trials(60).check(events -> {
      FeedbackLog log = FeedbackLog.open(fresh(root));
      for (Feedback e : events) {
        assertTrue(log.append(e));
      }
      FeedbackLog.Reading r = log.readAll();
      assertEquals(inLogOrder(events), r.events());
      assertEquals(List.of(), r.warnings());
      assertEquals(inLogOrder(events), FeedbackLog.open(log.directory()).readAll().events(), "another instance");
    });
  }

  @Test
  void whateverCrashPointCutsTheLastLineTheLogReadsTheWholeLinesAndTheNextAppendRepairsIt(@TempDir Path root) {
    Property.forAll(EVENTS.zip(Gen.doubles(0, 1), (events, cut) -> Map.entry(events, cut)))
        .named("torn last line").trials(80).check(c -> {
          List<Feedback> events = c.getKey();
          FeedbackLog log = FeedbackLog.open(fresh(root));
          log.appendAll(events.subList(0, events.size() - 1));
          Feedback last = events.get(events.size() - 1);
          Path file = log.fileOf(day(last));
          long before = Files.exists(file) ? Files.size(file) : 0;
          log.append(last);
          long after = Files.size(file);
          // A crash while writing the last line leaves any prefix of it short of its line break.
          long keep = before + Math.min((long) Math.floor(c.getValue() * (after - before)), after - before - 1);
          try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(keep);
          }
          // Cut just before its line break, the event is whole: it counts, and the line is ended later.
          boolean whole = keep == after - 1;
          List<Feedback> expected = inLogOrder(whole ? events : events.subList(0, events.size() - 1));
          FeedbackLog.Reading r = FeedbackLog.open(log.directory()).readAll();
          assertEquals(expected, r.events(), "a torn line is never half-read");
          assertEquals(keep > before ? 1 : 0, r.warnings().size(), () -> r.warnings().toString());
          r.warnings().forEach(w -> assertEquals(whole ? "log.no-line-break" : "log.torn-line", w.code()));
          // The producer retries the event (at least once): the log repairs the file and takes it.
          FeedbackLog again = FeedbackLog.open(log.directory());
          assertEquals(!whole, again.append(last));
          FeedbackLog.Reading repaired = again.readAll();
          assertEquals(inLogOrder(events), repaired.events());
          assertEquals(whole ? 1 : 0, repaired.warnings().size(), "a no-op append leaves the file as it is");
        });
  }

  @Test
  void appendingOrReplayingTwiceChangesNothing(@TempDir Path root) {
    Property.forAll(EVENTS).named("replay").trials(40).check(events -> {
      FeedbackLog log = FeedbackLog.open(fresh(root));
      assertEquals(events.size(), log.appendAll(events));
      Map<Path, byte[]> once = contents(log.directory());
      assertEquals(0, log.appendAll(events), "the same events again");
      assertEquals(0, FeedbackLog.open(log.directory()).appendAll(events), "from another instance");
      assertFalse(log.append(events.get(0)));
      assertEquals(once.keySet(), contents(log.directory()).keySet());
      once.forEach((p, b) -> assertEquals(new String(b, StandardCharsets.UTF_8),
          new String(contents(log.directory()).get(p), StandardCharsets.UTF_8)));
      // A duplicate another writer put in the file is read once.
      Path first = once.keySet().iterator().next();
      Files.write(first, once.get(first), StandardOpenOption.APPEND);
      assertEquals(inLogOrder(events), log.readAll().events());
    });
  }

  @Test
  void theFilesOfOneReadShareTopicIdsAndReviewerNames(@TempDir Path dir) throws IOException {
    FeedbackLog log = FeedbackLog.open(dir);
    Instant day = Instant.parse("2026-11-21T09:00:00Z");
    List<Feedback> events = new ArrayList<>();
    for (int i = 0; i < 3; i++) { // three days, three files
      events.add(Feedback.builder().id("e-" + i).topic(NodeId.of("topic.a")).reviewer("reader-" + 7).interest(3)
          .at(day.plusSeconds(86_400L * i)).build());
    }
    log.appendAll(events);
    List<Feedback> read = log.readAll().events();
    assertEquals(events, read);
    for (Feedback e : read) {
      assertTrue(e.topic() == read.get(0).topic(), "one topic id instance across the files");
      assertTrue(e.reviewer() == read.get(0).reviewer(), "one reviewer name instance across the files");
    }
  }

  @Test
  void aBadLineInTheMiddleIsAnErrorNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
    FeedbackLog log = FeedbackLog.open(dir);
    Instant at = Instant.parse("2026-11-21T09:00:00Z");
    for (int i = 0; i < 3; i++) {
      log.append(event("e" + i, "r-1", 4, at.plusSeconds(i)));
    }
    Path file = log.fileOf(LocalDate.of(2026, 11, 21));
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(1, lines.get(1).replace("\"interest\":4", "\"interest\":\"high\""));
    Files.write(file, lines);
    FormatException e = assertThrows(FormatException.class, log::readAll);
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("log.type", d.code(), d.toString());
    assertEquals(file.toString(), d.source().orElseThrow());
    assertEquals(2, d.line().getAsInt());
    assertEquals(lines.get(1).indexOf("\"high\"") + 1, d.column().getAsInt(), d.toString());

    lines.set(1, "{\"id\": \"e1\", garbage");
    Files.write(file, lines);
    Diagnostic syntax = assertThrows(FormatException.class, log::readAll).diagnostics().get(0);
    assertEquals("log.syntax", syntax.code(), syntax.toString());
    assertEquals(2, syntax.line().getAsInt());

    lines.set(1, lines.get(0) + " " + lines.get(2));
    Files.write(file, lines);
    Diagnostic two = assertThrows(FormatException.class, log::readAll).diagnostics().get(0);
    assertTrue(two.message().contains("one event per line"), two.toString());
  }

  @Test
  void aLineThatIsNotJsonOrHoldsNulsIsALocatedError(@TempDir Path dir) throws IOException {
    FeedbackLog log = FeedbackLog.open(dir);
    Instant at = Instant.parse("2026-11-21T09:00:00Z");
    log.appendAll(List.of(event("e0", "r-1", 4, at), event("e1", "r-1", 4, at.plusSeconds(1))));
    Path file = log.fileOf(LocalDate.of(2026, 11, 21));
    List<String> lines = Files.readAllLines(file);
    for (String bad : List.of("hello", "]", "# comment", "\u0000\u0000\u0000", lines.get(0) + " xyz")) {
      Files.write(file, List.of(lines.get(0), bad, lines.get(1)));
      Diagnostic d = assertThrows(FormatException.class, log::readAll, bad).diagnostics().get(0);
      assertEquals(file.toString(), d.source().orElseThrow(), d.toString());
      assertEquals(2, d.line().getAsInt(), d.toString());
      assertTrue(d.code().startsWith("log."), d.toString());
    }
  }

  @Test
  void anEventInAnotherDaysFileIsAWarningAtItsLine(@TempDir Path dir) throws IOException {
    FeedbackLog log = FeedbackLog.open(dir);
    log.append(event("e0", "r-1", 4, Instant.parse("2026-11-21T09:00:00Z")));
    log.append(event("e1", "r-1", 4, Instant.parse("2026-11-22T09:00:00Z")));
    Path moved = log.fileOf(LocalDate.of(2026, 11, 21));
    Files.write(moved, Files.readAllBytes(log.fileOf(LocalDate.of(2026, 11, 22))), StandardOpenOption.APPEND);
    Files.delete(log.fileOf(LocalDate.of(2026, 11, 22)));
    FeedbackLog.Reading r = log.readAll();
    assertEquals(2, r.events().size(), "it still counts");
    Diagnostic w = r.warnings().get(0);
    assertEquals("log.wrong-day", w.code());
    assertEquals(2, w.line().getAsInt());
    assertTrue(w.message().contains("belongs in 2026-11-22.jsonl"), w.message());
  }

  @Test
  void aWholeLastEventWithoutItsLineBreakCountsAndIsKept(@TempDir Path dir) throws IOException {
    FeedbackLog log = FeedbackLog.open(dir);
    Instant at = Instant.parse("2026-11-21T09:00:00Z");
    log.appendAll(List.of(event("e0", "r-1", 4, at), event("e1", "r-2", 5, at.plusSeconds(1))));
    Path file = log.fileOf(LocalDate.of(2026, 11, 21));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1)); // an editor dropped the final line break
    FeedbackLog.Reading r = log.readAll();
    assertEquals(List.of("e0", "e1"), r.events().stream().map(Feedback::id).collect(Collectors.toList()));
    assertEquals("log.no-line-break", r.warnings().get(0).code());
    assertEquals(2, r.warnings().get(0).line().getAsInt());
    log.append(event("e2", "r-3", 3, at.plusSeconds(2)));
    FeedbackLog.Reading after = log.readAll();
    assertEquals(List.of("e0", "e1", "e2"), after.events().stream().map(Feedback::id).collect(Collectors.toList()));
    assertEquals(List.of(), after.warnings());
  }

  @Test
  void erasureAlsoDropsATornLineThatNamesTheReviewer(@TempDir Path dir) throws IOException {
    FeedbackLog log = FeedbackLog.open(dir);
    log.append(event("e0", "r-keep", 4, Instant.parse("2026-11-21T09:00:00Z")));
    Path file = log.fileOf(LocalDate.of(2026, 11, 21));
    Files.writeString(file, "{\"id\":\"e1\",\"topic\":\"topic.a\",\"reviewer\":\"r-gone\",\"inter",
        StandardOpenOption.APPEND);
    log.erase("r-gone");
    assertFalse(Files.readString(file).contains("r-gone"), Files.readString(file));
    assertEquals(List.of("e0"), log.readAll().events().stream().map(Feedback::id).collect(Collectors.toList()));
  }

  @Test
  void twoLogObjectsOnOneFolderTakeTurns(@TempDir Path dir) throws Exception {
    Instant at = Instant.parse("2026-11-21T09:00:00Z");
    List<Thread> writers = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int w = 0; w < 2; w++) {
      FeedbackLog own = FeedbackLog.open(dir); // each thread its own object, as two parts of an application
      int writer = w;
      writers.add(new Thread(() -> {
        try {
          for (int i = 0; i < 300; i++) {
            own.append(event("w" + writer + "-" + i, "r-" + i % 5, 1 + i % 5, at.plusMillis(i)));
          }
        } catch (Throwable t) {
          failure.set(t);
        }
      }));
    }
    writers.forEach(Thread::start);
    for (Thread t : writers) {
      t.join();
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    FeedbackLog.Reading r = FeedbackLog.open(dir).readAll();
    assertEquals(600, r.events().size());
    assertEquals(List.of(), r.warnings());
    assertEquals(600, Files.readAllLines(FeedbackLog.open(dir).fileOf(LocalDate.of(2026, 11, 21))).size());
  }

  @Test
  void erasingAReviewerLeavesNoTraceAndKeepsEveryoneElse(@TempDir Path root) {
    Property.forAll(EVENTS).named("erasure").trials(40).check(events -> {
      FeedbackLog log = FeedbackLog.open(fresh(root));
      log.appendAll(events);
      String reviewer = events.get(0).reviewer();
      long theirs = events.stream().filter(e -> e.reviewer().equals(reviewer)).count();
      assertEquals(theirs, log.erase(reviewer));
      List<Feedback> rest = events.stream().filter(e -> !e.reviewer().equals(reviewer))
          .collect(Collectors.toList());
      assertEquals(inLogOrder(rest), log.readAll().events());
      contents(log.directory()).forEach((p, b) -> assertFalse(
          new String(b, StandardCharsets.UTF_8).contains("\"" + reviewer + "\""), p + " still names " + reviewer));
      assertEquals(0, log.erase(reviewer), "erasing again finds nothing");
    });
  }

  @Test
  void theUsersOwnFilesAreLeftAloneAndAFileIsNotALog(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.jsonl"), "not an event\n");
    Files.writeString(dir.resolve("README.md"), "mine");
    FeedbackLog log = FeedbackLog.open(dir);
    log.append(event("e1", "r-1", 5, Instant.parse("2026-11-21T09:00:00Z")));
    log.erase("r-1");
    assertEquals("not an event\n", Files.readString(dir.resolve("notes.jsonl")));
    assertEquals("mine", Files.readString(dir.resolve("README.md")));
    assertEquals(List.of(LocalDate.of(2026, 11, 21)), log.days());
    assertThrows(NotDirectoryException.class, () -> FeedbackLog.open(dir.resolve("README.md")));
  }

  @Test
  void readsAreLimitedToTheDaysAsked(@TempDir Path dir) throws IOException {
    FeedbackLog log = FeedbackLog.open(dir);
    Instant start = Instant.parse("2026-11-20T23:59:59Z");
    log.appendAll(List.of(event("a", "r-1", 3, start), event("b", "r-1", 4, start.plusSeconds(1)),
        event("c", "r-2", 5, start.plusSeconds(86_401))));
    assertEquals(List.of("b"), log.read(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21)).events().stream()
        .map(Feedback::id).collect(Collectors.toList()));
    assertEquals(3, log.days().size());
  }

  @Test
  void aReaderRunningDuringAppendsSeesWholeEventsOnly(@TempDir Path dir) throws Exception {
    FeedbackLog writer = FeedbackLog.open(dir);
    Instant at = Instant.parse("2026-11-21T09:00:00Z");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread appender = new Thread(() -> {
      try {
        for (int i = 0; i < 400; i++) {
          writer.append(event("e" + i, "r-" + (i % 7), 1 + i % 5, at.plusMillis(i)));
        }
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    appender.start();
    int lastSeen = 0;
    while (appender.isAlive()) {
      // Another process's reader: its own log object, no lock shared with the writer.
      List<Feedback> seen = FeedbackLog.open(dir, FeedbackLog.Sync.NONE, ReadOptions.strict()).readAll().events();
      assertTrue(seen.size() >= lastSeen, "the log only grows");
      for (int i = 0; i < seen.size(); i++) {
        assertEquals("e" + i, seen.get(i).id(), "events in order, none half-read");
      }
      lastSeen = seen.size();
    }
    appender.join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    assertEquals(400, writer.readAll().events().size());
  }

  private static Feedback event(String id, String reviewer, int interest, Instant at) {
    return Feedback.builder().id(id).topic(TOPICS.get(0)).reviewer(reviewer).interest(interest).at(at).build();
  }

  private static LocalDate day(Feedback e) {
    return LocalDate.ofInstant(e.at(), java.time.ZoneOffset.UTC);
  }

  private static Map<Path, byte[]> contents(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      Map<Path, byte[]> out = new LinkedHashMap<>();
      for (Path p : files.sorted().collect(Collectors.toList())) {
        out.put(p, Files.readAllBytes(p));
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
