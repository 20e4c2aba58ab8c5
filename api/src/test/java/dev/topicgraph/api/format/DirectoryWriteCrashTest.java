package dev.topicgraph.api.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory write stopped at every step, by a failure or as if the process were killed, a reader
 * running during writes, writers racing, and a writer process killed with SIGKILL: the folder always
 * reads as one whole output, and the next write removes what a killed one left.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DirectoryWriteCrashTest {
  @TempDir
  Path temp;

  /** Stands in for the process dying: an Error, which the writer does not clean up after. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  @AfterEach
  void removeHook() {
    AtomicOutput.hook = step -> { };
  }

  static Map<String, String> output(String generation, int pages) {
    Map<String, String> files = new TreeMap<>();
    files.put("index.md", "index " + generation);
    for (int i = 0; i < pages; i++) {
      // Both generations share some names and each has names of its own.
      int n = generation.hashCode() % 2 == 0 ? i * 2 : i * 3;
      files.put("nodes/page-" + n + ".md", "page " + n + " of " + generation);
    }
    files.put("topics/" + generation + ".md", "topic of " + generation);
    return files;
  }

  static void write(Path dir, Map<String, String> files) throws IOException {
    AtomicOutput.writeDirectory(dir, d -> {
      Files.createDirectories(d.resolve("nodes"));
      Files.createDirectories(d.resolve("topics"));
      for (Map.Entry<String, String> e : files.entrySet()) {
        Files.writeString(d.resolve(e.getKey()), e.getValue());
      }
    });
  }

  /** What a reader sees: every file of the root, nodes/ and topics/, through a snapshot. */
  static Map<String, String> read(Path dir) throws IOException {
    return DirectorySnapshot.read(dir, view -> {
      Map<String, String> seen = new TreeMap<>();
      for (String folder : List.of("", "nodes", "topics")) {
        for (String entry : view.list(folder)) {
          Path p = view.path(entry);
          if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && entry.endsWith(".md")) {
            seen.put(entry, Files.readString(p));
          }
        }
      }
      return seen;
    });
  }

  private static List<String> steps(Path dir) throws IOException {
    List<String> steps = new ArrayList<>();
    write(dir, output("a", 6));
    AtomicOutput.hook = steps::add;
    write(dir, output("b", 6));
    AtomicOutput.hook = step -> { };
    return steps;
  }

  private void assertNoLeftovers(Path dir) {
    assertFalse(Files.exists(dir.resolve(AtomicOutput.STAGING)), "the staging folder is gone");
    assertFalse(Files.exists(dir.resolve(AtomicOutput.MARKER + ".tmp")), "no temporary marker");
  }

  @Test
  void aWriteKilledAtAnyStepLeavesTheOldOrTheNewOutputAndTheNextWriteTidiesUp() throws IOException {
    List<String> steps = steps(temp.resolve("probe"));
    assertTrue(steps.size() > 10, steps.toString());
    Map<String, String> a = output("a", 6);
    Map<String, String> b = output("b", 6);
    for (int k = 0; k < steps.size(); k++) {
      for (boolean kill : new boolean[] {true, false}) {
        Path dir = temp.resolve("kill-" + kill + "-" + k);
        write(dir, a);
        Files.writeString(dir.resolve("README.txt"), "the user's");
        AtomicInteger calls = new AtomicInteger();
        int at = k;
        AtomicOutput.hook = step -> {
          if (calls.getAndIncrement() == at) {
            if (kill) {
              throw new Killed();
            }
            throw new IOException("failed at " + step);
          }
        };
        try {
          write(dir, b);
          fail("the write should have stopped at step " + k + " (" + steps.get(k) + ")");
        } catch (Killed | IOException expected) {
          // The write stopped here.
        }
        AtomicOutput.hook = step -> { };
        Map<String, String> seen = read(dir);
        boolean isOld = seen.equals(a);
        boolean isNew = seen.equals(b);
        assertTrue(isOld || isNew, "stopped at " + steps.get(k) + " (kill " + kill + "): a mix " + seen);
        if (!kill && k == 0) {
          assertTrue(isOld, "a failure before the marker leaves the old output");
        }
        assertEquals("the user's", Files.readString(dir.resolve("README.txt")));
        Map<String, String> c = output("c", 4);
        write(dir, c);
        assertEquals(c, read(dir));
        assertNoLeftovers(dir);
        assertEquals("the user's", Files.readString(dir.resolve("README.txt")));
      }
    }
  }

  @Test
  void aWriteKilledWhileItsBodyRunsLeavesTheOldOutput() throws IOException {
    Path dir = temp.resolve("pages");
    Map<String, String> a = output("a", 3);
    write(dir, a);
    assertThrows(Killed.class, () -> AtomicOutput.writeDirectory(dir, d -> {
      Files.writeString(d.resolve("index.md"), "half");
      throw new Killed();
    }));
    assertTrue(Files.exists(dir.resolve(AtomicOutput.STAGING)), "a killed write leaves its staging folder");
    assertEquals(a, read(dir));
    write(dir, output("b", 3));
    assertNoLeftovers(dir);
  }

  @Test
  void readersDuringWritesSeeOneWholeOutputOrAreToldAWriteIsInProgress() throws Exception {
    Path dir = temp.resolve("pages");
    Map<String, String> a = output("a", 20);
    Map<String, String> b = output("b", 20);
    write(dir, a);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger whole = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    List<Map<String, String>> mixes = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(pool.submit(() -> {
          while (!done.get()) {
            try {
              Map<String, String> seen = read(dir);
              if (seen.equals(a) || seen.equals(b)) {
                whole.incrementAndGet();
              } else {
                mixes.add(seen);
              }
            } catch (FormatException e) {
              assertEquals("read.write-in-progress", e.diagnostics().get(0).code());
              busy.incrementAndGet();
            }
          }
          return null;
        }));
      }
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < 60; i++) {
          write(dir, i % 2 == 0 ? b : a);
        }
        return null;
      });
      writer.get();
      done.set(true);
      for (Future<?> f : readers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), mixes, "no reader may see a mix of two writes");
    assertTrue(whole.get() > 0, "some reads succeed (" + busy.get() + " were told a write was in progress)");
  }

  @Test
  void writersRacingOnOneFolderLeaveOneWholeOutputAndNothingElse() throws Exception {
    Path dir = temp.resolve("pages");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Map<String, String>> outputs = new ArrayList<>();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        Map<String, String> mine = output("writer" + w, 5 + w);
        outputs.add(mine);
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 20; i++) {
            write(dir, mine);
          }
          return null;
        }));
      }
      for (Future<?> f : writers) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(outputs.contains(read(dir)), "one writer's whole output");
    assertNoLeftovers(dir);
    try (java.util.stream.Stream<Path> s = Files.list(temp)) {
      assertEquals(List.of(dir), s.collect(java.util.stream.Collectors.toList()), "nothing beside the folder");
    }
  }

  @Test
  void aWriterProcessKilledWithSigkillLeavesAWholeOutput() throws Exception {
    Path dir = temp.resolve("pages");
    Map<String, String> a = output("a", 300);
    Map<String, String> b = output("b", 300);
    Random random = new Random(7);
    boolean written = false;
    for (int round = 0; round < 6; round++) {
      Process child = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          DirectoryWriterProcess.class.getName(), dir.toString())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      Thread.sleep(400 + random.nextInt(600));
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      Map<String, String> seen = read(dir);
      // Empty until a write first completes: on a busy machine a child may die before its first write ends.
      boolean nothingYet = seen.isEmpty() && !written;
      assertTrue(seen.equals(a) || seen.equals(b) || nothingYet, "after SIGKILL in round " + round + ": a mix of "
          + seen.size() + " files");
      written |= !seen.isEmpty();
    }
    Map<String, String> c = output("c", 2);
    write(dir, c);
    assertEquals(c, read(dir));
    assertNoLeftovers(dir);
  }

  /** A process that writes two outputs in turn into a folder until it is killed. */
  static final class DirectoryWriterProcess {
    private DirectoryWriterProcess() {}

    public static void main(String[] args) throws IOException {
      Path dir = Path.of(args[0]);
      Map<String, String> a = output("a", 300);
      Map<String, String> b = output("b", 300);
      for (int i = 0; ; i++) {
        write(dir, i % 2 == 0 ? a : b);
      }
    }
  }
}
