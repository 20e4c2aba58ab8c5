package dev.topicgraph.api.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
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
  void writesADirectoryAndReplacesItWhole() throws IOException {
    Path dir = temp.resolve("pages");
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("a.md"), "a"));
    AtomicOutput.writeDirectory(dir, d -> Files.writeString(d.resolve("b.md"), "b"));
    assertEquals(List.of(AtomicOutput.MARKER, "b.md"), listing(dir));
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
    assertEquals(List.of(AtomicOutput.MARKER, "a.md"), listing(dir));
    assertEquals("a", Files.readString(dir.resolve("a.md")));
    assertEquals(List.of("pages"), listing(temp));
  }

  @Test
  void neverReplacesADirectoryOfUnrelatedFiles() throws IOException {
    Path dir = temp.resolve("home");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("thesis.txt"), "precious");
    DirectoryNotEmptyException e = assertThrows(DirectoryNotEmptyException.class,
        () -> AtomicOutput.writeDirectory(dir, d -> { }));
    assertTrue(e.getMessage().contains("did not write"), e.getMessage());
    assertEquals("precious", Files.readString(dir.resolve("thesis.txt")));
    assertThrows(FileAlreadyExistsException.class,
        () -> AtomicOutput.writeFile(dir, out -> { }));
    assertThrows(FileAlreadyExistsException.class,
        () -> AtomicOutput.writeDirectory(dir.resolve("thesis.txt"), d -> { }));
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
