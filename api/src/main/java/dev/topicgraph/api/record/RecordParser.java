package dev.topicgraph.api.record;

import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.api.record.SyntaxReader.Event;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicStatus;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads records from a {@link SyntaxReader} by their {@link RecordType}, reporting every problem with
 * its line, column and pointer. Used once, by one thread.
 */
final class RecordParser {
  /** Thrown to stop reading once the collector is full. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Where the fields of one record stood: one per nesting depth, reused by every record there. */
  static final class Seen {
    long present;
    long[] positions = new long[16];
    /** The value read for each field, by index; null where it was absent or refused. */
    Object[] values = new Object[16];
    int used;
    long start;
    String startPointer;
    Set<String> unknown;
    /** The positions of the elements of the record's id lists, by field index; null until one is read. */
    long[][] elements;
    int[] elementCounts;

    void reset(long start) {
      present = 0;
      Arrays.fill(values, 0, used, null);
      used = 0;
      this.start = start;
      this.startPointer = null;
      unknown = null;
      if (elementCounts != null) {
        Arrays.fill(elementCounts, 0);
      }
    }

    boolean has(int index) {
      return index >= 0 && (present & (1L << index)) != 0;
    }

    void addElement(int field, long position) {
      if (elements == null) {
        elements = new long[64][];
        elementCounts = new int[64];
      }
      long[] at = elements[field];
      int n = elementCounts[field];
      if (at == null || n == at.length) {
        elements[field] = at = at == null ? new long[8] : Arrays.copyOf(at, n * 2);
      }
      at[n] = position;
      elementCounts[field] = n + 1;
    }

    Object value(int field) {
      return field < used ? values[field] : null;
    }

    long element(int field, int i) {
      return elements[field][i];
    }
  }

  private final SyntaxReader in;
  private final DiagnosticCollector c;
  private final boolean strict;
  final Codes codes;

  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  private Seen[] pool = new Seen[8];

  /** One instance per distinct id and interned string, shared by every record that names it. */
  private final Map<String, NodeId> ids;
  private final Map<String, String> strings;

  RecordParser(SyntaxReader in, DiagnosticCollector c, boolean strict, Codes codes) {
    this(in, c, strict, codes, null);
  }

  /** A parser that shares the ids and interned strings of another, or has its own if {@code shared} is null. */
  RecordParser(SyntaxReader in, DiagnosticCollector c, boolean strict, Codes codes, RecordParser shared) {
    this.in = in;
    this.c = c;
    this.strict = strict;
    this.codes = codes;
    this.ids = shared == null ? new HashMap<>() : shared.ids;
    this.strings = shared == null ? new HashMap<>() : shared.strings;
  }

  // ---------------------------------------------------------------- records

  /** The record at the cursor, which stands on its START_RECORD; null if it was refused. */
  <R, B> R record(RecordType<R, B> type, Seen seen) throws IOException {
    seen.reset(position());
    B builder = type.newBuilder();
    List<Field<R, B>> fields = type.fields();
    Map<String, String> extra = null;
    Field<R, B> extraField = type.extraField();
    boolean failed = false;
    int expected = 0;
    while (in.next() == Event.FIELD) {
      String name = in.text();
      int index = type.indexOf(name, expected);
      boolean repeated = seen.has(index) || (index < 0 && seen.unknown != null && seen.unknown.contains(name));
      // The name's own position is needed only for a problem at the name; a known field is located by its value.
      long namePosition = repeated || index < 0 ? position() : 0;
      in.next();
      push(name);
      if (repeated) {
        errorAt(codes.duplicateField, "the field \"" + name + "\" is given more than once", namePosition);
        in.skipValue();
      } else if (index < 0) {
        if (seen.unknown == null) {
          seen.unknown = new HashSet<>();
        }
        seen.unknown.add(name);
        extra = unknownField(type, name, namePosition, extra);
      } else {
        expected = index + 1;
        seen.present |= 1L << index;
        seen.positions = grow(seen.positions, index);
        seen.positions[index] = position();
        Field<R, B> f = fields.get(index);
        if (f.type() == FieldType.EXTRA) {
          extra = extra(extra);
        } else {
          Object value = value(f, index, seen);
          if (value != null) {
            f.set(builder, value);
            if (index >= seen.values.length) {
              seen.values = Arrays.copyOf(seen.values, Math.max(index + 1, seen.values.length * 2));
            }
            seen.values[index] = value;
            seen.used = Math.max(seen.used, index + 1);
          } else {
            failed = true; // reported where the value stood
          }
        }
      }
      pop();
    }
    if (extra != null && !extra.isEmpty()) {
      extraField.set(builder, extra);
    }
    if (!missing(type, seen) || failed) {
      return null;
    }
    try {
      return type.build(builder);
    } catch (InvalidValueException e) {
      errorAtField(type, seen, e.field(), codes.invalid, e.getMessage());
      return null;
    }
  }

