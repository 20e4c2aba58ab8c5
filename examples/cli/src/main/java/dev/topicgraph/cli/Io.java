package dev.topicgraph.cli;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.UnsupportedFormatException;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finding formats for paths, and reading with diagnostics printed. */
final class Io {
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

  /**
   * The format named, or else the one a path implies: a directory, or a name without an extension,
   * means the directory format; otherwise the file's extension decides.
   */
  static FormatProvider formatFor(Path path, String explicitId) {
    try {
      if (explicitId != null) {
        return registry().require(explicitId);
      }
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      if (Files.isDirectory(path) || !name.contains(".")) {
        List<FormatProvider> dirs = registry().providers().stream()
            .filter(p -> p.descriptor().can(Capability.DIRECTORY)).collect(Collectors.toList());
        if (dirs.size() == 1) {
          return dirs.get(0);
        }
        throw new Main.UsageError("cannot tell the format of " + path + "; name it with --format");
      }
      return registry().requireForFileName(name);
    } catch (UnsupportedFormatException e) {
      throw new Main.UsageError(e.getMessage());
    }
  }

  /** Reads a graph, printing every problem to {@code err}; empty if the input is not valid. */
  static Optional<TopicGraph> read(Path path, FormatProvider format, ReadOptions options, PrintWriter err) {
    if (!format.descriptor().can(Capability.READ)) {
      throw new Main.UsageError("the format " + format.descriptor().id() + " cannot read");
    }
    try {
      return Optional.of(format.reader(options).read(path));
    } catch (FormatException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d);
      }
      return Optional.empty();
    } catch (NoSuchFileException e) {
      err.println(path + ": error io.not-found: no such file or directory");
      return Optional.empty();
    } catch (IOException e) {
      err.println(path + ": error io.read: " + e.getMessage());
      return Optional.empty();
    }
  }
}
