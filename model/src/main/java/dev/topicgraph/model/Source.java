package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A source a node cites: a title and, optionally, where and when it was published.
 *
 * <p>Create one with {@link #builder()} or {@link #of(String)}. Immutable and thread-safe.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1")
public abstract class Source {
  Source() {}

  /**
   * Returns the title of the source.
   *
   * @return single-line, non-empty text
   */
  public abstract String title();

  /**
   * Returns the address of the source, an absolute URI such as {@code https://example.org/report}.
   *
   * @return the address, if known
   */
  public abstract Optional<String> url();

  /**
   * Returns who published the source.
   *
   * @return single-line text, if known
   */
  public abstract Optional<String> publisher();

  /**
   * Returns when the source was published.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> published();

  /**
   * Creates a source with a title only.
   *
   * @param title single-line, non-empty text
   * @return the source
   */
  public static Source of(String title) {
    return builder().title(title).build();
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
   * Returns a builder that starts from this source's values.
   *
   * @return a builder holding a copy of this source
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.line("source.title", title());
    url().ifPresent(u -> {
      Checks.line("source.url", u);
      try {
        URI uri = new URI(u);
        if (!uri.isAbsolute()) {
          throw new InvalidValueException("source.url", u, "must be an absolute URI with a scheme");
        }
      } catch (URISyntaxException e) {
        throw new InvalidValueException("source.url", u, "is not a URI: " + e.getReason());
      }
    });
    publisher().ifPresent(p -> Checks.line("source.publisher", p));
  }

  /** Builds a {@link Source}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