  /** Reports the required fields that are absent; fields present with a bad value were reported already. */
  private <R, B> boolean missing(RecordType<R, B> type, Seen seen) {
    List<String> absent = null;
    List<Field<R, B>> fields = type.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).isRequired() && !seen.has(i)) {
        if (absent == null) {
          absent = new ArrayList<>();
        }
        absent.add("\"" + fields.get(i).name() + "\"");
      }
    }
    if (absent == null) {
      return true;
    }
    errorAt(codes.missing, (absent.size() == 1 ? "the required field " : "the required fields ")
        + String.join(", ", absent) + (absent.size() == 1 ? " is" : " are") + " missing", seen.start, pointer());
    return false;
  }

  private Map<String, String> unknownField(RecordType<?, ?> type, String name, long namePosition,
      Map<String, String> extra) throws IOException {
    boolean keeps = type.extraField() != null;
    Event e = in.event();
    if (!strict && keeps) {
      if (e == Event.STRING || e == Event.NUMBER || e == Event.BOOLEAN) {
        Map<String, String> map = extra == null ? new LinkedHashMap<>() : extra;
        if (map.putIfAbsent(name, in.text()) != null) {
          errorAt(codes.duplicateField, "\"" + name + "\" is both a field and a custom value in \""
              + type.extraField().name() + "\"", namePosition);
        }
        return map;
      }
      errorAt(codes.unknown, "unknown field \"" + name + "\" holds " + describe(e) + "; unknown fields are kept "
          + "only when they hold a string, number or boolean (" + type.describeFields() + ")", namePosition);
    } else {
      errorAt(codes.unknown, "unknown field \"" + name + "\"; " + type.describeFields()
          + (keeps ? " (unknown fields are errors in strict mode)" : ""), namePosition);
    }
    in.skipValue();
    return extra;
  }

  private Map<String, String> extra(Map<String, String> extra) throws IOException {
    if (in.event() != Event.START_RECORD) {
      typeError("\"" + names[depth - 1] + "\"", FieldType.EXTRA.expected());
      return extra;
    }
    Map<String, String> map = extra == null ? new LinkedHashMap<>() : extra;
    while (in.next() == Event.FIELD) {
      String key = in.text();
      long at = map.containsKey(key) ? position() : 0; // needed only to report a repeated key
      in.next();
      push(key);
      String value = string(key, false);
      if (value != null && map.putIfAbsent(key, value) != null) {
        errorAt(codes.duplicateField, "the custom value \"" + key + "\" is given twice", at);
      }
      pop();
    }
    return map;
  }

  // ---------------------------------------------------------------- values

  private Object value(Field<?, ?> f, int index, Seen seen) throws IOException {
    String name = f.name();
    switch (f.type()) {
      case STRING:
        return string(name, f.isInterned());
      case ID:
        return id(name);
      case NUMBER:
        return number(name);
      case INTEGER:
        return integer(name);
      case BOOLEAN:
        return bool(name);
      case DATE:
        return date(name);
      case INSTANT:
        return instant(name);
      case STATUS:
        return status(name);
      case STRING_LIST:
        return strings(name);
      case ID_LIST:
        return ids(name, index, seen);
      case RECORD_LIST:
        return records(name, f.element().orElseThrow());
      default:
        throw new IllegalStateException(f.type().toString());
    }
  }

  private String string(String field, boolean interned) throws IOException {
    if (in.event() != Event.STRING) {
      typeError("\"" + field + "\"", "a string");
      return null;
    }
    String s = in.text();
    return interned ? strings.computeIfAbsent(s, k -> k) : s;
  }

  private NodeId id(String field) throws IOException {
    String text = string(field, false);
    if (text == null) {
      return null;
    }
    NodeId known = ids.get(text);
    if (known != null) {
      return known;
    }
    try {
      NodeId id = NodeId.of(text);
      ids.put(text, id);
      return id;
    } catch (InvalidValueException e) {
      error(codes.invalid, "\"" + field + "\" is not a valid id: " + e.getMessage());
      return null;
    }
  }

  private Double number(String field) throws IOException {
    if (in.event() != Event.NUMBER) {
      typeError("\"" + field + "\"", "a number");
      return null;
    }
    try {
      return in.doubleValue();
    } catch (NumberFormatException e) {
      error(codes.invalid, "\"" + field + "\" is not a number: " + in.text());
      return null;
    }
  }

  private Integer integer(String field) throws IOException {
    if (in.event() != Event.NUMBER || !in.isWholeNumber()) {
      typeError("\"" + field + "\"", "a whole number");
      return null;
    }
    try {
      long v = in.longValue();
      if (v == (int) v) {
        return (int) v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(codes.invalid, "\"" + field + "\" is out of range: " + in.text());
    return null;
  }

  private Boolean bool(String field) throws IOException {
    if (in.event() != Event.BOOLEAN) {
      typeError("\"" + field + "\"", "true or false");
      return null;
    }
    return in.text().equals("true");
  }

  private LocalDate date(String field) throws IOException {
    String text = string(field, false);
    if (text == null) {
      return null;
    }
    try {
      return Times.date(text);
    } catch (DateTimeParseException e) {
      error(codes.invalid, "\"" + field + "\" is not a date: \"" + text + "\"; expected YYYY-MM-DD, such as 2026-05-12");
      return null;
    }
  }

  private Instant instant(String field) throws IOException {
    String text = string(field, false);
    if (text == null) {
      return null;
    }
    try {
      return Times.instant(text);
    } catch (DateTimeParseException e) {
      error(codes.invalid, "\"" + field + "\" is not an instant: \"" + text
          + "\"; expected an ISO-8601 UTC time such as 2026-11-03T08:15:00Z");
      return null;
    }
  }

  private TopicStatus status(String field) throws IOException {
    String text = string(field, false);
    if (text == null) {
      return null;
    }
    Optional<TopicStatus> s = TopicStatus.fromWireName(text);
    if (s.isEmpty()) {
      error(codes.invalid, "unknown status \"" + text + "\"; expected proposed, accepted, drafting, published or "
          + "rejected");
      return null;
    }
    return s.get();
  }

  private List<String> strings(String field) throws IOException {
    if (in.event() != Event.START_LIST) {
      typeError("\"" + field + "\"", FieldType.STRING_LIST.expected());
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (in.next() != Event.END_LIST) {
      push(i++);
      String s = string(field, false);
      if (s != null) {
        out.add(s);
      }
      pop();
    }
    return out;
  }

  private List<NodeId> ids(String field, int index, Seen seen) throws IOException {
    if (in.event() != Event.START_LIST) {
      typeError("\"" + field + "\"", FieldType.ID_LIST.expected());
      return List.of();
    }
    List<NodeId> out = new ArrayList<>();
    int i = 0;
    while (in.next() != Event.END_LIST) {
      push(i++);
      long at = position();
      NodeId id = id(field);
      if (id != null) {
        out.add(id);
        seen.addElement(index, at);
      }
      pop();
    }
    return out;
  }

  private <E> List<E> records(String field, RecordType<E, ?> element) throws IOException {
    if (in.event() != Event.START_LIST) {
      typeError("\"" + field + "\"", FieldType.RECORD_LIST.expected());
      return List.of();
    }
    List<E> out = new ArrayList<>();
    int i = 0;
    while (in.next() != Event.END_LIST) {
      push(i++);
      if (in.event() != Event.START_RECORD) {
        typeError("an element of \"" + field + "\"", "an object");
      } else {
        E value = record(element, seen());
        if (value != null) {
          out.add(value);
        }
      }
      pop();
    }
    return out;
  }

  /** The record of locations for a record at the current depth. */
  Seen seen() {
    if (depth >= pool.length) {
      pool = Arrays.copyOf(pool, depth * 2);
    }
    Seen s = pool[depth];
    if (s == null) {
      s = new Seen();
      pool[depth] = s;
    }
    return s;
  }

  private static long[] grow(long[] a, int index) {
    return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, a.length * 2));
  }

  // ---------------------------------------------------------------- errors and locations

  /** Reports a problem at a field of the record just read, or at the record if it lacks the field. */
  void errorAtField(RecordType<?, ?> type, Seen seen, String field, String code, String message) {
    int dot = field.indexOf('.');
    String name = type.indexOf(field) >= 0 || dot < 0 ? field : field.substring(0, dot);
    int index = type.indexOf(name);
    if (seen.has(index)) {
      errorAt(code, message, seen.positions[index], pointer() + "/" + escape(name));
    } else {
      errorAt(code, message, seen.start, pointer());
    }
  }

  void typeError(String what, String expected) throws IOException {
    error(codes.type, "expected " + expected + " for " + what + ", found " + describe(in.event()));
    in.skipValue();
  }

  /** Skips the current value without a report. */
  void skip() throws IOException {
    in.skipValue();
  }

  void error(String code, String message) {
    errorAt(code, message, position());
  }

  void errorAt(String code, String message, long position) {
    errorAt(code, message, position, pointer());
  }

  void errorAt(String code, String message, long position, String pointer) {
    c.error(code, message, lineOf(position), columnOf(position), pointer);
    if (c.isFull()) {
      throw new Stop();
    }
  }

  /** The current event's line and column in one long. */
  long position() {
    return ((long) Math.max(in.line(), 0) << 32) | Math.max(in.column(), 0);
  }

  static int lineOf(long position) {
    return (int) (position >>> 32);
  }

  static int columnOf(long position) {
    return (int) position;
  }

  static String describe(Event e) {
    if (e == null) {
      return "the end of the input";
    }
    switch (e) {
      case START_RECORD:
        return "an object";
      case START_LIST:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return e.toString();
    }
  }

  void push(String name) {
    grow();
    names[depth] = name;
    indexes[depth] = -1;
    depth++;
  }

  void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  String pointer() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      if (names[i] != null) {
        sb.append(escape(names[i]));
      } else {
        sb.append(indexes[i]);
      }
    }
    return sb.toString();
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The codes of a format's diagnostics, under a prefix such as {@code json}. */
  static final class Codes {
    final String syntax;
    final String limit;
    final String format;
    final String type;
    final String missing;
    final String unknown;
    final String duplicateField;
    final String invalid;

    Codes(String prefix) {
      syntax = prefix + ".syntax";
      limit = prefix + ".limit";
      format = prefix + ".format";
      type = prefix + ".type";
      missing = prefix + ".missing-field";
      unknown = prefix + ".unknown-field";
      duplicateField = prefix + ".duplicate-field";
      invalid = prefix + ".invalid-value";
    }
  }
}
