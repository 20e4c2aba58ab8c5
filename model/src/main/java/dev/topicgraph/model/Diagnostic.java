package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One problem found in a graph or in a document: a stable {@linkplain #code() code}, a {@linkplain
 * #severity() severity}, a message that says what was expected, and where it was found.
 *
 * <p>The location has up to three parts, each optional: the {@linkplain #source() source} (a file
 * name or another name for the input), a 1-based {@linkplain #line() line} and {@linkplain #column()
 * column} in it, and a {@linkplain #path() path} inside the document: a JSON pointer such as {@code
 * /nodes/3/confidence}, or a logical path such as {@code relations[vendor.a enables vendor.b].to}.
 *
 * <p>{@link #toString()} prints {@code source:line:column: severity code: message}, the form
 * compilers use, which editors and terminals can link to. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract class Diagnostic {
  Diagnostic() {}

  /**
   * Returns the stable code of the problem, such as {@code graph.duplicate-node-id}.
   *
   * @return lower-case words joined by {@code -} and {@code .}
   */
  public abstract String code();

  /**
   * Returns how serious the problem is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns what is wrong and what was expected.
   *
   * @return single-line, non-empty text
   */
  public abstract String message();

  /**
   * Returns the name of the input the problem was found in, usually a file name.
   *
   * @return the source name, if known
   */
  public abstract Optional<String> source();

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line, if known
   */
  public abstract OptionalInt line();

  /**
   * Returns the 1-based column of the problem; only present with a {@link #line()}.
   *
   * @return the column, if known
   */
  public abstract OptionalInt column();

  /**
   * Returns where in the document the problem is: a JSON pointer or a logical path.
   *
   * @return the path, if known
   */
  public abstract Optional<String> path();

  /**
   * Returns whether this is an {@linkplain Severity#ERROR error}.
   *
   * @return {@code true} for an error
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this diagnostic's values.
   *
   * @return a builder holding a copy of this diagnostic
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    String code = code();
    boolean ok = !code.isEmpty();
    for (int i = 0; i < code.length() && ok; i++) {
      char c = code.charAt(i);
      ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
    }
    if (!ok) {
      throw new InvalidValueException("code", code, "must be lower-case words joined by '-' and '.'");
    }
    Checks.line("message", message());
    line().ifPresent(l -> {
      if (l < 1) {
        throw new InvalidValueException("line", Integer.toString(l), "must be 1 or more");
      }
    });
    column().ifPresent(c -> {
      if (c < 1) {
        throw new InvalidValueException("column", Integer.toString(c), "must be 1 or more");
      }
      if (line().isEmpty()) {
        throw new InvalidValueException("column", Integer.toString(c), "needs a line");
      }
    });
  }

  /**
   * Returns the diagnostic as {@code source:line:column: severity code: message}, leaving out the
   * parts of the location that are not known and adding {@code (at path)} when there is a path.
   *
   * @return one line of text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    source().ifPresent(sb::append);
    line().ifPresent(l -> sb.append(':').append(l));
    column().ifPresent(c -> sb.append(':').append(c));
    if (sb.length() > 0) {
      sb.append(": ");
    }
    sb.append(severity().label()).append(' ').append(code()).append(": ").append(message());
    path().ifPresent(p -> sb.append(" (at ").append(p).append(')'));
    return sb.toString();
  }

  /** Builds a {@link Diagnostic}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableDiagnostic.Builder {
    Builder() {}
  }
}
