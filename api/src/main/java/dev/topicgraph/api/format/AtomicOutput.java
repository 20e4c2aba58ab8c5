package dev.topicgraph.api.format;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes files and directories so that a failure never loses the previous output: the new output
 * is written to a temporary sibling of the target and moved into place only when complete.
 *
 * <p>A directory is replaced only if it is empty or was written by this class before (it holds the
 * {@value #MARKER} file), so pointing a writer at a directory of unrelated files fails instead of
 * deleting them. Stateless and thread-safe; two writers racing on one target leave one complete
 * output.
 */
public final class AtomicOutput {
  /** The file that marks a directory as written by {@link #writeDirectory}. */
  public static final String MARKER = ".topicgraph";

  private AtomicOutput() {}

  /**
   * Something that writes to an output and may fail with an {@link IOException}.
   *
   * @param <T> the output type
   */
  @FunctionalInterface
  public interface IoConsumer<T> {
    /**
     * Writes to the output.
     *
     * @param output the output
     * @throws IOException if writing fails
     */
    void accept(T output) throws IOException;
  }

  /**
   * Writes a file atomically: {@code body} writes to a temporary file beside {@code target}, which
   * then replaces {@code target}. If {@code body} fails, {@code target} is untouched and the
   * temporary file is removed.
   *
   * @param target the file to write; its parent directory is created if needed
   * @param body writes the content; the stream is closed afterwards
   * @throws IOException if writing or moving fails
   */
  public static void writeFile(Path target, IoConsumer<OutputStream> body) throws IOException {
    requireNonNull(body, "body");
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new FileAlreadyExistsException(absolute.toString(), null, "is a directory, not a file");
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        body.accept(out);
      }
      permissions(temp, absolute, "rw-r--r--");
      move(temp, absolute);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Writes a directory atomically: {@code body} fills a temporary directory beside {@code target},
   * which then takes the place of {@code target}; the previous directory is removed only after
   * that. If {@code body} fails, {@code target} is untouched and the temporary directory removed.
   *
   * @param target the directory to write; it must not exist, be empty, or hold the {@value #MARKER}
   *     file of an earlier write
   * @param body writes the files into the directory it is given
   * @throws DirectoryNotEmptyException if {@code target} holds files but no {@value #MARKER} file
   * @throws IOException if writing or moving fails
   */
  public static void writeDirectory(Path target, IoConsumer<Path> body) throws IOException {
    requireNonNull(body, "body");
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      if (!Files.isDirectory(absolute)) {
        throw new FileAlreadyExistsException(absolute.toString(), null, "is a file, not a directory");
      }
      if (!isEmpty(absolute) && !Files.isRegularFile(absolute.resolve(MARKER))) {
        throw new DirectoryNotEmptyException(absolute + " (it holds files that topicgraph did not write;"
            + " choose an empty or new directory)");
      }
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
    boolean placed = false;
    try {
      Files.writeString(temp.resolve(MARKER), "Written by topicgraph; replaced whole on the next write.\n");
      body.accept(temp);
      permissions(temp, absolute, "rwxr-xr-x");
      if (Files.exists(absolute)) {
        Path old = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".old-");
        Files.delete(old);
        move(absolute, old);
        try {
          move(temp, absolute);
        } catch (IOException e) {
          move(old, absolute);
          throw e;
        }
        placed = true;
        deleteTree(old);
      } else {
        move(temp, absolute);
        placed = true;
      }
    } finally {
      if (!placed) {
        deleteTree(temp);
      }
    }
  }

  /**
   * Gives a temporary file or directory, created private to its owner, the permissions of the output
   * it replaces, or the usual ones ({@code fallback}) for a new output, on file systems with POSIX
   * permissions.
   */
  private static void permissions(Path temp, Path target, String fallback) throws IOException {
    if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> wanted = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString(fallback);
    Files.setPosixFilePermissions(temp, wanted);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
