package dev.topicgraph.cli;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.ValidationMode;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finding formats for paths, reading with diagnostics printed, and saying why I/O failed. */
final class Io {
  /** The page a Markdown graph starts at; it lists the graph, but is not a node or topic page. */
  static final String MARKDOWN_INDEX = "index.md";

  private Io() {}

  private static volatile FormatRegistry registry;

  static FormatRegistry registry() {
    FormatRegistry r = registry;
    if (r == null) {
      r = FormatRegistry.load();
      registry = r;
    }
    return r;
  }

  /** The ids of every registered format, sorted: {@code json, markdown, ...}. */
  static String formatIds() {
    return registry().formats().stream().map(FormatDescriptor::id).sorted().collect(Collectors.joining(", "));
  }

  /**
   * The format named, or else the one a path implies: a directory, or a name without an extension,
   * means the directory format; otherwise the file's extension decides. {@code option} is the
   * command's option that names a format, such as {@code --format}, for the error message.
   */
  static FormatProvider formatFor(Path path, String explicitId, String option) {
    if (explicitId != null) {
      return registry().byId(explicitId).orElseThrow(() -> new Main.UsageError(
          "no format has the id '" + explicitId + "'; formats: " + formatIds()));
    }
    return registry().byPath(path).orElseThrow(() -> new Main.UsageError("cannot tell the format of " + path
        + " from its name; pass " + option + " ID, one of: " + formatIds()));
  }

  /**
   * The path to read: {@code path} itself, or for the index page of a Markdown graph, the directory it
   * sits in (the index lists the graph's pages but is not one of them), with a note on {@code err}.
   */
  static Path inputPath(Path path, FormatProvider format, PrintWriter err) {
    Path name = path.getFileName();
    Path parent = path.toAbsolutePath().getParent();
    if (format.descriptor().can(Capability.DIRECTORY) && name != null && name.toString().equals(MARKDOWN_INDEX)
        && Files.isRegularFile(path) && parent != null) {
      Path dir = path.getParent() == null ? Path.of(".") : path.getParent();
      err.println("note: " + path + " is the index of a Markdown graph, not a page of it; reading the directory "
          + dir + " it sits in");
      return dir;
    }
    return path;
  }

  /**
   * Reads a graph with the warnings of its read, printing every problem to {@code err} if it is not
   * valid; empty then.
   */
  static Optional<ReadResult> read(Path path, FormatProvider format, ReadOptions options, PrintWriter err) {
    if (!format.descriptor().can(Capability.READ)) {
      throw new Main.UsageError("the format " + format.descriptor().id() + " cannot read");
    }
    try {
      return Optional.of(format.reader(options).readWithWarnings(path));
    } catch (FormatException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d);
      }
      return Optional.empty();
    } catch (NoSuchFileException e) {
      err.println(path + ": error io.not-found: no such file or directory");
      return Optional.empty();
    } catch (IOException e) {
      err.println(path + ": error io.read: " + reason(e));
      return Optional.empty();
    }
  }

  /**
   * Reads a feedback log folder, printing its warnings to {@code err}, and its problems if it is not
   * valid (empty then). An event on a topic the graph lacks is a warning, or an error in strict mode.
   *
   * @return the log's events with the graph's own feedback before them
   */
  static Optional<List<Feedback>> feedback(Path dir, TopicGraph graph, ReadOptions options, PrintWriter err) {
    if (!Files.isDirectory(dir)) {
      err.println(dir + ": error log.not-a-folder: --feedback takes the folder of a feedback log (one "
          + "YYYY-MM-DD.jsonl file per day)");
      return Optional.empty();
    }
    FeedbackLog.Reading log;
    try {
      log = FeedbackLog.open(dir, FeedbackLog.Sync.NONE, options).readAll();
    } catch (FormatException e) {
      e.diagnostics().forEach(err::println);
      return Optional.empty();
    } catch (IOException e) {
      err.println(dir + ": error io.read: " + reason(e));
      return Optional.empty();
    }
    log.warnings().forEach(err::println);
    boolean strict = options.mode() == ValidationMode.STRICT;
    boolean errors = false;
    for (Feedback f : log.events()) {
      if (graph.topic(f.topic()).isEmpty()) {
        errors |= strict;
        err.println(dir + ": " + (strict ? "error" : "warning") + " log.unknown-topic: event " + f.id() + " rates "
            + f.topic() + ", which is not a topic of the graph");
      }
    }
    if (errors) {
      return Optional.empty();
    }
    // As in the log itself, an event id seen before is a no-op: the graph's event counts.
    List<Feedback> all = new ArrayList<>(graph.feedback());
    for (Feedback f : log.events()) {
      Optional<Feedback> known = graph.feedback(f.id());
      if (known.isEmpty()) {
        all.add(f);
      } else if (!known.get().equals(f)) {
        err.println(dir + ": warning log.duplicate-id: event " + f.id() + " is in the graph too, with other "
            + "content; the graph's counts");
      }
    }
    return Optional.of(all);
  }

  /**
   * Says why an I/O operation failed, in words rather than an exception's class name: {@code
   * permission denied: /out}, {@code disk full: /out/.x.tmp}, {@code directory not empty: ...}.
   */
  static String reason(IOException e) {
    String what;
    String file = null;
    String detail = null;
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      file = f.getFile();
      detail = f.getReason();
      if (f.getOtherFile() != null) {
        file = file + " -> " + f.getOtherFile();
      }
    }
    String text = detail != null ? detail : e.getMessage();
    if (text != null && text.toLowerCase(Locale.ROOT).contains("no space left")) {
      what = "disk full";
      detail = null;
    } else if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      what = "no such file or directory";
    } else if (e instanceof DirectoryNotEmptyException) {
      what = "directory not empty";
    } else if (e instanceof FileAlreadyExistsException) {
      what = "already exists";
    } else if (e instanceof NotDirectoryException) {
      what = "not a directory";
    } else if (e instanceof FileSystemException) {
      what = detail != null ? detail : "file system error";
      detail = null;
    } else {
      return e.getMessage() == null || e.getMessage().isBlank()
          ? "input/output error (" + e.getClass().getSimpleName() + ")" : e.getMessage();
    }
    StringBuilder sb = new StringBuilder(what);
    if (file != null) {
      sb.append(": ").append(file);
    }
    if (detail != null && !detail.equalsIgnoreCase(what)) {
      sb.append(" (").append(detail).append(')');
    }
    return sb.toString();
  }
}
