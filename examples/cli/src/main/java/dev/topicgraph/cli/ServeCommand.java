package dev.topicgraph.cli;

import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topicgraph serve}: the site of a graph on localhost, with signed-in feedback into a log. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the HTML site of a graph, ranked now from its feedback log, and takes signed-in "
        + "feedback: each rating is appended to the log and re-ranks the backlog at once.",
        "Readers sign in with a reviewer token from 'topicgraph token'. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GRAPH", description = "The graph: a file, or a folder of Markdown pages.")
  private Path input;

  @Option(names = "--format", paramLabel = "ID", description = "The graph's format, if its name does not tell.")
  private String format;

  @Option(names = "--feedback", paramLabel = "DIR", required = true,
      description = "The feedback log folder; created if missing. New feedback is appended here.")
  private Path feedback;

  @Option(names = "--secret-file", paramLabel = "FILE", required = true,
      description = "The server secret that signs reviewer tokens; created with a random secret if missing.")
  private Path secretFile;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "10",
      description = "Feedback posts per reviewer per minute (default: ${DEFAULT-VALUE}). Failed sign-ins are "
          + "limited to 10 per address per minute.")
  private int rateLimit;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rateLimit < 1) {
      throw new Main.UsageError("--rate-limit must be 1 or more");
    }
    if (port < 0 || port > 65535) {
      throw new Main.UsageError("--port must be from 0 to 65535, not " + port);
    }
    Optional<SiteServer> server = open(input, format, feedback, secretFile, rateLimit, err);
    if (server.isEmpty()) {
      return Main.INVALID;
    }
    try (SiteServer s = server.get().start(host, port)) {
      out.println("Serving " + s.url() + " (Ctrl-C stops). Reviewer tokens: topicgraph token --secret-file "
          + secretFile + " --reviewer ID");
      if (!java.net.InetAddress.getByName(host).isLoopbackAddress()) {
        err.println("note: serving beyond this machine over plain HTTP; put a reverse proxy with TLS in front of it");
      }
      out.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    } catch (IOException e) {
      err.println(host + ":" + port + ": error serve.listen: " + Io.reason(e));
      return Main.INVALID;
    }
    return Main.OK;
  }

  /** Reads the graph and the log and makes a server, or prints why not. */
  static Optional<SiteServer> open(Path input, String format, Path feedback, Path secretFile, int rateLimit,
      PrintWriter err) throws IOException {
    FormatProvider f = Io.formatFor(input, format, "--format");
    Optional<ReadResult> read = Io.read(Io.inputPath(input, f, err), f, ReadOptions.defaults(), err);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    TopicGraph graph = read.get().graph();
    FeedbackLog log;
    try {
      log = FeedbackLog.open(feedback);
    } catch (IOException e) {
      err.println(feedback + ": error io.write: " + Io.reason(e));
      return Optional.empty();
    }
    Optional<List<Feedback>> events = Io.feedback(feedback, graph, ReadOptions.defaults(), err);
    if (events.isEmpty()) {
      return Optional.empty();
    }
    ReviewerTokens tokens;
    try {
      tokens = new ReviewerTokens(Secrets.readOrCreate(secretFile));
    } catch (IOException | IllegalArgumentException e) {
      err.println(secretFile + ": error serve.secret: " + (e instanceof IOException ? Io.reason((IOException) e)
          : e.getMessage()));
      return Optional.empty();
    }
    Secrets.warnIfOthersCanRead(secretFile, err);
    return Optional.of(new SiteServer(graph, events.get(), log, tokens, Clock.systemUTC(), rateLimit, err));
  }
}
