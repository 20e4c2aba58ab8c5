package dev.topicgraph.api.format;

import org.apiguardian.api.API;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * A provider that could not be loaded, and why. The registry skips such providers and keeps the
 * others working; {@link FormatRegistry#problems()} lists them. Immutable.
 */
@API(status = STABLE, since = "0.1")
public final class ProviderProblem {
  private final String providerName;
  private final String message;
  private final Throwable cause;

  ProviderProblem(String providerName, String message, Throwable cause) {
    this.providerName = requireNonNull(providerName, "providerName");
    this.message = requireNonNull(message, "message");
    this.cause = cause;
  }

  /**
   * Returns the class name of the provider, or a description of the service entry when the class
   * itself could not be named.
   *
   * @return the provider's name
   */
  public String providerName() {
    return providerName;
  }

  /**
   * Returns what went wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns the error or exception thrown while loading the provider.
   *
   * @return the cause, if something was thrown
   */
  public java.util.Optional<Throwable> cause() {
    return java.util.Optional.ofNullable(cause);
  }

  @Override
  public String toString() {
    return providerName + ": " + message;
  }
}
