package dev.topicgraph.testkit;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.InvalidValueException;
import org.apiguardian.api.API;

/**
 * One field of one record set to a value the model refuses, such as a node's {@code confidence} of
 * {@code 1.5} or a feedback {@code interest} of {@code 0}: what a reader must turn into a located
 * diagnostic when a document holds it. Made by {@link Generators#invalidFields()}.
 *
 * <p>{@link #attempt()} builds the record with the value and returns the {@link
 * InvalidValueException} the model throws, so a test can check that the model refuses every value a
 * generator calls invalid, and that the exception names the field a reader would report.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InvalidField {
  private final String record;
  private final String field;
  private final String value;
  private final Runnable build;

  InvalidField(String record, String field, String value, Runnable build) {
    this.record = requireNonNull(record, "record");
    this.field = requireNonNull(field, "field");
    this.value = requireNonNull(value, "value");
    this.build = requireNonNull(build, "build");
  }

  /**
   * Returns the kind of record that holds the field.
   *
   * @return {@code node}, {@code vendor}, {@code section}, {@code source}, {@code relation}, {@code
   *     topic}, {@code tradeoff} or {@code feedback}
   */
  public String record() {
    return record;
  }

  /**
   * Returns the field, named as {@link InvalidValueException#field()} names it.
   *
   * @return the field name, such as {@code confidence}, {@code interest} or {@code source.url}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the refused value as text, as a document would hold it.
   *
   * @return the value, such as {@code 1.5}, {@code NaN} or an empty string
   */
  public String value() {
    return value;
  }

  /**
   * Builds the record with the invalid value and returns what the model throws.
   *
   * @return the exception the model throws
   * @throws IllegalStateException if the model builds the record: the value was not invalid after all
   */
  public InvalidValueException attempt() {
    try {
      build.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new IllegalStateException("the model accepted " + this);
  }

  /**
   * Returns a description such as {@code node.confidence = "1.5"}.
   *
   * @return the record, the field and the value
   */
  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder();
    value.codePoints().limit(60).forEach(c -> {
      if (c < 0x20 || c == 0x7f || Character.isSurrogate((char) c)) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return record + "." + field + " = \"" + shown + (value.length() > 60 ? "..." : "") + "\"";
  }
}
