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
  private final Function<? super R, ?> get;
  private final BiConsumer<? super B, Object> set;

  @SuppressWarnings("unchecked")
  private Field(String name, FieldType type, boolean required, boolean interned, RecordType<?, ?> element,
      Function<? super R, ?> get, BiConsumer<? super B, ?> set) {
    this.name = requireNonNull(name, "name");
    this.type = type;
    this.required = required;
    this.interned = interned;
    this.element = element;
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
    return new Field<>(name, type, true, interned, element, get, set);
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
    return new Field<>(name, type, required, true, element, get, set);
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
