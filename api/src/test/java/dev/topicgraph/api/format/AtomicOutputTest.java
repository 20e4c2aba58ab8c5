package dev.topicgraph.api.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path temp;

  private List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void writesAFileAndReplacesItWhole() throws IOException {
    Path file = temp.resolve("sub/graph.json");
    AtomicOutput.writeFile(file, out -> out.write("one".getBytes(UTF_8)));
    AtomicOutput.writeFile(file, out -> out.write("two".getBytes(UTF_8)));
    assertEquals("two", Files.readString(file));
    assertEquals(List.of("graph.json"), listing(file.getParent()));
  }

  @Test
  void aFailedFileWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path file = temp.resolve("graph.json");
    Files.writeString(file, "previous");
    IOException e = assertThrows(IOException.class, () -> AtomicOutput.writeFile(file, out -> {
      out.write("partial".getBytes(UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("previous", Files.readString(file));
    assertEquals(List.of("graph.json"), listing(temp));
  }

  @Test
  void aDirectoryWriteReplacesWhatItWroteBefore() throws IOException {
    Path dir = temp.resolve("pages");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("a.md"), "a"));
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("b.md"), "b"));
    assertEquals(List.of(AtomicOutput.MARKER, AtomicOutput.LOCK, "b.md"), listing(dir));
    assertEquals(List.of("pages"), listing(temp));
  }

  @Test
  void aFailedDirectoryWriteLeavesThePreviousDirectory() throws IOException {
    Path dir = temp.resolve("pages");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("a.md"), "a"));
    assertThrows(IOException.class, () -> AtomicOutput.writeDirectory(dir, d -> {
      Files.writeString(d.resolve("b.md"), "b");
      throw new IOException("failed on the second page");
    }));
    assertEquals(List.of(AtomicOutput.MARKER, AtomicOutput.LOCK, "a.md"), listing(dir));
    assertEquals("a", Files.readString(dir.resolve("a.md")));
    assertEquals(List.of("pages"), listing(temp));
  }

  @Test
  void aFailedFirstWriteLeavesNoFolderBehind() throws IOException {
    Path dir = temp.resolve("pages");
    assertThrows(IOException.class, () -> AtomicOutput.writeDirectory(dir, d -> {
      throw new IOException("failed");
    }));
    assertEquals(List.of(), listing(temp));
  }

  @Test
  void aDirectoryWriteLeavesEveryFileItDidNotWriteAlone() throws IOException {
    Path dir = temp.resolve("site");
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".git/config"), "[core]\n");
    Files.writeString(dir.resolve(".git/objects/ab"), "blob");
    Files.writeString(dir.resolve("README.md"), "ours");
    Files.createDirectories(dir.resolve("nodes"));
    Files.writeString(dir.resolve("nodes/notes.txt"), "notes");
    AtomicOutput.writeDirectory(dir, d -> {
      Files.createDirectories(d.resolve("nodes"));
      Files.writeString(d.resolve("nodes/a.md"), "a1");
      Files.writeString(d.resolve("nodes/b.md"), "b1");
      Files.writeString(d.resolve("index.md"), "i1");
    });
    Files.writeString(dir.resolve("nodes/mine.md"), "added by hand");
    AtomicOutput.writeDirectory(dir, d -> {
      Files.createDirectories(d.resolve("nodes"));
      Files.writeString(d.resolve("nodes/a.md"), "a2");
      Files.writeString(d.resolve("index.md"), "i2");
    });
    assertEquals("[core]\n", Files.readString(dir.resolve(".git/config")));
    assertEquals("blob", Files.readString(dir.resolve(".git/objects/ab")));
    assertEquals("ours", Files.readString(dir.resolve("README.md")));
    assertEquals("notes", Files.readString(dir.resolve("nodes/notes.txt")));
    assertEquals("added by hand", Files.readString(dir.resolve("nodes/mine.md")));
    assertEquals("a2", Files.readString(dir.resolve("nodes/a.md")));
    assertEquals("i2", Files.readString(dir.resolve("index.md")));
    assertFalse(Files.exists(dir.resolve("nodes/b.md")), "a page of the previous output that the new one lacks goes");
    assertEquals(List.of(".git", AtomicOutput.MARKER, AtomicOutput.LOCK, "README.md", "index.md", "nodes"),
        listing(dir));
  }

  @Test
  void aFolderEmptiedOfStaleFilesGoesButNotOneThatHoldsAUsersFile() throws IOException {
    Path dir = temp.resolve("site");
    AtomicOutput.writeDirectory(dir, d -> {
      Files.createDirectories(d.resolve("old"));
      Files.createDirectories(d.resolve("kept"));
      Files.writeString(d.resolve("old/a.md"), "a");
      Files.writeString(d.resolve("kept/b.md"), "b");
    });
    Files.writeString(dir.resolve("kept/user.txt"), "user");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("index.md"), "i"));
    assertEquals(List.of(AtomicOutput.MARKER, AtomicOutput.LOCK, "index.md", "kept"), listing(dir));
    assertEquals(List.of("user.txt"), listing(dir.resolve("kept")));
  }

  @Test
  void neverReplacesAFileItDidNotWrite() throws IOException {
    Path dir = temp.resolve("home");
    Files.createDirectories(dir.resolve("notes"));
    Files.writeString(dir.resolve("thesis.txt"), "precious");
    Files.writeString(dir.resolve("index.md"), "my own index");
    FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
        () -> AtomicOutput.writeDirectory(dir, d -> {
          Files.writeString(d.resolve("a.md"), "a");
          Files.writeString(d.resolve("index.md"), "index");
        }));
    assertTrue(e.getMessage().contains("index.md") && e.getMessage().contains("did not write"), e.getMessage());
    assertEquals("my own index", Files.readString(dir.resolve("index.md")));
    assertEquals(List.of("index.md", "notes", "thesis.txt"), listing(dir));
    assertThrows(FileAlreadyExistsException.class,
        () -> AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("notes"), "a file")));
    assertThrows(FileAlreadyExistsException.class, () -> AtomicOutput.writeFile(dir, out -> { }));
    assertThrows(FileAlreadyExistsException.class,
        () -> AtomicOutput.writeDirectory(dir.resolve("thesis.txt"), d -> { }));
    assertEquals("precious", Files.readString(dir.resolve("thesis.txt")));
    assertEquals(List.of("index.md", "notes", "thesis.txt"), listing(dir));
  }

  @Test
  void neverWritesThroughALinkedFolder() throws IOException {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Path dir = Files.createDirectories(temp.resolve("site"));
    Files.writeString(dir.resolve(AtomicOutput.MARKER), "written by an earlier version\n");
    try {
      Files.createSymbolicLink(dir.resolve("nodes"), elsewhere);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    assertThrows(FileAlreadyExistsException.class, () -> AtomicOutput.writeDirectory(dir, d -> {
      Files.createDirectories(d.resolve("nodes"));
      Files.writeString(d.resolve("nodes/a.md"), "a");
    }));
    assertEquals(List.of(), listing(elsewhere));
  }

  @Test
  void aTamperedMarkerCannotMakeAWriteRemoveAnythingOutsideWhatItWrote() throws IOException {
    Path dir = temp.resolve("site");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("a.md"), "a"));
    Path outside = Files.writeString(temp.resolve("victim.txt"), "outside");
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("victim.txt"), "behind a link");
    Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/config"), "[core]");
    Files.writeString(dir.resolve("README.md"), "ours");
    String hashOfReadme = OutputManifest.sha256(dir.resolve("README.md"));
    String zeros = "0".repeat(64);
    Files.writeString(dir.resolve(AtomicOutput.MARKER), Files.readString(dir.resolve(AtomicOutput.MARKER))
        + "file " + zeros + " ../victim.txt\n"
        + "file " + zeros + " " + outside + "\n"
        + "file " + zeros + " linked/victim.txt\n"
        + "file " + zeros + " .git/config\n"
        + "file " + zeros + " README.md\n"
        + "file " + hashOfReadme + " nodes/../README.md\n");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("b.md"), "b"));
    assertEquals("outside", Files.readString(outside));
    assertEquals("behind a link", Files.readString(elsewhere.resolve("victim.txt")));
    assertEquals("[core]", Files.readString(dir.resolve(".git/config")));
    assertEquals("ours", Files.readString(dir.resolve("README.md")), "listed with another content's hash: kept");
    assertEquals(List.of(".git", AtomicOutput.MARKER, AtomicOutput.LOCK, "README.md", "b.md", "linked"), listing(dir));
  }

  /** A folder written once, and a folder beside it whose files the writes must never touch. */
  private Path[] writtenFolderAndItsNeighbour() throws IOException {
    Path dir = temp.resolve("site");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("a.md"), "a"));
    Path outside = Files.createDirectories(temp.resolve("outside/sub/empty"));
    Files.writeString(temp.resolve("outside/secret.txt"), "secret");
    return new Path[] {dir, temp.resolve("outside")};
  }

  private static void makeFifo(Path p) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0,
        "mkfifo is not available");
  }

  @Test
  @org.junit.jupiter.api.Timeout(60) // a hang guard: opening a FIFO blocks
  void linksAndFifosPlantedAtTheLibrarysOwnNamesAreNeverFollowedOrOpened() throws Exception {
    Path[] p = writtenFolderAndItsNeighbour();
    Path dir = p[0];
    Path outside = p[1];
    Files.createSymbolicLink(dir.resolve(AtomicOutput.MARKER + ".tmp"), outside.resolve("secret.txt"));
    Files.delete(dir.resolve(AtomicOutput.LOCK));
    Files.createSymbolicLink(dir.resolve(AtomicOutput.LOCK), outside.resolve("created-by-lock"));
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("b.md"), "b"));
    assertEquals("secret", Files.readString(outside.resolve("secret.txt")));
    assertFalse(Files.exists(outside.resolve("created-by-lock"), java.nio.file.LinkOption.NOFOLLOW_LINKS));

    makeFifo(dir.resolve(AtomicOutput.MARKER + ".tmp"));
    Files.delete(dir.resolve(AtomicOutput.LOCK));
    makeFifo(dir.resolve(AtomicOutput.LOCK));
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("c.md"), "c"));
    assertEquals("c", Files.readString(dir.resolve("c.md")));
    assertEquals(List.of(AtomicOutput.MARKER, AtomicOutput.LOCK, "c.md"), listing(dir));
  }

  @Test
  void aTamperedMarkerCannotRemoveAFolderOutsideThroughALink() throws IOException {
    Path[] p = writtenFolderAndItsNeighbour();
    Path dir = p[0];
    Path outside = p[1];
    Files.createSymbolicLink(dir.resolve("lnk"), outside);
    Files.writeString(dir.resolve(AtomicOutput.MARKER), Files.readString(dir.resolve(AtomicOutput.MARKER))
        + "file " + "0".repeat(64) + " lnk/sub/empty/x.md\n");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("b.md"), "b"));
    assertTrue(Files.isDirectory(outside.resolve("sub/empty")));
  }

  @Test
  void aWritingMarkerWithALinkedStagingFolderTakesNothingFromOutside() throws IOException {
    Path[] p = writtenFolderAndItsNeighbour();
    Path dir = p[0];
    Path outside = p[1];
    Files.writeString(dir.resolve("README.md"), "ours");
    Files.createDirectories(outside.resolve("output"));
    Files.writeString(outside.resolve("output/README.md"), "planted");
    Files.writeString(dir.resolve(AtomicOutput.MARKER), OutputManifest.HEADER + "\nstate writing\nfile "
        + "0".repeat(64) + " README.md\n");
    Files.createSymbolicLink(dir.resolve(AtomicOutput.STAGING), outside);
    assertEquals("ours", Files.readString(DirectorySnapshot.read(dir, view -> view.path("README.md"))),
        "a reader does not read through the linked staging folder either");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("b.md"), "b"));
    assertEquals("ours", Files.readString(dir.resolve("README.md")));
    assertEquals(List.of("output", "secret.txt", "sub"), listing(outside));
    assertEquals("planted", Files.readString(outside.resolve("output/README.md")));
  }

  @Test
  void aPageEditedByHandIsKeptWhenTheNewOutputNoLongerHasIt() throws IOException {
    Path dir = temp.resolve("site");
    AtomicOutput.writeDirectory(dir, d -> {
      Files.writeString(d.resolve("a.md"), "a");
      Files.writeString(d.resolve("b.md"), "b");
    });
    Files.writeString(dir.resolve("b.md"), "b, with the team's edits");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("a.md"), "a2"));
    assertEquals("b, with the team's edits", Files.readString(dir.resolve("b.md")));
    assertFalse(Files.readString(dir.resolve(AtomicOutput.MARKER)).contains("b.md"), "and no longer owned");
  }

  @Test
  void theNextFileWriteRemovesTemporaryFilesOfAProcessThatDied() throws IOException {
    Path file = temp.resolve("graph.json");
    Path abandoned = temp.resolve(".graph.json.2147483646-1f.tmp");
    Path otherFile = temp.resolve(".other.json.2147483646-1f.tmp");
    Path ours = temp.resolve(".graph.json." + ProcessHandle.current().pid() + "-2e.tmp");
    Files.writeString(abandoned, "half");
    Files.writeString(otherFile, "half");
    Files.writeString(ours, "a write of this process in another thread");
    AtomicOutput.writeFile(file, out -> out.write('x'));
    assertEquals(List.of("." + "graph.json." + ProcessHandle.current().pid() + "-2e.tmp",
        ".other.json.2147483646-1f.tmp", "graph.json"), listing(temp));
  }

  @Test
  void outputsGetTheUsualPermissionsOrKeepThePreviousOnes() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = temp.resolve("graph.json");
    AtomicOutput.writeFile(file, out -> out.write('x'));
    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
    AtomicOutput.writeFile(file, out -> out.write('y'));
    assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    Path dir = temp.resolve("pages");
    AtomicOutput.writeDirectory(dir, d -> { });
    assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
  }
}
