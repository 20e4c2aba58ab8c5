package dev.topicgraph.testkit;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.record.Field;
import dev.topicgraph.api.record.FieldType;
import dev.topicgraph.api.record.GraphAssembler;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.SyntaxTree;
import dev.topicgraph.api.record.TextRule;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.TopicStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Records made from their {@link RecordType}: every field gets a value from its type, its {@link
 * TextRule} and its range, and the binding reads the result, so a field added to a description is
 * generated with no change here. A graph's generators replace the fields that must point into the
 * graph (ids, references) with generators of their own.
 *
 * <p>A required field is always stated; an optional one half of the time; a list holds one to three
 * values when stated. Immutable and thread-safe.
 */
final class RecordGen {
  private static final ReadOptions STRICT = ReadOptions.strict();
  private static final int TRIES = 100;
  private static final List<TopicStatus> STATUSES = List.of(TopicStatus.values());
  private static final Gen<NodeKind> ANY_KIND = Gen.elements(NodeKind.values());

  /** Makes one field's value, seeing the fields made before it in the same record. */
  @FunctionalInterface
  interface FieldGen {
    /**
     * Returns the value, or {@code null} to leave the field out.
     *
     * @param record the record so far
     */
    SyntaxTree make(SyntaxTree record, RandomGenerator random, int size);
  }

  private final Map<String, FieldGen> overrides;

