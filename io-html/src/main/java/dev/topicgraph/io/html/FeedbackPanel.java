package dev.topicgraph.io.html;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What the "Your feedback" part of a topic page shows: either the feedback form, which posts to an
 * endpoint, or a note that feedback needs a signed-in reader.
 *
 * <p>The form has a radio group {@value #INTEREST} with the values 1 to 5, a checkbox {@value
 * #OPT_IN} with the value {@code true}, a hidden field {@value #TOPIC} with the topic's id, and any
 * further hidden fields the caller gives (a CSRF token, for example). It posts as {@code
 * application/x-www-form-urlencoded}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FeedbackPanel {
  /** The name of the form field that holds the interest, 1 to 5. */
  public static final String INTEREST = "interest";
  /** The name of the checkbox that asks to be an interested reviewer; sent as {@code true} when ticked. */
  public static final String OPT_IN = "optIn";
  /** The name of the hidden field that holds the topic's id. */
  public static final String TOPIC = "topic";

  private final Optional<String> action;
  private final Map<String, String> hidden;
  private final Optional<String> signInHref;

  private FeedbackPanel(Optional<String> action, Map<String, String> hidden, Optional<String> signInHref) {
    this.action = action;
    this.hidden = hidden;
    this.signInHref = signInHref;
  }

  /**
   * Returns a panel that says feedback needs a signed-in reader, with no way to sign in: what a static
   * site without a feedback endpoint shows.
   *
   * @return the panel
   */
  public static FeedbackPanel signInRequired() {
    return new FeedbackPanel(Optional.empty(), Map.of(), Optional.empty());
  }

  /**
   * Returns a panel that says feedback needs a signed-in reader and links to where one signs in.
   *
   * @param href the sign-in page: an {@code http} or {@code https} URL, or a relative one
   * @return the panel
   * @throws IllegalArgumentException if {@code href} is not such a URL
   */
  public static FeedbackPanel signInRequired(String href) {
    return new FeedbackPanel(Optional.empty(), Map.of(), Optional.of(Links.require(href, "the sign-in link")));
  }

  /**
   * Returns a panel with the feedback form.
   *
   * @param action where the form posts: an {@code http} or {@code https} URL, or a relative one
   * @param hidden further hidden fields, name to value; none may be named {@value #INTEREST}, {@value
   *     #OPT_IN} or {@value #TOPIC}
   * @return the panel
   * @throws IllegalArgumentException if {@code action} is not such a URL, or a hidden field takes one
   *     of the form's own names
   */
  public static FeedbackPanel form(String action, Map<String, String> hidden) {
    requireNonNull(hidden, "hidden");
    TreeMap<String, String> fields = new TreeMap<>();
    hidden.forEach((k, v) -> {
      requireNonNull(k, "a hidden field's name");
      requireNonNull(v, "the value of the hidden field " + k);
      if (k.equals(INTEREST) || k.equals(OPT_IN) || k.equals(TOPIC) || k.isEmpty()) {
        throw new IllegalArgumentException("a hidden field cannot be named \"" + k + "\": the form uses "
            + INTEREST + ", " + OPT_IN + " and " + TOPIC + " itself");
      }
      fields.put(k, v);
    });
    return new FeedbackPanel(Optional.of(Links.require(action, "the form's action")), Collections.unmodifiableMap(fields),
        Optional.empty());
  }

  /**
   * Returns where the form posts.
   *
   * @return the URL, or empty if this panel shows no form
   */
  public Optional<String> action() {
    return action;
  }

  /**
   * Returns the form's further hidden fields.
   *
   * @return name to value, sorted by name; empty if this panel shows no form
   */
  public Map<String, String> hiddenFields() {
    return hidden;
  }

  /**
   * Returns the sign-in link of a panel without a form.
   *
   * @return the link, if any
   */
  public Optional<String> signInHref() {
    return signInHref;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeedbackPanel && ((FeedbackPanel) o).action.equals(action)
        && ((FeedbackPanel) o).hidden.equals(hidden) && ((FeedbackPanel) o).signInHref.equals(signInHref);
  }

  @Override
  public int hashCode() {
    return action.hashCode() * 31 * 31 + hidden.hashCode() * 31 + signInHref.hashCode();
  }

  @Override
  public String toString() {
    return action.map(a -> "FeedbackPanel{form to " + a + "}").orElse("FeedbackPanel{sign-in required}");
  }
}
