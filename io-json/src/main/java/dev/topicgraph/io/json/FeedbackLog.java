package dev.topicgraph.io.json;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.record.RecordReader;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.RecordWriter;
import dev.topicgraph.api.record.SyntaxException;
import dev.topicgraph.api.record.SyntaxReader;
import dev.topicgraph.io.json.internal.JsonGraphReader;
import dev.topicgraph.io.json.internal.JsonGraphWriter;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The feedback log: an append-only folder of JSON Lines files, one per UTC day ({@code
 * 2026-11-21.jsonl}), each line one feedback event as the JSON format writes it ({@code id}, {@code
 * topic}, {@code reviewer}, {@code interest}, {@code optIn}, {@code at}, and {@code comment} when
 * there is one). An event goes into the file of the day of its {@code at}.
 *
 * <ul>
 *   <li><b>Whole lines.</b> {@link #append} writes a line whole or not at all: a write that fails is
 *       cut back, and a line a crash left half-written (no line break at the end of a file) is read as
 *       a warning and skipped, never half-read; the next append to that file removes it first.
 *   <li><b>At least once is safe.</b> An event whose id the log already holds is not appended again,
 *       and reading skips a repeated id (the first one counts), so delivering an event twice, or
 *       replaying the log, changes nothing.
 *   <li><b>Located errors.</b> A bad line anywhere but at the end is a {@link FormatException} that
 *       names the file, the line and the column.
 *   <li><b>Erasure.</b> {@link #erase(String)} removes every event of a reviewer, replacing each file
 *       it touches atomically: a crash leaves the old file or the new one.
 *   <li><b>Durability.</b> {@link Sync} says when appends reach the disk.
 * </ul>
 *
 * <p>Other files in the folder are left alone; the log adds one, {@value #LOCK_FILE}, which writers
 * lock. Appends and erasures take turns through it: between threads, between log objects on the same
 * folder, and between processes on one machine (with file locks, which network file systems may not
 * honour). A reader takes no lock: it sees whole lines, and at most a torn last line, which it skips
 * with a warning. A log object is thread-safe.
 *
 * <p>Every line ends with a line break, the last one too. A last line without one that holds a whole,
 * valid event counts, with a warning, and the next append ends the line; anything else there is a
 * write a crash cut short, skipped with a warning and removed by the next append.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FeedbackLog {
  /** When appended lines are forced to the disk. */
  public enum Sync {
    /** Left to the operating system: fastest; a power failure may lose recent appends. */
    NONE,
    /** Forced after every event that {@link #append(Feedback)} writes, and after every batch. */
    EACH_APPEND,
    /** Forced once after each {@link #appendAll(Collection)} batch; single appends are not forced. */
    EACH_BATCH
  }

  private static final String SUFFIX = ".jsonl";
  private static final long SECONDS_PER_DAY = 86_400;
  private static final JsonFactory JSON = JsonGraphWriter.JSON;

  private final Path dir;
  private final Sync sync;
  private final ReadOptions options;
  private final JsonFactory readFactory;
  private Set<String> ids; // the ids the log holds, loaded at the first append

  private FeedbackLog(Path dir, Sync sync, ReadOptions options) {
    this.dir = dir;
    this.sync = sync;
    this.options = options;
    this.readFactory = JSON.rebuild()
        .streamReadConstraints(JsonGraphReader.constraints(options).build())
        .build();
  }

  /**
   * Opens the log in a folder, creating the folder if it does not exist. Appends are not forced to
   * the disk ({@link Sync#NONE}); events are read strictly with the default limits.
   *
   * @param dir the folder
   * @return the log
   * @throws NotDirectoryException if {@code dir} exists and is not a folder
   * @throws IOException if the folder cannot be created
   */
  public static FeedbackLog open(Path dir) throws IOException {
    return open(dir, Sync.NONE, ReadOptions.strict());
  }

  /**
   * Opens the log in a folder, creating the folder if it does not exist.
   *
   * @param dir the folder
   * @param sync when appends reach the disk
   * @param options how events are read: the mode (in lenient mode an unknown field is a warning) and
   *     the limits on strings and nesting
   * @return the log
   * @throws NotDirectoryException if {@code dir} exists and is not a folder
   * @throws IOException if the folder cannot be created
   */
  public static FeedbackLog open(Path dir, Sync sync, ReadOptions options) throws IOException {
    requireNonNull(dir, "dir");
    requireNonNull(sync, "sync");
    requireNonNull(options, "options");
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir + " (a feedback log is a folder of .jsonl files)");
    }
    Files.createDirectories(dir);
    return new FeedbackLog(dir, sync, options);
  }

  /**
   * Returns the folder of the log.
   *
   * @return the folder
   */
  public Path directory() {
    return dir;
  }

  /**
   * Returns the file of one day.
   *
   * @param day a UTC day
   * @return {@code <folder>/<day>.jsonl}, which may not exist
   */
  public Path fileOf(LocalDate day) {
    return dir.resolve(requireNonNull(day, "day") + SUFFIX);
  }

  /**
   * Returns the days that have a file, in order.
   *
   * @return the days
   * @throws IOException if the folder cannot be listed
   */
  public synchronized List<LocalDate> days() throws IOException {
    List<LocalDate> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        try {
          LocalDate day = LocalDate.parse(name.substring(0, name.length() - SUFFIX.length()));
          if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            out.add(day);
          }
        } catch (DateTimeParseException notADay) {
          // another file of the user's: not part of the log
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Appends one event, unless the log already holds an event with its id.
   *
   * @param event the event
   * @return {@code true} if it was appended, {@code false} if its id was already in the log
   * @throws IOException if writing fails; the file is then as it was
   * @throws FormatException if the log must be read to learn its ids and a file is corrupt
   */
  public synchronized boolean append(Feedback event) throws IOException {
    requireNonNull(event, "event");
    return appendAll(List.of(event), sync == Sync.EACH_APPEND) == 1;
  }

  /**
   * Appends a batch of events, skipping those whose id the log (or the batch, earlier) already holds.
   * Each line is whole or absent; with {@link Sync#EACH_BATCH} or {@link Sync#EACH_APPEND} the batch
   * is forced to the disk before this returns.
   *
   * @param events the events
   * @return how many were appended
   * @throws IOException if writing fails; the lines of the file being written when it failed are
   *     cut back, and files written before stay written
   * @throws FormatException if the log must be read to learn its ids and a file is corrupt
   */
  public synchronized int appendAll(Collection<Feedback> events) throws IOException {
    return appendAll(events, sync != Sync.NONE);
  }

  private int appendAll(Collection<Feedback> events, boolean force) throws IOException {
    requireNonNull(events, "events");
    Set<String> known = ids();
    Map<LocalDate, ByteArrayOutputStream> byDay = new TreeMap<>();
    List<String> added = new ArrayList<>();
    Set<String> batch = new HashSet<>();
    for (Feedback e : events) {
      requireNonNull(e, "event");
      if (known.contains(e.id()) || !batch.add(e.id())) {
        continue;
      }
      ByteArrayOutputStream lines = byDay.computeIfAbsent(e.at().atOffset(ZoneOffset.UTC).toLocalDate(),
          d -> new ByteArrayOutputStream());
      lines.write(line(e));
      added.add(e.id());
    }
    locked(() -> {
      for (Map.Entry<LocalDate, ByteArrayOutputStream> day : byDay.entrySet()) {
        appendLines(fileOf(day.getKey()), day.getValue().toByteArray(), force);
      }
      return null;
    });
    known.addAll(added);
    return added.size();
  }

  /** One event as one line of JSON, with its line break. */
  static byte[] line(Feedback e) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(160);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      RecordWriter.write(RecordType.FEEDBACK, e, JacksonSyntax.writer(g));
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** The file whose lock writers of the log hold; it is never replaced, so a lock on it means the folder. */
  static final String LOCK_FILE = ".feedback-log.lock";

  /**
   * One monitor per folder in this process, so that log objects on the same folder take turns; the
   * file lock does the same between processes (a JVM may not hold two locks on one file).
   */
  private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

  /** An action on the log's files. */
  private interface Locked<T> {
    T run() throws IOException;
  }

  /** Runs an action that writes the log, holding the folder's monitor and its file lock. */
  private <T> T locked(Locked<T> action) throws IOException {
    synchronized (MONITORS.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new Object())) {
      try (FileChannel ch = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
          FileLock lock = ch.lock()) {
        return action.run();
      }
    }
  }

  /** Writes whole lines at the end of a file, first cutting a torn last line; cuts back on failure. */
  private void appendLines(Path file, byte[] lines, boolean force) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      appendLocked(ch, lines, force);
    } catch (FileSystemException e) {
      if (e.getFile() == null) { // such as a link, which the log does not follow: name the file
        FileSystemException named = new FileSystemException(file.toString(), null,
            e.getReason() == null ? e.getMessage() : e.getReason());
        named.initCause(e);
        throw named;
      }
      throw e;
    }
  }

  private void appendLocked(FileChannel ch, byte[] lines, boolean force) throws IOException {
    long end = wholeLinesEnd(ch);
    long size = ch.size();
    if (end < size) {
      // A whole event that only lacks its line break (an editor dropped it) is read as it is: end its
      // line. Anything else there is a torn write: cut it.
      if (completeTail(ch, end, size, options) != null) {
        ch.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
        end = size + 1;
      } else {
        ch.truncate(end);
      }
    }
    ByteBuffer buf = ByteBuffer.wrap(lines);
    try {
      long at = end;
      while (buf.hasRemaining()) {
        at += ch.write(buf, at);
      }
      if (force) {
        ch.force(false);
      }
    } catch (IOException | RuntimeException failed) {
      try {
        ch.truncate(end);
      } catch (IOException cut) {
        failed.addSuppressed(cut);
      }
      throw failed;
    }
  }

  /** The length of a file up to and including its last line break: what a crash left whole. */
  private static long wholeLinesEnd(FileChannel ch) throws IOException {
    long size = ch.size();
    ByteBuffer one = ByteBuffer.allocate(8192);
    long pos = size;
    while (pos > 0) {
      int n = (int) Math.min(one.capacity(), pos);
      one.clear().limit(n);
      long from = pos - n;
      int read = 0;
      while (read < n) {
        int r = ch.read(one, from + read);
        if (r < 0) {
          break;
        }
        read += r;
      }
      for (int i = read - 1; i >= 0; i--) {
        if (one.get(i) == '\n') {
          return from + i + 1;
        }
      }
      pos = from;
    }
    return 0;
  }

  private Set<String> ids() throws IOException {
    if (ids == null) {
      Set<String> all = new HashSet<>();
      Ids shared = new Ids();
      for (LocalDate day : days()) {
        readFile(fileOf(day), e -> all.add(e.id()), new ArrayList<>(), new HashSet<>(), shared);
      }
      ids = all;
    }
    return ids;
  }

  /**
   * Reads the events of the days from {@code first} to {@code last}, both included, in file order,
   * each id once.
   *
   * @param first the first day
   * @param last the last day
   * @return the events and the warnings (torn last lines, and unknown fields in lenient mode)
   * @throws FormatException if a line is not a valid event, naming the file, the line and the column
   * @throws IOException if reading fails
   */
  public synchronized Reading read(LocalDate first, LocalDate last) throws IOException {
    List<Feedback> events = new ArrayList<>();
    List<Diagnostic> warnings = forEach(first, last, events::add);
    return new Reading(events, warnings);
  }

  /**
   * Reads every event of the log.
   *
   * @return the events and the warnings
   * @throws FormatException if a line is not a valid event
   * @throws IOException if reading fails
   */
  public synchronized Reading readAll() throws IOException {
    return read(LocalDate.MIN, LocalDate.MAX);
  }

  /**
   * Streams the events of the days from {@code first} to {@code last}, both included, to a consumer
   * as they are read, each id once, without holding them.
   *
   * @param first the first day
   * @param last the last day
   * @param sink receives each event
   * @return the warnings
   * @throws FormatException if a line is not a valid event
   * @throws IOException if reading fails
   */
  public synchronized List<Diagnostic> forEach(LocalDate first, LocalDate last, Consumer<? super Feedback> sink)
      throws IOException {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    requireNonNull(sink, "sink");
    List<Diagnostic> warnings = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    long bytes = 0;
    for (LocalDate day : days()) {
      if (!day.isBefore(first) && !day.isAfter(last)) {
        Path file = fileOf(day);
        files.add(file);
        try {
          bytes += Files.size(file);
        } catch (NoSuchFileException erased) {
          // skipped when read
        }
      }
    }
    // Sized for the events the files can hold (a line takes well over 100 bytes), so that the set of ids
    // seen is not rehashed again and again as it grows.
    Set<String> seen = new HashSet<>((int) Math.min(bytes / 100, 1 << 26));
    Ids shared = new Ids();
    for (Path file : files) {
      readFile(file, sink, warnings, seen, shared);
    }
    return List.copyOf(warnings);
  }

  /**
   * What the files of one read share: the ids and reviewer names read so far, so that an id is parsed
   * once per read rather than once per file, and equal values are one instance across the files.
   */
  private static final class Ids {
    RecordReader<Feedback> last;

    RecordReader<Feedback> readerOf(SyntaxReader syntax, String source, ReadOptions options) {
      last = last == null ? RecordReader.over(RecordType.FEEDBACK, syntax, source, options, "log")
          : last.continueWith(syntax, source);
      return last;
    }
  }

  private void readFile(Path file, Consumer<? super Feedback> sink, List<Diagnostic> warnings, Set<String> seen,
      Ids shared) throws IOException {
    String source = file.toString();
    String name = file.getFileName().toString();
    long dayStart = LocalDate.parse(name.substring(0, name.length() - SUFFIX.length())).toEpochDay()
        * SECONDS_PER_DAY;
    long whole;
    long size;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      size = ch.size();
      whole = wholeLinesEnd(ch);
    } catch (NoSuchFileException erased) {
      return; // replaced or removed since it was listed
    }
    try (InputStream in = new BoundedInput(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), whole);
        JsonParser p = readFactory.createParser(ObjectReadContext.empty(), in)) {
      SyntaxReader syntax = JacksonSyntax.reader(p);
      RecordReader<Feedback> records = shared.readerOf(syntax, source, options);
      int lastLine = 0;
      while (next(syntax, source) != null) {
        int line = syntax.line();
        if (line == lastLine) {
          throw secondValue(source, line, syntax.column());
        }
        Feedback e = records.read();
        lastLine = syntax.line();
        Diagnostic wrongDay = wrongDay(e, dayStart, source, line);
        if (wrongDay != null) {
          warnings.add(wrongDay);
        }
        if (seen.add(e.id())) {
          sink.accept(e);
        }
      }
      warnings.addAll(records.warnings());
    }
    if (whole < size) {
      Feedback tail;
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        tail = completeTail(ch, whole, size, options);
      } catch (NoSuchFileException erased) {
        return;
      }
      int line = lineCount(file, whole) + 1;
      warnings.add(tailWarning(tail != null, size - whole, source, line));
      if (tail != null && seen.add(tail.id())) {
        sink.accept(tail);
      }
    }
  }

  /** The day a log file holds, from its name ({@code 2026-11-21.jsonl}); null if the name is not a day's. */
  private static LocalDate dayOfName(String name) {
    if (!name.endsWith(SUFFIX)) {
      return null;
    }
    try {
      return LocalDate.parse(name.substring(0, name.length() - SUFFIX.length()));
    } catch (DateTimeParseException notADay) {
      return null;
    }
  }

  /** The warning that an event is in another day's file, or null if it is in its own. */
  private static Diagnostic wrongDay(Feedback e, long dayStart, String source, int line) {
    long second = e.at().getEpochSecond();
    if (second >= dayStart && second < dayStart + SECONDS_PER_DAY) {
      return null;
    }
    return Diagnostic.builder().severity(Severity.WARNING).code("log.wrong-day")
        .message("event " + e.id() + " is dated " + e.at() + ", so it belongs in "
            + LocalDate.ofEpochDay(Math.floorDiv(second, SECONDS_PER_DAY)) + SUFFIX + "; it counts all the same")
        .source(source).line(line).column(1).build();
  }

  /** The error of a line that holds a second value after its event. */
  private static FormatException secondValue(String source, int line, int column) {
    return new FormatException(List.of(Diagnostic.builder().severity(Severity.ERROR).code("log.syntax")
        .message("a second value on one line; the log holds one event per line").source(source)
        .line(line).column(column).build()));
  }

  /** The warning about a file's last line without a line break: a whole event that counts, or a torn write. */
  private static Diagnostic tailWarning(boolean whole, long bytes, String source, int line) {
    return whole
        ? Diagnostic.builder().severity(Severity.WARNING).code("log.no-line-break")
            .message("the last line has no line break; its event counts, and the next append ends the line")
            .source(source).line(line).column(1).build()
        : Diagnostic.builder().severity(Severity.WARNING).code("log.torn-line")
            .message("the last line has no line break: an append that did not finish (" + bytes + " bytes), skipped")
            .source(source).line(line).column(1).build();
  }

  /**
   * Returns a reader of the lines of one log file, each read on its own: for a program that splits a
   * log among workers, such as a pipeline (topicgraph-beam), where {@link #read} reads whole files in
   * one process. Each line is checked as {@link #read} checks it in its file, with the same
   * diagnostic codes and messages, located at the line given; the difference is that a bad line is
   * a {@link FormatException} of that line alone, and the next line can still be read. An event
   * written across several lines (which {@link #append} never writes) is not whole on any of them.
   *
   * <p>The reader does not skip repeated ids: which of two events with one id counts is for the caller
   * to decide (in the log, the first in file order).
   *
   * @param source the file's name in diagnostics, such as its path; if its last part is a day's file
   *     name ({@code 2026-11-21.jsonl}), an event dated another day gets the warning {@code
   *     log.wrong-day}, as in the log
   * @param options how events are read: the mode (in lenient mode an unknown field is a warning) and
   *     the limits on strings and nesting
   * @param warnings receives the warnings of the lines read, each located
   * @return the reader, used by one thread
   */
  public static LineReader lineReader(String source, ReadOptions options, Consumer<? super Diagnostic> warnings) {
    requireNonNull(source, "source");
    requireNonNull(options, "options");
    requireNonNull(warnings, "warnings");
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    LocalDate day = dayOfName(name);
    return new LineReader(source, options, warnings, day == null ? Long.MIN_VALUE : day.toEpochDay() * SECONDS_PER_DAY);
  }

  /**
   * Reads the lines of one log file, each on its own; see {@link #lineReader(String, ReadOptions,
   * Consumer)}. Ids and reviewer names are shared between the events of one reader, as within a read of
   * the log. Not thread-safe: used by one thread.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class LineReader {
    private final String source;
    private final ReadOptions options;
    private final Consumer<? super Diagnostic> warnings;
    private final long dayStart;
    private final JsonFactory factory;
    private RecordReader<Feedback> records;

    private LineReader(String source, ReadOptions options, Consumer<? super Diagnostic> warnings, long dayStart) {
      this.source = source;
      this.options = options;
      this.warnings = warnings;
      this.dayStart = dayStart;
      this.factory = JSON.rebuild().streamReadConstraints(JsonGraphReader.constraints(options).build()).build();
    }

    /**
     * Reads one line.
     *
     * <p>A line that ends with a line break holds one event, or is blank. A line without one can only be
     * the file's last: as in the log, if it holds one whole, valid event, the event counts with the
     * warning {@code log.no-line-break}; anything else there is a write a crash cut short, skipped with
     * the warning {@code log.torn-line}.
     *
     * @param line the line's number in the file, from 1
     * @param text holds the line's bytes, UTF-8, without its line break
     * @param offset where the line starts in {@code text}
     * @param length how many bytes the line has
     * @param lineBreak whether a line break ended the line in the file
     * @return the event, or empty for a blank line or a torn last line
     * @throws FormatException if the line is not one valid event: its problems, at this line of the
     *     source ({@code log.syntax}, {@code log.type}, {@code log.missing-field}, ...)
     * @throws IllegalArgumentException if {@code line} is less than 1 or the range is not in {@code text}
     */
    public Optional<Feedback> read(int line, byte[] text, int offset, int length, boolean lineBreak)
        throws FormatException {
      requireNonNull(text, "text");
      if (line < 1) {
        throw new IllegalArgumentException("a line is numbered from 1, not " + line);
      }
      if (offset < 0 || length < 0 || length > text.length - offset) {
        throw new IllegalArgumentException("bytes " + offset + " to " + ((long) offset + length)
            + " are not in an array of " + text.length);
      }
      if (!lineBreak) {
        Feedback tail = completeTail(text, offset, length, options);
        warnings.accept(tailWarning(tail != null, length, source, line));
        return Optional.ofNullable(tail);
      }
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text, offset, length)) {
        SyntaxReader syntax = JacksonSyntax.reader(p);
        if (next(syntax, source) == null) {
          return Optional.empty();
        }
        RecordReader<Feedback> reader = records == null
            ? RecordReader.over(RecordType.FEEDBACK, syntax, source, options, "log")
            : records.continueWith(syntax, source);
        records = reader;
        Feedback e = reader.read();
        if (next(syntax, source) != null) {
          throw secondValue(source, line, syntax.column());
        }
        for (Diagnostic w : reader.warnings()) {
          warnings.accept(at(w, line));
        }
        Diagnostic wrongDay = dayStart == Long.MIN_VALUE ? null : wrongDay(e, dayStart, source, line);
        if (wrongDay != null) {
          warnings.accept(wrongDay);
        }
        return Optional.of(e);
      } catch (FormatException e) {
        List<Diagnostic> located = new ArrayList<>(e.diagnostics().size());
        for (Diagnostic d : e.diagnostics()) {
          located.add(at(d, line));
        }
        throw new FormatException(located);
      } catch (IOException e) {
        // The bytes are in memory, so nothing is read from a device: report it as the line's problem.
        throw new FormatException(List.of(Diagnostic.builder().severity(Severity.ERROR).code("log.syntax")
            .message("unreadable line (" + e.getClass().getSimpleName() + ")").source(source)
            .line(line).column(1).build()));
      }
    }

    /** A diagnostic of a line parsed alone, moved to the line's place in the file. */
    private static Diagnostic at(Diagnostic d, int line) {
      return d.line().isPresent() && d.line().getAsInt() == line ? d : d.toBuilder().line(line).build();
    }
  }

  /** The longest last line without a line break that is tried as a whole event. */
  private static final long MAX_TAIL = 1 << 20;

  /**
   * The event a file's last line holds when the line lacks only its line break; null when it is torn
   * (not one whole, valid event and nothing else) or longer than a megabyte.
   */
  private static Feedback completeTail(FileChannel ch, long whole, long size, ReadOptions options)
      throws IOException {
    if (size - whole > MAX_TAIL) {
      return null;
    }
    ByteBuffer buf = ByteBuffer.allocate((int) (size - whole));
    while (buf.hasRemaining() && ch.read(buf, whole + buf.position()) >= 0) {
      // reads until full
    }
    return completeTail(buf.array(), 0, buf.position(), options);
  }

  /** {@link #completeTail(FileChannel, long, long, ReadOptions)} of a last line already read. */
  private static Feedback completeTail(byte[] text, int offset, int length, ReadOptions options) {
    if (length > MAX_TAIL) {
      return null;
    }
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text, offset, length)) {
      SyntaxReader syntax = JacksonSyntax.reader(p);
      if (syntax.next() != SyntaxReader.Event.START_RECORD) {
        return null;
      }
      Feedback e = RecordReader.over(RecordType.FEEDBACK, syntax, "tail", options, "log").read();
      return syntax.next() == null ? e : null;
    } catch (IOException | RuntimeException torn) {
      return null; // torn: cut short, or not an event
    }
  }

  /** The syntax's next event; its failure between events (a line that is not JSON) as a located error. */
  private static SyntaxReader.Event next(SyntaxReader syntax, String source) throws IOException {
    try {
      return syntax.next();
    } catch (SyntaxException e) {
      throw new FormatException(List.of(Diagnostic.builder().severity(Severity.ERROR)
          .code(e.isLimit() ? "log.limit" : "log.syntax").message(e.getMessage()).source(source)
          .line(Math.max(e.line(), 1)).column(Math.max(e.column(), 1)).build()));
    }
  }

  private static int lineCount(Path file, long upTo) throws IOException {
    int lines = 0;
    try (InputStream in = new BoundedInput(Files.newInputStream(file), upTo)) {
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return lines;
  }

  /**
   * Removes every event of a reviewer from the log. Each file that holds one is replaced atomically by
   * a copy without them (and without a torn last line), so a crash leaves each file as it was or
   * without the reviewer; running it again finishes the job.
   *
   * @param reviewer the reviewer's id
   * @return how many events were removed
   * @throws FormatException if a file is corrupt; the files before it are already rewritten
   * @throws IOException if reading or writing fails
   */
  public synchronized int erase(String reviewer) throws IOException {
    requireNonNull(reviewer, "reviewer");
    return locked(() -> eraseLocked(reviewer));
  }

  private int eraseLocked(String reviewer) throws IOException {
    int removed = 0;
    Ids shared = new Ids();
    for (LocalDate day : days()) {
      Path file = fileOf(day);
      List<Feedback> kept = new ArrayList<>();
      int[] gone = {0};
      List<Diagnostic> torn = new ArrayList<>();
      readFile(file, e -> {
        if (e.reviewer().equals(reviewer)) {
          gone[0]++;
        } else {
          kept.add(e);
        }
      }, torn, new HashSet<>(), shared);
      // A torn last line may name the reviewer too; the copy leaves it out, as the next append would.
      if (gone[0] > 0 || torn.stream().anyMatch(d -> d.code().equals("log.torn-line"))) {
        AtomicOutput.writeFile(file, out -> {
          for (Feedback e : kept) {
            out.write(line(e));
          }
        });
        removed += gone[0];
      }
    }
    ids = null; // an erased id may be appended again
    return removed;
  }

  /** What a read found: the events and the warnings. Immutable. */
  public static final class Reading {
    private final List<Feedback> events;
    private final List<Diagnostic> warnings;

    Reading(List<Feedback> events, List<Diagnostic> warnings) {
      this.events = List.copyOf(events);
      this.warnings = List.copyOf(warnings);
    }

    /**
     * Returns the events, in the order of their days and lines, each id once.
     *
     * @return the events
     */
    public List<Feedback> events() {
      return events;
    }

    /**
     * Returns the warnings: torn last lines, and unknown fields in lenient mode.
     *
     * @return the warnings
     */
    public List<Diagnostic> warnings() {
      return warnings;
    }
  }

  /** The first {@code limit} bytes of a stream. */
  private static final class BoundedInput extends InputStream {
    private final InputStream in;
    private long left;

    BoundedInput(InputStream in, long limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