  private RecordGen(Map<String, FieldGen> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /** Every field made from its description. */
  static RecordGen defaults() {
    return new RecordGen(Map.of());
  }

  /**
   * Returns a copy that makes the given field with the given generator instead; the generator gives
   * {@code null} to leave the field out.
   *
   * @param type the record that holds the field
   * @param field the field's name
   */
  RecordGen with(RecordType<?, ?> type, String field, Gen<SyntaxTree> values) {
    return with(type, field, (record, random, size) -> values.generate(random, size));
  }

  /** As {@link #with(RecordType, String, Gen)}, with a value that depends on the fields before it. */
  RecordGen with(RecordType<?, ?> type, String field, FieldGen values) {
    if (type.field(field).isEmpty()) {
      throw new IllegalArgumentException(type.name() + " has no field " + field);
    }
    Map<String, FieldGen> copy = new HashMap<>(overrides);
    copy.put(key(type, field), values);
    return new RecordGen(copy);
  }

  /**
   * Records of the given type. A record the model refuses (a value that breaks a rule no description
   * states, such as a category on a node that is not a vendor) is made again, up to 100 times.
   */
  <R> Gen<R> records(RecordType<R, ?> type) {
    Gen<SyntaxTree> trees = trees(type);
    return (random, size) -> {
      FormatException last = null;
      for (int i = 0; i < TRIES; i++) {
        try {
          return GraphAssembler.readRecord(type, trees.generate(random, size).reader(), "generated", STRICT, "gen");
        } catch (FormatException refused) {
          last = refused;
        } catch (IOException e) {
          throw new UncheckedIOException(e); // a tree is in memory
        }
      }
      throw new IllegalStateException("no valid " + type.name() + " in " + TRIES + " tries; the last was refused: "
          + last.getMessage(), last);
    };
  }

  /** The syntax of records of the given type, in field order. */
  Gen<SyntaxTree> trees(RecordType<?, ?> type) {
    int n = type.fields().size();
    FieldGen[] values = new FieldGen[n];
    boolean[] given = new boolean[n];
    for (int i = 0; i < n; i++) {
      Field<?, ?> f = type.fields().get(i);
      FieldGen override = overrides.get(key(type, f.name()));
      given[i] = override != null;
      Gen<SyntaxTree> value = given[i] ? null : value(f);
      values[i] = given[i] ? override : (record, random, size) -> value.generate(random, size);
    }
    return (random, size) -> {
      SyntaxTree record = SyntaxTree.record(0, 0);
      for (int i = 0; i < n; i++) {
        Field<?, ?> f = type.fields().get(i);
        if (given[i] || f.isRequired() || random.nextBoolean()) {
          SyntaxTree v = values[i].make(record, random, size);
          if (v != null) {
            record.field(f.name(), 0, 0, v);
          }
        }
      }
      return record;
    };
  }

  private Gen<SyntaxTree> value(Field<?, ?> f) {
    switch (f.type()) {
      case STRING:
        return text(f.text().orElse(TextRule.LINE)).map(RecordGen::string);
      case ID:
        return ANY_KIND.flatMap(Generators::nodeIds).map(id -> string(id.value()));
      case NUMBER:
        return numbers(f.minimum(), f.maximum());
      case INTEGER:
        return integers(f.minimum(), f.maximum());
      case BOOLEAN:
        return Gen.booleans().map(b -> SyntaxTree.bool(b, 0, 0));
      case DATE:
        return Generators.dates().map(d -> string(d.toString()));
      case INSTANT:
        return Generators.instants().map(t -> string(t.toString()));
      case STATUS:
        return Gen.frequency(Gen.weighted(6, Gen.constant(TopicStatus.PROPOSED)), Gen.weighted(1,
            Gen.elements(STATUSES))).map(s -> string(s.wireName()));
      case STRING_LIST:
        return list(text(f.text().orElse(TextRule.LINE)).map(RecordGen::string));
      case ID_LIST:
        return list(ANY_KIND.flatMap(Generators::nodeIds).map(id -> string(id.value())));
      case RECORD_LIST:
        return list(trees(f.element().orElseThrow()));
      case EXTRA:
        return extra();
      default:
        throw new AssertionError(f.type());
    }
  }

  /** Text that follows the rule, with the awkward fragments and bare YAML words of {@link Generators}. */
  static Gen<String> text(TextRule rule) {
    switch (rule) {
      case LINE:
        return Generators.lines();
      case PROSE:
        return Generators.nonEmptyProse();
      case SLUG:
        return Generators.slugs();
      case TOKEN:
        return Generators.tokens();
      case URL:
        return Generators.slugs().map(s -> "https://example.org/" + s);
      default:
        throw new AssertionError(rule);
    }
  }

  /**
   * Distinct values, one to three: the model refuses a repeated tag or channel, and a list that may
   * repeat is still covered by lists that do not.
   */
  private static Gen<SyntaxTree> list(Gen<SyntaxTree> elements) {
    return (random, size) -> {
      int n = random.nextInt(1, 4);
      Set<String> seen = new LinkedHashSet<>();
      SyntaxTree out = SyntaxTree.list(0, 0);
      for (int i = 0; i < n; i++) {
        SyntaxTree v = elements.generate(random, size);
        if (v.kind() != dev.topicgraph.api.record.SyntaxReader.Event.STRING || seen.add(v.text())) {
          out.add(v);
        }
      }
      return out;
    };
  }

  private static Gen<SyntaxTree> extra() {
    return (random, size) -> {
      SyntaxTree out = SyntaxTree.record(0, 0);
      Set<String> keys = new LinkedHashSet<>();
      int n = random.nextInt(1, 4);
      for (int i = 0; i < n; i++) {
        String key = Generators.tokens().generate(random, size);
        if (keys.add(key)) {
          out.field(key, 0, 0, string(Generators.prose().generate(random, size)));
        }
      }
      return out;
    };
  }

  /** Numbers in the range, the ends one time in eight each; an open end stops a million past zero or the other end. */
  private static Gen<SyntaxTree> numbers(double min, double max) {
    double lo = Math.max(min, -1e6);
    double hi = Math.min(max, Math.max(lo, 0) + 1e6);
    return (random, size) -> {
      int pick = random.nextInt(8);
      double v = pick == 0 ? lo : pick == 1 ? hi : lo + (hi - lo) * random.nextDouble();
      return SyntaxTree.number(Double.toString(v), 0, 0);
    };
  }

  /**
   * Whole numbers in the range, the ends one time in eight each; an open end stops a thousand past
   * zero or the other end.
   */
  private static Gen<SyntaxTree> integers(double min, double max) {
    long lo = (long) Math.max(min, -1000);
    long hi = (long) Math.min(max, Math.max(lo, 0) + 1000);
    return (random, size) -> {
      int pick = random.nextInt(8);
      long v = pick == 0 ? lo : pick == 1 ? hi : pickBetween(random, lo, hi);
      return SyntaxTree.number(Long.toString(v), 0, 0);
    };
  }

  private static long pickBetween(RandomGenerator random, long lo, long hi) {
    return random.nextLong(lo, hi + 1);
  }

  /**
   * Returns the value a record states for a field.
   *
   * @return the value; {@code null} when the record does not state it
   */
  static SyntaxTree get(SyntaxTree record, String field) {
    int i = record.names().indexOf(field);
    return i < 0 ? null : record.values().get(i);
  }

  static SyntaxTree string(String value) {
    return SyntaxTree.string(value, 0, 0);
  }

  private static String key(RecordType<?, ?> type, String field) {
    return type.name() + "\u0000" + field;
  }
}
