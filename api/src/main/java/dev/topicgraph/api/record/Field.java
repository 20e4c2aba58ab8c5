package dev.topicgraph.api.record;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * One field of a {@link RecordType}: its name, its {@link FieldType}, whether a record must state it,
 * how its value is read from a record and how it is set on the record's builder.
 *
 * <p>The getter returns {@code null} for a value that is not written (an absent optional, or a
 * default the format leaves out); empty lists and maps are not written either. A field that is not
 * stated leaves the builder's default. Immutable and thread-safe.
 *
 * @param <R> the record
 * @param <B> the record's builder
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Field<R, B> {
  private final String name;
  private final FieldType type;
  private final boolean required;
  private final boolean interned;
  private final RecordType<?, ?> element;
  private final TextRule text;
  private final double minimum;
  private final double maximum;
  private final Function<? super R, ?> get;
  private final BiConsumer<? super B, Object> set;

  private Field(String name, FieldType type, boolean required, boolean interned, RecordType<?, ?> element,
      Function<? super R, ?> get, BiConsumer<? super B, ?> set) {
    this(name, type, required, interned, element, defaultText(type), defaultMinimum(type), defaultMaximum(type), get,
        set);
  }

  @SuppressWarnings("unchecked")
  private Field(String name, FieldType type, boolean required, boolean interned, RecordType<?, ?> element,
      TextRule text, double minimum, double maximum, Function<? super R, ?> get, BiConsumer<? super B, ?> set) {
    this.name = requireNonNull(name, "name");
    this.type = type;
    this.required = required;
    this.interned = interned;
    this.element = element;
    this.text = text;
    this.minimum = minimum;
    this.maximum = maximum;
    this.get = requireNonNull(get, "get");
    this.set = (BiConsumer<? super B, Object>) requireNonNull(set, "set");
  }

  /**
   * Returns a string field.
   *
   * @param name the field's name
   * @param get the value of a record, {@code null} when it is not written
   * @param set sets the value on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field; see {@link #required()}
   */
  public static <R, B> Field<R, B> string(String name, Function<? super R, String> get,
      BiConsumer<? super B, String> set) {
    return new Field<>(name, FieldType.STRING, false, false, null, get, set);
  }

  /**
   * Returns a field holding a node or topic id.
   *
   * @param name the field's name
   * @param get the value of a record, {@code null} when it is not written
   * @param set sets the value on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> id(String name, Function<? super R, NodeId> get,
      BiConsumer<? super B, NodeId> set) {
    return new Field<>(name, FieldType.ID, false, false, null, get, set);
  }

  /**
   * Returns a number field.
   *
   * @param name the field's name
   * @param get the value of a record, {@code null} when it is not written
   * @param set sets the value on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> number(String name, Function<? super R, Double> get,
      BiConsumer<? super B, Double> set) {
    return new Field<>(name, FieldType.NUMBER, false, false, null, get, set);
  }

  /**
   * Returns a whole-number field.
   *
   * @param name the field's name
   * @param get the value of a record, {@code null} when it is not written
   * @param set sets the value on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> integer(String name, Function<? super R, Integer> get,
      BiConsumer<? super B, Integer> set) {
    return new Field<>(name, FieldType.INTEGER, false, false, null, get, set);
  }

  /**
   * Returns a boolean field.
   *
   * @param name the field's name
   * @param get the value of a record, {@code null} when it is not written
   * @param set sets the value on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> bool(String name, Function<? super R, Boolean> get,
      BiConsumer<? super B, Boolean> set) {
    return new Field<>(name, FieldType.BOOLEAN, false, false, null, get, set);
  }

  /**
   * Returns a date field.
   *
   * @param name the field's name
   * @param get the value of a record, {@code null} when it is not written
   * @param set sets the value on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> date(String name, Function<? super R, LocalDate> get,
      BiConsumer<? super B, LocalDate> set) {
    return new Field<>(name, FieldType.DATE, false, false, null, get, set);
  }

  /**
   * Returns an instant field.
   *
   * @param name the field's name
   * @param get the value of a record, {@code null} when it is not written
   * @param set sets the value on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> instant(String name, Function<? super R, Instant> get,
      BiConsumer<? super B, Instant> set) {
    return new Field<>(name, FieldType.INSTANT, false, false, null, get, set);
  }

  /**
   * Returns a topic-status field.
   *
   * @param name the field's name
   * @param get the value of a record, {@code null} when it is not written
   * @param set sets the value on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> status(String name, Function<? super R, TopicStatus> get,
      BiConsumer<? super B, TopicStatus> set) {
    return new Field<>(name, FieldType.STATUS, false, false, null, get, set);
  }

  /**
   * Returns a field holding a list of strings.
   *
   * @param name the field's name
   * @param get the values of a record; not written when empty
   * @param set sets the values on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> strings(String name, Function<? super R, List<String>> get,
      BiConsumer<? super B, List<String>> set) {
    return new Field<>(name, FieldType.STRING_LIST, false, false, null, get, set);
  }

  /**
   * Returns a field holding a list of ids.
   *
   * @param name the field's name
   * @param get the values of a record; not written when empty
   * @param set sets the values on a builder
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> ids(String name, Function<? super R, List<NodeId>> get,
      BiConsumer<? super B, List<NodeId>> set) {
    return new Field<>(name, FieldType.ID_LIST, false, false, null, get, set);
  }

  /**
   * Returns a field holding a list of nested records.
   *
   * @param name the field's name
   * @param element the type of each record
   * @param get the values of a record; not written when empty
   * @param set sets the values on a builder
   * @param <R> the record
   * @param <B> the builder
   * @param <E> the nested record
   * @return an optional field
   */
  public static <R, B, E> Field<R, B> records(String name, RecordType<E, ?> element,
      Function<? super R, List<E>> get, BiConsumer<? super B, List<E>> set) {
    return new Field<>(name, FieldType.RECORD_LIST, false, false, requireNonNull(element, "element"), get, set);
  }

  /**
   * Returns the field of custom values. In lenient mode, an unknown field of the record that holds a
   * string, number or boolean is kept here as text, under its own name.
   *
   * @param name the field's name, such as {@code extra}
   * @param get the values of a record; not written when empty, written in key order
   * @param set sets the values on a builder, once per record
   * @param <R> the record
   * @param <B> the builder
   * @return an optional field
   */
  public static <R, B> Field<R, B> extra(String name, Function<? super R, Map<String, String>> get,
      BiConsumer<? super B, Map<String, String>> set) {
    return new Field<>(name, FieldType.EXTRA, false, false, null, get, set);
  }

  /**
   * Returns this field, required: a record that does not state it is an error.
   *
   * @return a copy of the field
   */
  public Field<R, B> required() {
    return new Field<>(name, type, true, interned, element, text, minimum, maximum, get, set);
  }

  /**
   * Returns this string or string-list field with the given rule for its text. A field made by {@link
   * #string} or {@link #strings} holds {@link TextRule#LINE} text until told otherwise. The rule
   * describes what the model accepts; the model checks it when the record is built, and the binding
   * reports a value it refuses at the field.
   *
   * @param rule the rule
   * @return a copy of the field
   * @throws IllegalStateException if the field holds neither a string nor a list of strings
   */
  public Field<R, B> text(TextRule rule) {
    requireNonNull(rule, "rule");
    if (type != FieldType.STRING && type != FieldType.STRING_LIST) {
      throw new IllegalStateException("only string fields have a text rule, and " + name + " holds " + type);
    }
    return new Field<>(name, type, required, interned, element, rule, minimum, maximum, get, set);
  }

  /**
   * Returns this number or whole-number field with the range of values the model accepts, both ends
   * included. Like {@link #text(TextRule)}, the range describes the model's check for formats,
   * documentation and generators; the model makes the check.
   *
   * @param minimum the least value accepted
   * @param maximum the greatest value accepted
   * @return a copy of the field
   * @throws IllegalStateException if the field holds no number
   * @throws IllegalArgumentException if {@code minimum > maximum} or either is not a number
   */
  public Field<R, B> range(double minimum, double maximum) {
    if (type != FieldType.NUMBER && type != FieldType.INTEGER) {
      throw new IllegalStateException("only number fields have a range, and " + name + " holds " + type);
    }
    if (!(minimum <= maximum)) {
      throw new IllegalArgumentException("range " + minimum + ".." + maximum + " of " + name + " is empty");
    }
    return new Field<>(name, type, required, interned, element, text, minimum, maximum, get, set);
  }

  /**
   * Returns this string field, with equal values read as one instance: for values that repeat across
   * many records, such as a reviewer's id.
   *
   * @return a copy of the field
   */
  public Field<R, B> interned() {
    if (type != FieldType.STRING) {
      throw new IllegalStateException("only string fields are interned, and " + name + " holds " + type);
    }
    return new Field<>(name, type, required, true, element, text, minimum, maximum, get, set);
  }

  /**
   * Returns the name of the field.
   *
   * @return the name, as the syntax states it
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type of the field.
   *
   * @return the type
   */
  public FieldType type() {
    return type;
  }

  /**
   * Returns whether a record must state the field.
   *
   * @return {@code true} if required
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns the type of the records a {@link FieldType#RECORD_LIST} field holds.
   *
   * @return the element type; empty for other fields
   */
  public Optional<RecordType<?, ?>> element() {
    return Optional.ofNullable(element);
  }

  /**
   * Returns the rule for the text of a string or string-list field.
   *
   * @return the rule; empty for fields of other types
   */
  public Optional<TextRule> text() {
    return Optional.ofNullable(text);
  }

  /**
   * Returns the least value a number field accepts.
   *
   * @return the least value; {@code Integer.MIN_VALUE} for a whole-number field and negative infinity
   *     for a number field without a {@linkplain #range range}, and {@code NaN} for other fields
   */
  public double minimum() {
    return minimum;
  }

  /**
   * Returns the greatest value a number field accepts.
   *
   * @return the greatest value; {@code Integer.MAX_VALUE} for a whole-number field and positive
   *     infinity for a number field without a {@linkplain #range range}, and {@code NaN} for other
   *     fields
   */
  public double maximum() {
    return maximum;
  }

  private static TextRule defaultText(FieldType type) {
    return type == FieldType.STRING || type == FieldType.STRING_LIST ? TextRule.LINE : null;
  }

  private static double defaultMinimum(FieldType type) {
    return type == FieldType.INTEGER ? Integer.MIN_VALUE : type == FieldType.NUMBER ? Double.NEGATIVE_INFINITY
        : Double.NaN;
  }

  private static double defaultMaximum(FieldType type) {
    return type == FieldType.INTEGER ? Integer.MAX_VALUE : type == FieldType.NUMBER ? Double.POSITIVE_INFINITY
        : Double.NaN;
  }

  boolean isInterned() {
    return interned;
  }

  Object get(R record) {
    return get.apply(record);
  }

  void set(B builder, Object value) {
    set.accept(builder, value);
  }

  @Override
  public String toString() {
    return name + ": " + type + (required ? " (required)" : "");
  }
}
