package dev.topicgraph.testkit;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.record.Field;
import dev.topicgraph.api.record.FieldType;
import dev.topicgraph.api.record.GraphAssembler;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.RecordWriter;
import dev.topicgraph.api.record.SyntaxReader.Event;
import dev.topicgraph.api.record.SyntaxTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Simpler versions of one record, found through its {@link RecordType} rather than field by field: a
 * field added to a description is shrunk with no change here. A record is written as a {@link
 * SyntaxTree}, the tree is simplified, and the binding reads it back; what the model refuses is left
 * out.
 */
final class RecordShrinking {
  private static final ReadOptions LENIENT = ReadOptions.defaults();

  private RecordShrinking() {}

  /**
   * Simpler variants, biggest steps first: every optional field left out, each optional field left
   * out, each list without one of its elements, then each scalar made simplest (text to {@code a} and
   * to its first half, numbers to 0 or 1, booleans to false, dates and instants to the epoch, a status
   * to proposed). Ids are left alone: the graph shrinker renames them everywhere at once.
   *
   * @return suppliers of variants; a supplier gives null for a variant the model refuses or one equal
   *     to the record
   */
  static <R> Stream<Supplier<R>> simpler(RecordType<R, ?> type, R record) {
    SyntaxTree tree = tree(type, record);
    List<Supplier<R>> out = new ArrayList<>();
    List<String> names = tree.names();
    out.add(() -> read(type, without(tree, i -> !required(type, names.get(i)))));
    for (int i = 0; i < names.size(); i++) {
      int field = i;
      if (!required(type, names.get(i))) {
        out.add(() -> read(type, without(tree, j -> j == field)));
      }
    }
    for (int i = 0; i < names.size(); i++) {
      int field = i;
      SyntaxTree value = tree.values().get(i);
      FieldType fieldType = type.field(names.get(i)).map(Field::type).orElse(FieldType.STRING);
      if (value.kind() == Event.START_LIST && value.values().size() > 1) {
        for (int k = 0; k < value.values().size(); k++) {
          int element = k;
          out.add(() -> read(type, replaced(tree, field, listWithout(value, element))));
        }
      }
      for (SyntaxTree simplest : simplest(fieldType, value)) {
        boolean same = value.kind() != Event.START_LIST && value.kind() != Event.START_RECORD
            && value.text().equals(simplest.text());
        if (!same) {
          out.add(() -> read(type, replaced(tree, field, simplest)));
        }
      }
    }
    // Leaving out a field that holds its default (a status of proposed) gives the record back: skip it.
    return out.stream().map(variant -> () -> {
      R r = variant.get();
      return record.equals(r) ? null : r;
    });
  }

  private static boolean required(RecordType<?, ?> type, String name) {
    return type.field(name).map(Field::isRequired).orElse(false);
  }

  private static List<SyntaxTree> simplest(FieldType type, SyntaxTree value) {
    List<SyntaxTree> out = new ArrayList<>();
    switch (type) {
      case STRING:
        if (value.kind() == Event.STRING) {
          out.add(SyntaxTree.string("a", 0, 0));
          out.add(SyntaxTree.string(half(value.text()), 0, 0));
        }
        break;
      case NUMBER:
        out.add(SyntaxTree.number("0", 0, 0));
        out.add(SyntaxTree.number("1", 0, 0));
        break;
      case INTEGER:
        out.add(SyntaxTree.number("1", 0, 0));
        break;
      case BOOLEAN:
        out.add(SyntaxTree.bool(false, 0, 0));
        break;
      case DATE:
        out.add(SyntaxTree.string("1970-01-01", 0, 0));
        break;
      case INSTANT:
        out.add(SyntaxTree.string("1970-01-01T00:00:00Z", 0, 0));
        break;
      case STATUS:
        out.add(SyntaxTree.string("proposed", 0, 0));
        break;
      default:
        break; // ids, lists and custom values shrink by leaving things out
    }
    return out;
  }

  /**
   * The first half of a text, by code points, without white space at its end; the text itself when it
   * has one code point or none.
   */
  static String half(String text) {
    int points = text.codePointCount(0, text.length());
    if (points < 2) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, points / 2)).stripTrailing();
  }

  private static <R> SyntaxTree tree(RecordType<R, ?> type, R record) {
    SyntaxTree.TreeWriter w = SyntaxTree.writer();
    try {
      RecordWriter.write(type, record, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a tree is in memory
    }
    return w.take().get(0);
  }

  private static SyntaxTree without(SyntaxTree record, IntPredicate left) {
    SyntaxTree out = SyntaxTree.record(0, 0);
    for (int i = 0; i < record.names().size(); i++) {
      if (!left.test(i)) {
        out.field(record.names().get(i), 0, 0, record.values().get(i));
      }
    }
    return out;
  }

  private static SyntaxTree replaced(SyntaxTree record, int field, SyntaxTree value) {
    SyntaxTree out = SyntaxTree.record(0, 0);
    for (int i = 0; i < record.names().size(); i++) {
      out.field(record.names().get(i), 0, 0, i == field ? value : record.values().get(i));
    }
    return out;
  }

  private static SyntaxTree listWithout(SyntaxTree list, int element) {
    SyntaxTree out = SyntaxTree.list(0, 0);
    for (int i = 0; i < list.values().size(); i++) {
      if (i != element) {
        out.add(list.values().get(i));
      }
    }
    return out;
  }

  private static <R> R read(RecordType<R, ?> type, SyntaxTree tree) {
    try {
      return GraphAssembler.readRecord(type, tree.reader(), "shrunk", LENIENT, "shrink");
    } catch (FormatException refused) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
