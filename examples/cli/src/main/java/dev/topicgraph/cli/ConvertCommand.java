package dev.topicgraph.cli;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topicgraph convert IN OUT}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Reads a graph in one format and writes it in another. The output is replaced atomically.",
        "OUT's folder must exist: convert creates OUT itself, never the folders above it. The Markdown format"
            + " writes a directory of pages, so name OUT as a folder (pages, not pages.md)."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The input file or directory.")
  private Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The output file or directory.")
  private Path out;

  @Option(names = "--from", paramLabel = "ID", description = "The input format; by default from IN's name.")
  private String from;

  @Option(names = "--to", paramLabel = "ID", description = "The output format; by default from OUT's name.")
  private String to;

  @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A write option of the output format; "
      + "repeatable. Markdown pages show feedback as counts; feedback=events writes every event, with reader ids "
      + "and comments, so that the pages read back as the same graph.")
  private Map<String, String> options = Map.of();

  @Override
  public Integer call() {
    FormatProvider reader = Io.formatFor(in, from, "--from");
    FormatProvider writer = Io.formatFor(out, to, "--to");
    if (!writer.descriptor().can(Capability.WRITE)) {
      throw new Main.UsageError("the format " + writer.descriptor().id() + " cannot write");
    }
    GraphWriter output;
    try {
      output = writer.writer(WriteOptions.builder().putAllFormatOptions(options).build());
    } catch (IllegalArgumentException e) {
      throw new Main.UsageError(e.getMessage());
    }
    checkOutput(writer);
    Path input = Io.inputPath(in, reader, spec.commandLine().getErr());
    Optional<TopicGraph> graph = Io.read(input, reader, ReadOptions.defaults(), spec.commandLine().getErr())
        .map(ReadResult::graph);
    if (graph.isEmpty()) {
      return Main.INVALID;
    }
    try {
      output.write(graph.get(), out);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(out + ": error write.unrepresentable: " + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      spec.commandLine().getErr().println(out + ": error io.write: " + Io.reason(e));
      return Main.INVALID;
    }
    spec.commandLine().getOut().printf("wrote %s (%s)%n", out, writer.descriptor().id());
    return Main.OK;
  }

  /**
   * Refuses, before reading anything, an output that would surprise: a file name such as {@code
   * out.md} for a format that writes a directory (unless {@code --to} names the format), and an
   * output whose folder does not exist.
   */
  private void checkOutput(FormatProvider writer) {
    String name = out.getFileName() == null ? "" : out.getFileName().toString();
    if (to == null && writer.descriptor().can(Capability.DIRECTORY) && name.contains(".")
        && !Files.isDirectory(out)) {
      String folder = name.substring(0, name.lastIndexOf('.'));
      Path suggestion = out.resolveSibling(folder.isEmpty() ? "pages" : folder);
      throw new Main.UsageError("the " + writer.descriptor().id() + " format writes a directory of pages, not one"
          + " file, so " + out + " would be a directory; name the output as a folder, such as " + suggestion
          + " (or pass --to " + writer.descriptor().id() + " to keep the name)");
    }
    Path parent = out.toAbsolutePath().normalize().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new Main.UsageError("the folder " + out.getParent() + " does not exist; create it first (convert"
          + " writes " + out + " itself, never the folders above it)");
    }
  }
}
