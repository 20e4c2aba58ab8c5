package dev.topicgraph.model;

import static org.apiguardian.api.API.Status.STABLE;

import dev.topicgraph.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A titled block of Markdown prose in a node, such as "Distinguishing signal".
 *
 * <p>The {@linkplain #heading() heading} is single-line text; the {@linkplain #body() body} is
 * prose in Markdown and may be empty. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@API(status = STABLE, since = "0.1")
public abstract class Section {
  Section() {}

  /**
   * Returns the heading of the section.
   *
   * @return single-line, non-empty text
   */
  @Value.Parameter
  public abstract String heading();

  /**
   * Returns the Markdown body of the section.
   *
   * @return prose, possibly empty
   */
  @Value.Parameter
  public abstract String body();

  /**
   * Creates a section.
   *
   * @param heading single-line, non-empty text
   * @param body Markdown prose, possibly empty
   * @return the section
   * @throws InvalidValueException if either breaks the text rules of this package
   */
  public static Section of(String heading, String body) {
    return ImmutableSection.of(heading, body);
  }

  @Value.Check
  void check() {
    Checks.line("heading", heading());
    Checks.prose("body", body());
  }
}
