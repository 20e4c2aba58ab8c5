package dev.topicgraph.cli;

import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topicgraph validate PATH}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Reads a graph and reports every problem as file:line:column: severity code: message;"
        + " exit code 1 if there are errors."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = {"A file, or a directory of Markdown pages.",
      "Given a Markdown graph's index.md, reads the directory it sits in: the index lists the pages but is not"
          + " one of them."})
  private Path path;

  @Option(names = "--format", paramLabel = "ID", description = "The format; by default from the file name.")
  private String format;

  @Option(names = "--strict", description = "Unknown fields and references that lead nowhere are errors.")
  private boolean strict;

  @Option(names = "--feedback", paramLabel = "DIR", description = "Also check a feedback log folder: every line "
      + "an event, every event on a topic of the graph.")
  private Path feedback;

  @Override
  public Integer call() {
    FormatProvider provider = Io.formatFor(path, format, "--format");
    Path input = Io.inputPath(path, provider, spec.commandLine().getErr());
    ReadOptions options = strict ? ReadOptions.strict() : ReadOptions.defaults();
    Optional<ReadResult> read = Io.read(input, provider, options, spec.commandLine().getErr());
    if (read.isEmpty()) {
      return Main.INVALID;
    }
    List<Diagnostic> warnings = read.get().warnings();
    for (Diagnostic d : warnings) {
      spec.commandLine().getErr().println(d);
    }
    TopicGraph g = read.get().graph();
    spec.commandLine().getOut().printf("%s: valid %s graph: %d nodes, %d relations, %d topics, %d feedback events"
        + (warnings.isEmpty() ? "%n" : ", %d warnings%n"), input, provider.descriptor().id(), g.nodes().size(),
        g.relations().size(), g.topics().size(), g.feedback().size(), warnings.size());
    if (feedback != null) {
      Optional<List<Feedback>> events = Io.feedback(feedback, g, options, spec.commandLine().getErr());
      if (events.isEmpty()) {
        return Main.INVALID;
      }
      spec.commandLine().getOut().printf("%s: valid feedback log: %d events%n", feedback,
          events.get().size() - g.feedback().size());
    }
    return Main.OK;
  }
}
