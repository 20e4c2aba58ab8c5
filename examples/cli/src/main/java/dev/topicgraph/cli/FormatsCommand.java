package dev.topicgraph.cli;

import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.ProviderProblem;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code topicgraph formats}: the formats found on the class path. */
@Command(name = "formats", mixinStandardHelpOptions = true,
    description = "Lists every format found through ServiceLoader: id, media types, extensions, capabilities.")
final class FormatsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-10s %-34s %-32s %-12s %s%n", "ID", "NAME", "MEDIA TYPES", "EXTENSIONS", "CAPABILITIES");
    for (FormatDescriptor d : Io.registry().formats()) {
      out.printf("%-10s %-34s %-32s %-12s %s%n", d.id(), d.displayName(), String.join(", ", d.mediaTypes()),
          d.fileExtensions().stream().map(e -> "." + e).collect(Collectors.joining(", ")),
          d.capabilities().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted()
              .collect(Collectors.joining(", ")));
    }
    for (ProviderProblem p : Io.registry().problems()) {
      spec.commandLine().getErr().println("warning: skipped the format provider " + p);
    }
    return Main.OK;
  }
}
