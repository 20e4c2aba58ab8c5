package dev.topicgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code topicgraph} command. */
@Command(name = "topicgraph", mixinStandardHelpOptions = true, version = "topicgraph 0.1.0-SNAPSHOT",
    description = "Reads, checks, converts and ranks topic graphs.",
    subcommands = {DemoCommand.class, FormatsCommand.class, ValidateCommand.class, ConvertCommand.class,
        RankCommand.class, RecommendCommand.class, ServeCommand.class, TokenCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid input; the problems are on standard error", "2:usage error"})
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input is not valid; diagnostics were printed. */
  public static final int INVALID = 1;
  /** Exit code: the command line is wrong. */
  public static final int USAGE = 2;

  @Spec
  private CommandSpec spec;

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line in this process.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 success, 1 invalid input, 2 usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setExitCodeExceptionMapper(e -> e instanceof UsageError || e instanceof CommandLine.ParameterException
        ? USAGE : INVALID);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UsageError) {
        commandLine.getErr().println("topicgraph: " + e.getMessage());
        return USAGE;
      }
      throw e;
    });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing command: choose one of demo, formats, validate, convert, rank, recommend, serve, token.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** A usage error found after parsing, such as a format that is not registered; exit code 2. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }
}
