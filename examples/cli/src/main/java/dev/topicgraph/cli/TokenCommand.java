package dev.topicgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code topicgraph token}: a reviewer token for {@code serve}, signed with the server secret. */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Prints a reviewer token that signs a reader in to 'topicgraph serve' as the given reviewer.")
final class TokenCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--secret-file", paramLabel = "FILE", required = true,
      description = "The server secret (as given to serve); created with a random secret if missing.")
  private Path secretFile;

  @Option(names = "--reviewer", paramLabel = "ID", required = true, description = "The reviewer's id.")
  private String reviewer;

  @Option(names = "--days", paramLabel = "N", defaultValue = "30",
      description = "How long the token is valid, 1 to 3650 days (default: ${DEFAULT-VALUE}).")
  private int days;

  @Override
  public Integer call() {
    if (days < 1 || days > 3650) {
      throw new Main.UsageError("--days must be from 1 to 3650");
    }
    if (!ReviewerTokens.isReviewerId(reviewer)) {
      throw new Main.UsageError("--reviewer \"" + reviewer + "\" is not a reviewer id: 1 to 128 of A-Z, a-z, 0-9 "
          + "and . _ : @ - (the feedback log's rule)");
    }
    byte[] secret;
    try {
      secret = Secrets.readOrCreate(secretFile);
    } catch (IOException e) {
      spec.commandLine().getErr().println(secretFile + ": error serve.secret: " + Io.reason(e));
      return Main.INVALID;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(secretFile + ": error serve.secret: " + e.getMessage());
      return Main.INVALID;
    }
    Secrets.warnIfOthersCanRead(secretFile, spec.commandLine().getErr());
    spec.commandLine().getOut().println(new ReviewerTokens(secret).issue(reviewer,
        Instant.now().plus(Duration.ofDays(days))));
    return Main.OK;
  }
}
