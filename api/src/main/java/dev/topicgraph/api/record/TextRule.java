package dev.topicgraph.api.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What the text of a {@link FieldType#STRING} or {@link FieldType#STRING_LIST} field may hold, as the
 * model checks it. A format uses it to choose how to write a value (a line-based syntax must quote
 * or escape prose, which may hold line breaks; a slug never needs quoting); generators use it to make
 * values the model accepts.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TextRule {
  /**
   * Single-line text: not empty, no line break, tab or control character, no white space at either
   * end. A title, a tag, a rationale.
   */
  LINE,
  /**
   * Prose: any number of lines and paragraphs, no control character but line breaks and tabs, no white
   * space at either end. A summary, an angle, a comment.
   */
  PROSE,
  /**
   * A slug: lower-case letters and digits in words joined by single hyphens, at most 64 characters. A
   * lens, a channel, a category, a relation type.
   */
  SLUG,
  /**
   * A token: 1 to 128 ASCII letters, digits and {@code . _ : @ -}. A feedback id, a reviewer id.
   */
  TOKEN,
  /** An absolute {@code http} or {@code https} URL on one line. */
  URL
}
