package dev.topicgraph.cli;

import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.ProviderProblem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ID", "NAME", "MEDIA TYPES", "EXTENSIONS", "CAPABILITIES"));
    for (FormatDescriptor d : Io.registry().formats()) {
      rows.add(List.of(d.id(), d.displayName(), orDash(String.join(", ", d.mediaTypes())),
          orDash(d.fileExtensions().stream().map(e -> "." + e).collect(Collectors.joining(", "))),
          orDash(d.capabilities().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted()
              .collect(Collectors.joining(", ")))));
    }
    // Each column as wide as its widest cell, two spaces between columns; the last is not padded.
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length()) + 2));
        }
      }
      out.println(line);
    }
    for (ProviderProblem p : Io.registry().problems()) {
      spec.commandLine().getErr().println("warning: skipped the format provider " + p);
    }
    return Main.OK;
  }

  private static String orDash(String cell) {
    return cell.isEmpty() ? "-" : cell;
  }
}
