package dev.topicgraph.api.format;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Writes files and directories so that a failure, or the process being killed, never loses the
 * previous output and never leaves a mix of two outputs.
 *
 * <p>A file is written to a temporary sibling and renamed over the target when complete. A directory
 * is assembled in a staging folder inside it and its files are moved into place under a marker file
 * ({@value #MARKER}) that records which files the library owns; a directory write replaces and
 * removes only those, and leaves every other file in the folder alone. {@link DirectorySnapshot}
 * reads such a directory consistently while another thread or process writes it. Leftovers of a
 * killed write (temporary files, a staging folder) are removed by the next write to the same target.
 *
 * <p>Thread-safe. Writers of one directory take turns, across threads and processes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AtomicOutput {
  /** The file that lists what a directory write owns in its folder. */
  public static final String MARKER = ".topicgraph";
  /** The file whose operating-system lock makes the writers of one directory take turns. */
  public static final String LOCK = ".topicgraph.lock";
  /** The folder, inside the target, in which a directory write assembles its files. */
  public static final String STAGING = ".topicgraph.staging";
  /** The folder inside {@link #STAGING} that holds the new output itself. */
  static final String STAGED = "output";

  private static final Set<String> RESERVED = Set.of(MARKER, LOCK, STAGING, MARKER + ".tmp");
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final java.util.regex.Pattern TEMP_FILE = java.util.regex.Pattern.compile("\\.(.+)\\.(\\d+)-[0-9a-f]+\\.tmp");

  /** Called at each step of a directory write; tests use it to fail or stop a write at every step. */
  interface Hook {
    void reached(String step) throws IOException;
  }

  static volatile Hook hook = step -> { };

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
   * temporary file is removed; temporary files that a killed process left beside {@code target} are
   * removed by the next write.
   *
   * @param target the file to write; its parent directory is created if needed
   * @param body writes the content; the stream is closed afterwards
   * @throws FileAlreadyExistsException if {@code target} is a directory
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
    String name = absolute.getFileName().toString();
    removeAbandonedTemporaryFiles(parent, name);
    Path temp = parent.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
        + Long.toHexString(RANDOM.nextLong() >>> 1) + ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE))) {
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

  /** Removes the temporary files of writes of {@code name} whose process no longer runs. */
  private static void removeAbandonedTemporaryFiles(Path parent, String name) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Matcher m = TEMP_FILE.matcher(p.getFileName().toString());
        if (m.matches() && m.group(1).equals(name) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && !running(m.group(2))) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static boolean running(String pid) {
    try {
      long id = Long.parseLong(pid);
      return id == ProcessHandle.current().pid() || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /**
   * Writes a directory so that a failure, or the process being killed, at any instant leaves it
   * holding either the previous output or the new one, and so that the write replaces only what the
   * library wrote there.
   *
   * <p>{@code body} writes the new output into an empty staging folder ({@value #STAGING} inside
   * {@code target}). Then the {@value #MARKER} file of {@code target} records the new output's files
   * and the previous output's files that it removes, each new file is moved into place, the files of
   * the previous output that the new one lacks are removed, and the marker is marked complete. Every
   * other file and folder in {@code target} (a {@code .git} folder, images, a README, notes) is left
   * alone. A file of the new output may replace a file the library did not write only if {@code
   * target} already holds a marker (a page added there by hand is adopted); in a folder without a
   * marker, such a file stops the write before anything changes, with a {@link
   * FileAlreadyExistsException} naming it.
   *
   * <p>Readers see a consistent output through {@link DirectorySnapshot}: while files are being moved,
   * and after a crash in that step, the folder reads as the new output. The next write finishes or
   * removes whatever a killed write left behind. Writers of one folder take turns, across threads
   * and processes, through an operating-system lock on the {@value #LOCK} file. Nothing is flushed
   * to the disk ({@code fsync}): the guarantees hold when a process dies, not when the machine loses
   * power.
   *
   * @param target the directory to write; it and its parents are created if needed
   * @param body writes the files into the folder it is given
   * @throws FileAlreadyExistsException if {@code target} is a file, or if the new output would
   *     replace a file or folder that the library did not write
   * @throws IOException if writing or moving fails; the folder then reads as the previous output, or,
   *     if the failure came while files were being moved into place, as the new one
   */
  public static void writeDirectory(Path target, IoConsumer<Path> body) throws IOException {
    requireNonNull(body, "body");
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new FileAlreadyExistsException(absolute.toString(), null, "is a file, not a directory");
    }
    boolean created = !Files.exists(absolute);
    Files.createDirectories(absolute);
    Path dir = absolute.toRealPath();
    ReentrantLock local = LOCKS.computeIfAbsent(dir, k -> new ReentrantLock());
    local.lock();
    Path lockFile = dir.resolve(LOCK);
    if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(lockFile, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(lockFile); // a link or a FIFO is not a lock this library made; opening it could block or lead out
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
        FileLock lock = channel.lock()) {
      writeLocked(dir, body, created);
    } finally {
      local.unlock();
    }
  }

  private static void writeLocked(Path dir, IoConsumer<Path> body, boolean created) throws IOException {
    Optional<OutputManifest> found = OutputManifest.read(dir);
    if (found.isPresent() && found.get().state == OutputManifest.State.WRITING) {
      finish(dir, found.get());
      found = Optional.of(found.get().complete());
    }
    Optional<OutputManifest> previous = found;
    Path staging = dir.resolve(STAGING);
    deleteTree(staging);
    OutputManifest next;
    try {
      Path out = Files.createDirectories(staging.resolve(STAGED));
      body.accept(out);
      hook.reached("staged");
      SortedSet<String> staged = new TreeSet<>();
      SortedSet<String> folders = new TreeSet<>();
      scan(out, staged, folders);
      checkTarget(dir, staged, folders, previous.isPresent());
      SortedMap<String, String> files = new TreeMap<>();
      for (String file : staged) {
        files.put(file, OutputManifest.sha256(out.resolve(file)));
      }
      SortedMap<String, String> stale = new TreeMap<>(previous.map(m -> m.files).orElseGet(TreeMap::new));
      stale.keySet().removeAll(files.keySet());
      next = new OutputManifest(OutputManifest.State.WRITING, files, stale);
      writeMarker(dir, next);
    } catch (IOException | RuntimeException e) {
      try {
        deleteTree(staging);
        if (previous.isEmpty()) {
          Files.deleteIfExists(dir.resolve(LOCK));
          if (created) {
            Files.deleteIfExists(dir);
          }
        }
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    hook.reached("marked");
    finish(dir, next);
  }

  /**
   * Moves the staged files of a write into place, removes the stale ones, and marks the write
   * complete. Each staged file stays in the staging folder until the write is complete, so that
   * readers can read the new output from there meanwhile: a hard link to it (a copy where the file
   * system has no links) is what is renamed over the target.
   */
  private static void finish(Path dir, OutputManifest manifest) throws IOException {
    Path staging = dir.resolve(STAGING);
    Path out = staging.resolve(STAGED);
    Path links = staging.resolve("links");
    boolean staged = inRealFolders(dir, STAGING + "/" + STAGED + "/x") && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS);
    if (!staged) {
      deleteTree(staging); // not a staging folder this library made: nothing in it is used
    }
    if (staged) {
      SortedSet<String> folders = new TreeSet<>();
      scan(out, new TreeSet<>(), folders);
      for (String folder : folders) {
        Files.createDirectories(dir.resolve(folder));
      }
    }
    for (String file : manifest.files.keySet()) {
      Path from = out.resolve(file);
      if (staged && Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS) && inRealFolders(out, file)
          && inRealFolders(dir, file)) {
        Path link = links.resolve(file);
        Files.createDirectories(link.getParent());
        Files.deleteIfExists(link);
        try {
          Files.createLink(link, from);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(from, link, StandardCopyOption.REPLACE_EXISTING);
        }
        Path to = dir.resolve(file);
        Files.createDirectories(to.getParent());
        move(link, to);
        hook.reached("moved " + file);
      }
    }
    SortedSet<String> kept = OutputManifest.parents(manifest.files.keySet());
    for (Map.Entry<String, String> stale : manifest.stale.entrySet()) {
      String file = stale.getKey();
      Path p = dir.resolve(file);
      // Only a file that still holds what the library wrote: a page edited by hand stays.
      if (inRealFolders(dir, file) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
          && OutputManifest.sha256(p).equals(stale.getValue())) {
        Files.delete(p);
        hook.reached("removed " + file);
      }
    }
    List<String> emptied = new ArrayList<>(OutputManifest.parents(manifest.stale.keySet()));
    emptied.removeAll(kept);
    emptied.sort(Comparator.reverseOrder());
    for (String folder : emptied) {
      Path p = dir.resolve(folder);
      if (inRealFolders(dir, folder) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && isEmpty(p)) {
        Files.delete(p);
      }
    }
    writeMarker(dir, manifest.complete());
    hook.reached("completed");
    deleteTree(staging);
  }

  /**
   * Whether every folder on the way from {@code dir} to the file {@code relative} is a real folder, not
   * a symbolic link that could lead elsewhere.
   */
  static boolean inRealFolders(Path dir, String relative) {
    Path p = dir;
    String[] segments = relative.split("/", -1);
    for (int i = 0; i < segments.length - 1; i++) {
      p = p.resolve(segments[i]);
      if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        return !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
      }
    }
    return true;
  }

  /** Whether a path, relative to an output folder, is one of the names the library keeps for itself. */
  static boolean isReserved(String relative) {
    return RESERVED.contains(relative) || relative.startsWith(STAGING + "/");
  }

  /** Lists what a write staged; only files and folders may be staged, with names a marker can hold. */
  private static void scan(Path staging, SortedSet<String> files, SortedSet<String> folders) throws IOException {
    try (Stream<Path> s = Files.walk(staging)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.equals(staging)) {
          continue;
        }
        String rel = staging.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        if (!OutputManifest.isSafePath(rel)) {
          throw new IOException("the output names a file \"" + rel + "\", which a directory output cannot hold: "
              + "a name topicgraph keeps for itself, a .git folder, or a control character, backslash or colon");
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
          folders.add(rel);
        } else if (a.isRegularFile()) {
          files.add(rel);
        } else {
          throw new IOException("the output holds \"" + rel + "\", which is neither a file nor a folder");
        }
      }
    }
  }

  /**
   * Checks, before anything changes, that the new output fits into the target: every folder on the
   * way is a real folder (not a file or a link), no file takes the place of a folder, and, in a
   * folder that the library has not written before, no file takes the place of someone else's.
   */
  private static void checkTarget(Path dir, SortedSet<String> files, SortedSet<String> folders, boolean marked)
      throws IOException {
    for (String folder : folders) {
      Path p = dir.resolve(folder);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(p.toString(), null,
            "the output needs a folder here, and topicgraph does not replace what is there");
      }
    }
    for (String file : files) {
      Path p = dir.resolve(file);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(p.toString(), null,
            "is a folder where the output has a file; topicgraph does not replace it");
      }
      if (!marked) {
        boolean odd = Files.exists(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
        throw new FileAlreadyExistsException(p.toString(), null, "topicgraph did not write it (the folder has no "
            + MARKER + " file" + (odd ? " that is a regular file" : "") + "); move it away or write to another folder");
      }
    }
  }

  private static void writeMarker(Path dir, OutputManifest manifest) throws IOException {
    Path temp = dir.resolve(MARKER + ".tmp");
    // Whatever is there (a leftover, or a link or FIFO someone put there) goes, and is never followed.
    Files.deleteIfExists(temp);
    Files.write(temp, manifest.format().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    move(temp, dir.resolve(MARKER));
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

  /** Deletes a file or a folder with what is in it; a link is deleted, never followed. */
  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
