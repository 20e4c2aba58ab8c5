package dev.topicgraph.api.record;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Writes records through a {@link SyntaxWriter} in canonical form: fields in the order of their
 * {@link RecordType}, absent values and empty lists left out, custom values in key order. Equal
 * records always give the same events. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RecordWriter {
  private RecordWriter() {}

  /** Receives a graph's records one at a time, in canonical order. */
  @FunctionalInterface
  public interface RecordSink {
    /**
     * Receives one record.
     *
     * @param type the record's type
     * @param record the record
     * @throws IOException if writing it fails
     */
    void accept(RecordType<?, ?> type, Object record) throws IOException;
  }

  /**
   * Hands every record of a graph to a sink: nodes, then relations, topics and feedback, each in the
   * graph's canonical order.
   *
   * @param graph the graph
   * @param sink receives each record
   * @throws IOException if the sink fails
   */
  public static void forEachRecord(TopicGraph graph, RecordSink sink) throws IOException {
    requireNonNull(sink, "sink");
    for (Object n : graph.nodes()) {
      sink.accept(RecordType.NODE, n);
    }
    for (Object r : graph.relations()) {
      sink.accept(RecordType.RELATION, r);
    }
    for (Object t : graph.topics()) {
      sink.accept(RecordType.TOPIC, t);
    }
    for (Object f : graph.feedback()) {
      sink.accept(RecordType.FEEDBACK, f);
    }
  }

  /**
   * Writes one record.
   *
   * @param type the record's type
   * @param record the record, of that type
   * @param out the syntax
   * @param <R> the record
   * @throws IOException if writing fails
   */
  public static <R> void write(RecordType<R, ?> type, R record, SyntaxWriter out) throws IOException {
    requireNonNull(record, "record");
    out.startRecord();
    fields(type, record, out);
    out.endRecord();
  }

  /**
   * Writes one record of a type known only at run time, as a {@link RecordSink} receives it.
   *
   * @param type the record's type
   * @param record the record
   * @param out the syntax
   * @throws IOException if writing fails
   * @throws ClassCastException if the record is not of the type
   */
  @SuppressWarnings("unchecked")
  public static void writeAny(RecordType<?, ?> type, Object record, SyntaxWriter out) throws IOException {
    write((RecordType<Object, ?>) type, record, out);
  }

  /**
   * Writes a whole document laid out as the JSON format lays it out: a record with {@code format} and
   * the lists {@code nodes}, {@code relations}, {@code topics} and {@code feedback}, each written even
   * when empty.
   *
   * @param graph the graph
   * @param formatVersion the value of {@code format}, such as {@code topicgraph/1}
   * @param out the syntax
   * @throws IOException if writing fails
   */
  public static void writeDocument(TopicGraph graph, String formatVersion, SyntaxWriter out) throws IOException {
    out.startRecord();
    out.field("format");
    out.string(formatVersion);
    list("nodes", RecordType.NODE, graph.nodes(), out);
    list("relations", RecordType.RELATION, graph.relations(), out);
    list("topics", RecordType.TOPIC, graph.topics(), out);
    list("feedback", RecordType.FEEDBACK, graph.feedback(), out);
    out.endRecord();
  }

  private static <R> void list(String name, RecordType<R, ?> type, List<? extends R> records, SyntaxWriter out)
      throws IOException {
    out.field(name);
    out.startList();
    for (R r : records) {
      write(type, r, out);
    }
    out.endList();
  }

  private static <R, B> void fields(RecordType<R, B> type, R record, SyntaxWriter out) throws IOException {
    for (Field<R, B> f : type.fields()) {
      Object value = f.get(record);
      if (value == null || isEmpty(f.type(), value)) {
        continue;
      }
      out.field(f.name());
      value(f, value, out);
    }
  }

  private static boolean isEmpty(FieldType type, Object value) {
    switch (type) {
      case STRING_LIST:
      case ID_LIST:
      case RECORD_LIST:
        return ((Collection<?>) value).isEmpty();
      case EXTRA:
        return ((Map<?, ?>) value).isEmpty();
      default:
        return false;
    }
  }

  @SuppressWarnings("unchecked")
  private static void value(Field<?, ?> f, Object value, SyntaxWriter out) throws IOException {
    switch (f.type()) {
      case STRING:
        out.string((String) value);
        break;
      case ID:
        out.string(((NodeId) value).value());
        break;
      case NUMBER:
        out.number((Double) value);
        break;
      case INTEGER:
        out.integer((Integer) value);
        break;
      case BOOLEAN:
        out.bool((Boolean) value);
        break;
      case DATE:
        out.string(((LocalDate) value).toString());
        break;
      case INSTANT:
        out.string(((Instant) value).toString());
        break;
      case STATUS:
        out.string(((TopicStatus) value).wireName());
        break;
      case STRING_LIST:
        out.startList();
        for (String s : (List<String>) value) {
          out.string(s);
        }
        out.endList();
        break;
      case ID_LIST:
        out.startList();
        for (NodeId id : (List<NodeId>) value) {
          out.string(id.value());
        }
        out.endList();
        break;
      case RECORD_LIST:
        out.startList();
        RecordType<Object, ?> element = (RecordType<Object, ?>) f.element().orElseThrow();
        for (Object e : (List<Object>) value) {
          write(element, e, out);
        }
        out.endList();
        break;
      case EXTRA:
        out.startRecord();
        for (Map.Entry<String, String> e : new TreeMap<>((Map<String, String>) value).entrySet()) {
          out.field(e.getKey());
          out.string(e.getValue());
        }
        out.endRecord();
        break;
      default:
        throw new IllegalStateException(f.type().toString());
    }
  }
}
