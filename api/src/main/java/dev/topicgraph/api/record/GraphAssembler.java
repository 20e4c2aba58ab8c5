package dev.topicgraph.api.record;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.api.record.RecordParser.Seen;
import dev.topicgraph.api.record.SyntaxReader.Event;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GraphCheck;
import dev.topicgraph.model.GraphValidationException;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Severity;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Builds a graph from the records a {@link SyntaxReader} holds, one record at a time, checking every
 * field against its {@link RecordType} and reporting each problem with its line, column and JSON
 * pointer. A format that is only a syntax reads with it:
 *
 * <pre>{@code
 * GraphAssembler assembler = GraphAssembler.create(sourceName, options, "myformat");
 * while (syntax.next() == SyntaxReader.Event.START_RECORD) {
 *   RecordType<?, ?> type = ...;                 // however the syntax says which record it is
 *   if (!assembler.read(type, syntax)) {
 *     break;                                     // too many problems: stop reading
 *   }
 * }
 * ReadResult result = assembler.finish();        // the graph, or a FormatException with every problem
 * }</pre>
 *
 * <p>Duplicate ids and relations are errors; references to nodes or topics that no record defines are
 * errors in strict mode and located warnings in lenient mode. Diagnostic codes are {@code
 * <prefix>.syntax}, {@code .type}, {@code .missing-field}, {@code .unknown-field}, {@code
 * .duplicate-field}, {@code .invalid-value}, {@code .format} and the model's {@code graph.*} codes.
 *
 * <p>Used once, by one thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GraphAssembler {
  private final DiagnosticCollector c;
  private final ReadOptions options;
  private final boolean strict;
  private final String prefix;
  private final TopicGraph.Builder builder = TopicGraph.builder();

  private final Map<NodeId, Integer> nodeIndex = new HashMap<>();
  private final Map<NodeId, Integer> topicIndex = new HashMap<>();
  private final FirstIndex<String> feedbackIndex = new FirstIndex<>(Comparator.naturalOrder());
  private final FirstIndex<List<Object>> relationIndex = new FirstIndex<>(GraphAssembler::compareEdges);
  private final List<Reference> references = new ArrayList<>();
  private boolean stopped;

  private SyntaxReader bound;
  private RecordParser parser;

  private GraphAssembler(String sourceName, ReadOptions options, String prefix) {
    this.options = requireNonNull(options, "options");
    this.c = new DiagnosticCollector(requireNonNull(sourceName, "sourceName"), options.maxProblems());
    this.strict = options.mode() == ValidationMode.STRICT;
    this.prefix = requireNonNull(prefix, "prefix");
  }

  /**
   * Returns an assembler for one input.
   *
   * @param sourceName the name diagnostics give the input, such as its path
   * @param options the read options: the validation mode and {@link ReadOptions#maxProblems()}
   * @param codePrefix the prefix of the syntax's diagnostic codes, such as {@code json}
   * @return the assembler
   */
  public static GraphAssembler create(String sourceName, ReadOptions options, String codePrefix) {
    return new GraphAssembler(sourceName, options, codePrefix);
  }

  /**
   * Returns the collector of this input's diagnostics, for problems the syntax itself finds.
   *
   * @return the collector
   */
  public DiagnosticCollector diagnostics() {
    return c;
  }

  /**
   * Returns the code prefix given at creation; a syntax reports its own problems under it, such as
   * {@code <prefix>.syntax} and {@code <prefix>.limit}.
   *
   * @return the prefix
   */
  public String codePrefix() {
    return prefix;
  }

  /**
   * Reads one record: the cursor of {@code in} stands on the record's {@link Event#START_RECORD} (or
   * before the first event of a reader that has not started, such as {@link SyntaxTree#reader()}'s),
   * and is left on its {@link Event#END_RECORD}. A record with problems is reported and left out.
   *
   * @param type the record's type: {@link RecordType#NODE}, {@link RecordType#RELATION}, {@link
   *     RecordType#TOPIC} or {@link RecordType#FEEDBACK}
   * @param in the syntax
   * @return {@code false} once reading should stop: the problems reached {@link
   *     ReadOptions#maxProblems()}, or the syntax failed
   * @throws IOException if reading the input fails
   * @throws IllegalArgumentException if {@code type} is not one of the four
   */
  public boolean read(RecordType<?, ?> type, SyntaxReader in) throws IOException {
    Collection collection = Collection.of(type);
    if (stopped) {
      return false;
    }
    RecordParser p = parser(in);
    try {
      if (in.event() == null) {
        in.next(); // a reader that has not started, such as a new SyntaxTree's: its first event is the record
      }
      int index = collection.next(this);
      p.push(collection.field);
      p.push(index);
      element(collection, index, p);
      p.pop();
      p.pop();
    } catch (RecordParser.Stop e) {
      stopped = true;
    } catch (SyntaxException e) {
      syntaxError(e);
    }
    return !stopped;
  }

  /**
   * Reads a whole document laid out as the JSON format lays it out: one record with a {@code format}
   * field and the lists {@code nodes}, {@code relations}, {@code topics} and {@code feedback}. The
   * cursor of {@code in} stands before the document's first event, and the input must end with the
   * document; or it stands on the document's {@link Event#START_RECORD}, the document being one value
   * of a larger input, and is left on its {@link Event#END_RECORD}.
   *
   * @param in the syntax
   * @param formatVersion the value {@code format} must have, such as {@code topicgraph/1}
   * @throws IOException if reading the input fails
   */
  public void readDocument(SyntaxReader in, String formatVersion) throws IOException {
    RecordParser p = parser(in);
    try {
      document(p, in, formatVersion);
    } catch (RecordParser.Stop e) {
      stopped = true;
    } catch (SyntaxException e) {
      syntaxError(e);
    }
  }

  /**
   * Reads one record on its own, outside a graph: no ids are compared and no references followed.
   * The cursor of {@code in} stands on the record's {@link Event#START_RECORD}, or before the first
   * event of a reader that has not started, and is left on its {@link Event#END_RECORD}.
   *
   * @param type the record's type, any of {@link RecordType}'s or one of the caller's
   * @param in the syntax
   * @param sourceName the name diagnostics give the input
   * @param options the read options: the validation mode and the problem limit
   * @param codePrefix the prefix of diagnostic codes
   * @param <R> the record
   * @return the record
   * @throws FormatException with every problem, located, if the record is not valid
   * @throws IOException if reading the input fails
   */
  public static <R> R readRecord(RecordType<R, ?> type, SyntaxReader in, String sourceName, ReadOptions options,
      String codePrefix) throws IOException {
    GraphAssembler a = new GraphAssembler(sourceName, options, codePrefix);
    RecordParser p = a.parser(in);
    R value = null;
    try {
      if (in.event() == null) {
        in.next();
      }
      if (in.event() != Event.START_RECORD) {
        p.typeError("a " + type.name(), "an object");
      } else {
        value = p.record(type, p.seen());
      }
    } catch (RecordParser.Stop e) {
      // the diagnostics are thrown below
    } catch (SyntaxException e) {
      a.syntaxError(e);
    }
    a.c.throwIfErrors();
    if (value == null) {
      throw new IllegalStateException("a refused record was not reported");
    }
    return value;
  }

  /**
   * Checks the references, then builds the graph.
   *
   * @return the graph and the warnings
   * @throws FormatException if there was any error
   */
  public ReadResult finish() throws FormatException {
    if (!stopped) {
      for (Reference r : references) {
        boolean known = r.topic ? topicIndex.containsKey(r.target) : nodeIndex.containsKey(r.target);
        if (!known) {
          c.add(strict ? Severity.ERROR : Severity.WARNING, r.check.code(), r.message, r.line, r.column, r.pointer);
          if (c.isFull()) {
            break;
          }
        }
      }
    }
    c.throwIfErrors();
    try {
      return ReadResult.of(builder.mode(options.mode()).build(), c.diagnostics());
    } catch (GraphValidationException e) {
      for (Diagnostic d : e.diagnostics()) {
        c.add(d.toBuilder().source(c.sourceName()).build());
      }
      c.throwIfErrors();
      throw new FormatException(c.diagnostics());
    }
  }

  /**
   * Reports the syntax's failure as a located {@code <prefix>.syntax} error, or {@code <prefix>.limit}
   * for a limit, and stops reading.
   *
   * @param e the failure
   */
  public void syntaxError(SyntaxException e) {
    c.error(prefix + (e.isLimit() ? ".limit" : ".syntax"), e.getMessage(), e.line(), e.column(), "");
    stopped = true;
  }

  /**
   * Returns whether reading stopped: the problems reached their limit or the syntax failed.
   *
   * @return {@code true} once stopped
   */
  public boolean isStopped() {
    return stopped || c.isFull();
  }

  private RecordParser parser(SyntaxReader in) {
    requireNonNull(in, "in");
    if (bound != in) {
      bound = in;
      parser = new RecordParser(in, c, strict, new RecordParser.Codes(prefix));
    }
    return parser;
  }

  // ---------------------------------------------------------------- the document

  private void document(RecordParser p, SyntaxReader in, String formatVersion) throws IOException {
    boolean whole = in.event() != Event.START_RECORD;
    Event t = whole ? in.next() : Event.START_RECORD;
    if (t == null) {
      c.error(p.codes.syntax, "the document is empty; expected a JSON object with \"format\": \"" + formatVersion
          + "\"", 1, 1, "");
      return;
    }
    if (t != Event.START_RECORD) {
      p.typeError("the document", "an object");
      return;
    }
    long start = p.position();
    boolean format = false;
    Set<String> seen = new HashSet<>();
    while (in.next() == Event.FIELD) {
      String name = in.text();
      long namePosition = p.position();
      in.next();
      p.push(name);
      if (!seen.add(name)) {
        p.errorAt(p.codes.duplicateField, "the field \"" + name + "\" is given more than once", namePosition);
        p.skip();
      } else if (name.equals("format")) {
        format = true;
        if (in.event() != Event.STRING) {
          p.typeError("\"format\"", "a string");
        } else if (!in.text().equals(formatVersion)) {
          p.error(p.codes.format, "unsupported format \"" + in.text() + "\"; this reader reads \"" + formatVersion
              + "\"");
        }
      } else {
        Collection collection = Collection.named(name);
        if (collection == null) {
          p.errorAt(p.codes.unknown, "unknown field \"" + name + "\"; a document has format, nodes, relations, "
              + "topics and feedback", namePosition);
          p.skip();
        } else if (in.event() != Event.START_LIST) {
          p.typeError("\"" + name + "\"", "an array");
        } else {
          int i = 0;
          while (in.next() != Event.END_LIST) {
            collection.next(this);
            p.push(i);
            element(collection, i, p);
            p.pop();
            i++;
          }
        }
      }
      p.pop();
    }
    if (!format) {
      p.errorAt(p.codes.format, "the field \"format\": \"" + formatVersion + "\" is missing", start, "");
    }
    Event after = whole ? in.next() : null;
    if (after != null) {
      p.error(p.codes.syntax, "unexpected " + RecordParser.describe(after) + " after the end of the document");
    }
  }

  /** One element of a top-level list, at the cursor. */
  private void element(Collection collection, int index, RecordParser p) throws IOException {
    if (bound.event() != Event.START_RECORD) {
      p.typeError("a " + collection.type.name(), "an object");
      return;
    }
    Seen seen = p.seen();
    Object value = p.record(collection.type, seen);
    // The key is checked even when the record was refused, so that a later record repeating it is
    // reported as a duplicate as well.
    switch (collection) {
      case NODES:
        if (unique(nodeIndex::putIfAbsent, seen.value(NODE_ID), index, seen, NODE_ID, p, "the node ", "/nodes/",
            GraphCheck.DUPLICATE_NODE_ID) && value != null) {
          builder.addNode((Node) value);
        }
        break;
      case RELATIONS:
        if (value != null) {
          relation((Relation) value, index, seen, p);
        }
        break;
      case TOPICS:
        if (unique(topicIndex::putIfAbsent, seen.value(TOPIC_ID), index, seen, TOPIC_ID, p, "the topic ", "/topics/",
            GraphCheck.DUPLICATE_TOPIC_ID) && value != null) {
          topic((Topic) value, seen, p);
        }
        break;
      default:
        if (unique(feedbackIndex::putIfAbsent, seen.value(FEEDBACK_ID), index, seen, FEEDBACK_ID, p,
            "the feedback event ", "/feedback/", GraphCheck.DUPLICATE_FEEDBACK_ID) && value != null) {
          feedback((Feedback) value, seen, p);
        }
    }
  }

  private static final int NODE_ID = RecordType.NODE.indexOf("id");
  private static final int TOPIC_ID = RecordType.TOPIC.indexOf("id");
  private static final int FEEDBACK_ID = RecordType.FEEDBACK.indexOf("id");
  private static final int FEEDBACK_TOPIC = RecordType.FEEDBACK.indexOf("topic");
  private static final int RELATION_FROM = RecordType.RELATION.indexOf("from");
  private static final int RELATION_TO = RecordType.RELATION.indexOf("to");
  private static final int TOPIC_DRAWS_FROM = RecordType.TOPIC.indexOf("drawsFrom");

  /** Registers a record's key; false, after reporting it, if an earlier record has the same key. */
  private <K> boolean unique(KeyIndex<K> index, Object key, int at, Seen seen, int field,
      RecordParser p, String what, String list, GraphCheck check) {
    if (key == null) {
      return true;
    }
    @SuppressWarnings("unchecked")
    Integer previous = index.putIfAbsent((K) key, at);
    if (previous == null) {
      return true;
    }
    p.errorAt(check.code(), what + key + " is already defined at " + list + previous + "; ids must be unique",
        seen.positions[field], p.pointer() + "/id");
    return false;
  }

  private void relation(Relation r, int index, Seen seen, RecordParser p) {
    Integer previous = relationIndex.putIfAbsent(List.of(r.from(), r.type(), r.to()), index);
    if (previous != null) {
      p.errorAt(GraphCheck.DUPLICATE_RELATION.code(), "the relation " + r.from() + " " + r.type() + " " + r.to()
          + " is already stated at /relations/" + previous + "; keep one and merge the rationales", seen.start);
      return;
    }
    builder.addRelation(r);
    if (!nodeIndex.containsKey(r.from())) {
      reference(r.from(), false, GraphCheck.DANGLING_RELATION, "the relation starts from " + r.from()
          + ", which is not a node of the document", seen, RELATION_FROM, p.pointer() + "/from");
    }
    if (!nodeIndex.containsKey(r.to())) {
      reference(r.to(), false, GraphCheck.DANGLING_RELATION, "the relation points at " + r.to()
          + ", which is not a node of the document", seen, RELATION_TO, p.pointer() + "/to");
    }
  }

  private void topic(Topic t, Seen seen, RecordParser p) {
    builder.addTopic(t);
    int field = TOPIC_DRAWS_FROM;
    List<NodeId> drawn = t.drawsFrom();
    for (int i = 0; i < drawn.size(); i++) {
      NodeId id = drawn.get(i);
      if (!nodeIndex.containsKey(id)) {
        long at = seen.element(field, i);
        references.add(new Reference(id, false, GraphCheck.DANGLING_DRAWS_FROM, "the topic draws from " + id
            + ", which is not a node of the document", RecordParser.lineOf(at), RecordParser.columnOf(at),
            p.pointer() + "/drawsFrom/" + i));
      }
    }
  }

  private void feedback(Feedback f, Seen seen, RecordParser p) {
    builder.addFeedback(f);
    if (!topicIndex.containsKey(f.topic())) {
      reference(f.topic(), true, GraphCheck.UNKNOWN_FEEDBACK_TOPIC, "the feedback is about " + f.topic()
          + ", which is not a topic of the document", seen, FEEDBACK_TOPIC,
          p.pointer() + "/topic");
    }
  }

  private void reference(NodeId target, boolean topic, GraphCheck check, String message, Seen seen, int field,
      String pointer) {
    long at = seen.positions[field];
    references.add(new Reference(target, topic, check, message, RecordParser.lineOf(at), RecordParser.columnOf(at),
        pointer));
  }

  /** Where the first record with each key stood in its list. */
  private interface KeyIndex<K> {
    /** Registers a key at an index; returns the index of an earlier record with the same key, or null. */
    Integer putIfAbsent(K key, int index);
  }

  /** Orders the (from, type, to) keys of relations as {@link Relation#CANONICAL_ORDER} orders relations. */
  private static int compareEdges(List<Object> a, List<Object> b) {
    int c = ((NodeId) a.get(0)).compareTo((NodeId) b.get(0));
    if (c == 0) {
      c = ((RelationType) a.get(1)).compareTo((RelationType) b.get(1));
    }
    return c != 0 ? c : ((NodeId) a.get(2)).compareTo((NodeId) b.get(2));
  }

  /**
   * The index, in its list, of the first record with each key, to report a repeated key with where it
   * was first given. Records mostly come in canonical order, sorted by their keys, and then a key
   * greater than the one before cannot repeat an earlier one: while that holds, a key is compared with
   * the last only, and the keys are kept in a list. The first key out of order moves them into a map.
   */
  private static final class FirstIndex<K> implements KeyIndex<K> {
    private final Comparator<? super K> order;
    private List<K> keys = new ArrayList<>();
    private int[] at = new int[16];
    private Map<K, Integer> map;

    FirstIndex(Comparator<? super K> order) {
      this.order = order;
    }

    @Override
    public Integer putIfAbsent(K key, int index) {
      if (map == null) {
        int n = keys.size();
        if (n == 0 || order.compare(keys.get(n - 1), key) < 0) {
          if (n == at.length) {
            at = Arrays.copyOf(at, n * 2);
          }
          at[n] = index;
          keys.add(key);
          return null;
        }
        map = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
          map.put(keys.get(i), at[i]);
        }
        keys = null;
        at = null;
      }
      return map.putIfAbsent(key, index);
    }
  }

  /** The four lists of a graph, with the record type each holds. */
  private enum Collection {
    NODES("nodes", RecordType.NODE),
    RELATIONS("relations", RecordType.RELATION),
    TOPICS("topics", RecordType.TOPIC),
    FEEDBACK("feedback", RecordType.FEEDBACK);

    final String field;
    final RecordType<?, ?> type;

    Collection(String field, RecordType<?, ?> type) {
      this.field = field;
      this.type = type;
    }

    static Collection named(String name) {
      for (Collection c : values()) {
        if (c.field.equals(name)) {
          return c;
        }
      }
      return null;
    }

    static Collection of(RecordType<?, ?> type) {
      for (Collection c : values()) {
        if (c.type == type) {
          return c;
        }
      }
      throw new IllegalArgumentException("a graph holds nodes, relations, topics and feedback events, not a "
          + type.name() + " on its own");
    }

    /** The index of the next record of this list. */
    int next(GraphAssembler a) {
      return a.counters[ordinal()]++;
    }
  }

  private final int[] counters = new int[4];

  /**
   * A reference to a node or topic not defined when the reference was read, kept to report it, located,
   * if the rest of the input does not define it either. In canonical order targets come first, so few
   * are kept.
   */
  private static final class Reference {
    final NodeId target;
    final boolean topic;
    final GraphCheck check;
    final String message;
    final int line;
    final int column;
    final String pointer;

    Reference(NodeId target, boolean topic, GraphCheck check, String message, int line, int column, String pointer) {
      this.target = target;
      this.topic = topic;
      this.check = check;
      this.message = message;
      this.line = line;
      this.column = column;
      this.pointer = pointer;
    }
  }
}
