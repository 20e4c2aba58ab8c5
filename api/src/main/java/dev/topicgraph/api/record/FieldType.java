package dev.topicgraph.api.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The type of a record {@link Field}: what the syntax holds and what the model receives. The model
 * checks the values (the grammar of ids, slugs and tokens; what text may contain) when a record is
 * built, and the assembler reports what it refuses at the field.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FieldType {
  /** A string: single-line text, prose, a slug or a token, as the model's field requires. */
  STRING("a string"),
  /** A node or topic id, written as a string. */
  ID("a string"),
  /** A number that may have a fraction. */
  NUMBER("a number"),
  /** A whole number that fits an {@code int}. */
  INTEGER("a whole number"),
  /** {@code true} or {@code false}. */
  BOOLEAN("true or false"),
  /** A date, written as a string {@code YYYY-MM-DD}. */
  DATE("a string"),
  /** An instant, written as an ISO-8601 string in UTC such as {@code 2026-11-03T08:15:00Z}. */
  INSTANT("a string"),
  /** A topic status, written as a string: {@code proposed}, {@code accepted}, ... */
  STATUS("a string"),
  /** A list of strings. */
  STRING_LIST("an array of strings"),
  /** A list of ids. */
  ID_LIST("an array of node ids"),
  /** A list of nested records, each of the field's {@linkplain Field#element() element type}. */
  RECORD_LIST("an array"),
  /** A record of custom string values by key: a node's or topic's {@code extra}. */
  EXTRA("an object of strings");

  private final String expected;

  FieldType(String expected) {
    this.expected = expected;
  }

  /**
   * Returns how messages name what a field of this type expects.
   *
   * @return for example {@code "a whole number"}
   */
  public String expected() {
    return expected;
  }
}
