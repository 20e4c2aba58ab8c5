package dev.topicgraph.api.format;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Severity;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A consistent view of a directory that {@link AtomicOutput#writeDirectory} may be writing at the
 * same time, in this process or another: readers of directory formats list and open files through
 * it, and {@link #read} repeats the read if a write changed the directory meanwhile.
 *
 * <p>While a write moves its files into place, or after a write was killed in that step, the view
 * shows the new output: files not yet moved are read from the staging folder, and files the write is
 * removing are hidden. Files the library did not write (a page added by hand) are listed as they
 * are. Paths are relative to the directory and use {@code /}.
 *
 * <pre>{@code
 * TopicGraph graph = DirectorySnapshot.read(dir, view -> {
 *   for (String page : view.list("nodes")) {
 *     parse(page, view.path(page));   // page is "nodes/<id>.md"; path is where to read it
 *   }
 *   return builder.build();
 * });
 * }</pre>
 *
 * <p>A snapshot is used by one thread during one read.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DirectorySnapshot {
  /** How often {@link #read} tries before it reports that a write keeps changing the directory. */
  static final int ATTEMPTS = 5;

  private final Path root;
  private final Optional<String> marker;
  private final Optional<OutputManifest> manifest;

  private DirectorySnapshot(Path root, Optional<String> marker) {
    this.root = root;
    this.marker = marker;
    this.manifest = marker.map(m -> OutputManifest.parse(m.substring(m.indexOf('\n') + 1)));
  }

  /**
   * Something that reads a directory through a snapshot.
   *
   * @param <T> what the read gives
   */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * Reads the directory.
     *
     * @param snapshot the view to list and open files through
     * @return what was read
     * @throws IOException if reading fails
     */
    T read(DirectorySnapshot snapshot) throws IOException;
  }

  /**
   * Reads a directory consistently: runs {@code reader} on a snapshot and checks afterwards that no
   * write changed the directory meanwhile; if one did, the read is repeated, whatever it gave or
   * threw. After {@value #ATTEMPTS} attempts that each overlapped a write, it gives up with a {@link
   * FormatException} whose diagnostic has the code {@code read.write-in-progress}.
   *
   * @param root the directory
   * @param reader reads it
   * @param <T> what the read gives
   * @return what {@code reader} gave on a snapshot that no write changed
   * @throws FormatException if writes kept changing the directory, or as {@code reader} throws it
   * @throws java.nio.file.NoSuchFileException if {@code root} does not exist
   * @throws java.nio.file.NotDirectoryException if {@code root} is not a directory
   * @throws IOException as {@code reader} throws it
   */
  public static <T> T read(Path root, Reader<T> reader) throws IOException {
    requireNonNull(root, "root");
    requireNonNull(reader, "reader");
    if (!Files.isDirectory(root)) {
      throw Files.exists(root) ? new java.nio.file.NotDirectoryException(root.toString())
          : new NoSuchFileException(root.toString());
    }
    for (int attempt = 1; ; attempt++) {
      DirectorySnapshot snapshot = new DirectorySnapshot(root, marker(root));
      T result;
      try {
        result = reader.read(snapshot);
      } catch (IOException | RuntimeException e) {
        if (snapshot.unchanged()) {
          throw e;
        }
        retryOrGiveUp(root, attempt);
        continue;
      }
      if (snapshot.unchanged()) {
        return result;
      }
      retryOrGiveUp(root, attempt);
    }
  }

  private static void retryOrGiveUp(Path root, int attempt) throws IOException {
    if (attempt >= ATTEMPTS) {
      throw new FormatException(List.of(Diagnostic.builder()
          .code("read.write-in-progress")
          .severity(Severity.ERROR)
          .source(root.toString())
          .message("the folder changed while it was read, " + ATTEMPTS + " times: another thread or process "
              + "is writing it; read it again when the write is done")
          .build()));
    }
    try {
      Thread.sleep(10L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a write of " + root + " to finish");
    }
  }

  private boolean unchanged() throws IOException {
    return marker.equals(marker(root));
  }

  /**
   * The marker's content with its file identity and modification time: every write replaces the
   * marker with a new file, so a folder rewritten with the same content during a read is noticed too.
   */
  private static Optional<String> marker(Path root) throws IOException {
    Path file = root.resolve(AtomicOutput.MARKER);
    try {
      BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!before.isRegularFile()) {
        return Optional.empty();
      }
      Optional<String> text = OutputManifest.text(file);
      return text.map(t -> before.fileKey() + " " + before.lastModifiedTime().toInstant() + "\n" + t);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the directory this snapshot views.
   *
   * @return the directory, as given to {@link #read}
   */
  public Path root() {
    return root;
  }

  /**
   * Lists the entries of a folder of the directory as the snapshot sees it: what is there, plus the
   * files of a write in progress that are not there yet, minus the files that write removes.
   * Entries of every type are listed (files, folders, links, special files); the caller checks what
   * it opens.
   *
   * @param folder a folder relative to the root, with {@code /}, such as {@code "nodes"}; {@code ""}
   *     for the root itself
   * @return relative paths such as {@code "nodes/vendor.x.md"}, sorted; empty if the folder does not
   *     exist
   * @throws IOException if the folder cannot be listed
   */
  public List<String> list(String folder) throws IOException {
    requireNonNull(folder, "folder");
    String prefix = folder.isEmpty() ? "" : folder + "/";
    SortedMap<String, Boolean> out = new TreeMap<>();
    Path dir = folder.isEmpty() ? root : root.resolve(folder);
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : (Iterable<Path>) s::iterator) {
          out.put(prefix + p.getFileName().toString(), true);
        }
      }
    }
    Optional<OutputManifest> writing = manifest.filter(m -> m.state == OutputManifest.State.WRITING);
    if (writing.isPresent()) {
      for (String stale : writing.get().stale.keySet()) {
        out.remove(stale);
      }
      for (String file : writing.get().files.keySet()) {
        if (file.startsWith(prefix) && file.indexOf('/', prefix.length()) < 0) {
          out.put(file, true);
        }
      }
    }
    if (folder.isEmpty()) {
      out.keySet().removeIf(name -> name.startsWith(AtomicOutput.MARKER));
    }
    return new ArrayList<>(out.keySet());
  }

  /**
   * Returns where to read a file of the snapshot: the file in the directory, or, while a write is
   * moving files into place (or after a write was killed in that step), its new version in the
   * staging folder, where it stays until the write is complete.
   *
   * @param relative a path from {@link #list}, or another path relative to the root with {@code /}
   * @return the path to open
   */
  public Path path(String relative) {
    requireNonNull(relative, "relative");
    Optional<OutputManifest> writing = manifest.filter(m -> m.state == OutputManifest.State.WRITING);
    if (writing.isPresent() && writing.get().files.containsKey(relative)) {
      String stagedPath = AtomicOutput.STAGING + "/" + AtomicOutput.STAGED + "/" + relative;
      Path staged = root.resolve(stagedPath);
      // Only from a staging folder of real folders: one that links elsewhere is not the library's.
      if (AtomicOutput.inRealFolders(root, stagedPath) && Files.isRegularFile(staged, LinkOption.NOFOLLOW_LINKS)) {
        return staged;
      }
    }
    return root.resolve(relative);
  }
}
