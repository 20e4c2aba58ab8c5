package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process appending to the log is killed with SIGKILL at a random moment, again and again. */
class FeedbackLogKillTest {
  static final Instant START = Instant.parse("2026-11-21T00:00:00Z");

  static Feedback event(int i) {
    return Feedback.builder().id("e" + i).topic(NodeId.of("topic.a")).reviewer("r-" + i % 17)
        .interest(1 + i % 5).optIn(i % 3 == 0).at(START.plusSeconds(i)).comment("comment" + "x".repeat(i % 300))
        .build();
  }

  /** The child: appends e0, e1, ... one at a time until it is killed. */
  public static void main(String[] args) throws Exception {
    FeedbackLog log = FeedbackLog.open(Path.of(args[0]));
    for (int i = Integer.parseInt(args[1]); ; i++) {
      log.append(event(i));
    }
  }

  @Test
  void aKilledAppenderLeavesWholeEventsInOrderAndTheNextOneCarriesOn(@TempDir Path dir) throws Exception {
    Random random = new Random(11);
    int next = 0;
    for (int round = 0; round < 4; round++) {
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), FeedbackLogKillTest.class.getName(), dir.toString(),
          Integer.toString(next))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      Thread.sleep(600 + random.nextInt(900));
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));

      FeedbackLog.Reading r = FeedbackLog.open(dir).readAll();
      List<Feedback> events = r.events();
      for (int i = 0; i < events.size(); i++) {
        assertEquals(event(i), events.get(i), "whole events, in order, none lost before the last");
      }
      for (Diagnostic w : r.warnings()) {
        assertTrue(w.code().equals("log.torn-line") || w.code().equals("log.no-line-break"), w.toString());
      }
      assertTrue(r.warnings().size() <= 1, r.warnings()::toString);
      next = events.size();
    }
    // The next writer carries on: a torn line is cut, and the log reads every event once.
    FeedbackLog log = FeedbackLog.open(dir);
    assertTrue(next > 0, "the children appended before they were killed");
    assertTrue(log.append(event(next)));
    List<Feedback> all = log.readAll().events();
    for (int i = 0; i < all.size(); i++) {
      assertEquals(event(i), all.get(i));
    }
    assertEquals(List.of(), log.readAll().warnings());
  }
}
