package dev.topicgraph.cli;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topicgraph convert IN OUT}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Reads a graph in one format and writes it in another. The output is replaced atomically.")
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

  @Override
  public Integer call() {
    FormatProvider reader = Io.formatFor(in, from);
    FormatProvider writer = Io.formatFor(out, to);
    if (!writer.descriptor().can(Capability.WRITE)) {
      throw new Main.UsageError("the format " + writer.descriptor().id() + " cannot write");
    }
    Optional<TopicGraph> graph = Io.read(in, reader, ReadOptions.defaults(), spec.commandLine().getErr());
    if (graph.isEmpty()) {
      return Main.INVALID;
    }
    try {
      writer.writer().write(graph.get(), out);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(out + ": error write.unrepresentable: " + e.getMessage());
      return Main.INVALID;
    } catch (IOException e) {
      spec.commandLine().getErr().println(out + ": error io.write: " + e);
      return Main.INVALID;
    }
    spec.commandLine().getOut().printf("wrote %s (%s)%n", out, writer.descriptor().id());
    return Main.OK;
  }
}
