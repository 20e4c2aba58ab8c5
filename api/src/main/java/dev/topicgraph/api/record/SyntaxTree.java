package dev.topicgraph.api.record;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.record.SyntaxReader.Event;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One value of a record-based syntax held in memory, with where it stood: a record of named fields, a
 * list, or a scalar. A syntax that reads a whole record at a time builds one and hands {@link
 * #reader()} to the {@link GraphAssembler}; on the way out, {@link #writer()} collects what the {@link
 * RecordWriter} writes into a tree for the syntax to print.
 *
 * <pre>{@code
 * SyntaxTree node = SyntaxTree.record(3, 1)
 *     .field("id", 3, 1, SyntaxTree.string("vendor.example-sync", 3, 5))
 *     .field("title", 4, 1, SyntaxTree.string("Example Sync", 4, 8));
 * SyntaxReader in = node.reader();
 * in.next();                                   // stands on the record's start
 * assembler.read(RecordType.NODE, in);
 * }</pre>
 *
 * <p>A tree is built by one thread; once built and no longer changed it may be read by many.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SyntaxTree {
  private final Event kind;
  private final String text;
  private final int line;
  private final int column;
  private final List<String> names;
  private final List<int[]> nameAt;
  private final List<SyntaxTree> values;

  private SyntaxTree(Event kind, String text, int line, int column) {
    this.kind = kind;
    this.text = text;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    boolean container = kind == Event.START_RECORD || kind == Event.START_LIST;
    this.values = container ? new ArrayList<>() : List.of();
    this.names = kind == Event.START_RECORD ? new ArrayList<>() : List.of();
    this.nameAt = kind == Event.START_RECORD ? new ArrayList<>() : List.of();
  }

  /**
   * Returns an empty record; add its fields with {@link #field}.
   *
   * @param line where it starts, 1-based; 0 if unknown
   * @param column where it starts, 1-based; 0 if unknown
   * @return the record
   */
  public static SyntaxTree record(int line, int column) {
    return new SyntaxTree(Event.START_RECORD, null, line, column);
  }

  /**
   * Returns an empty list; add its values with {@link #add}.
   *
   * @param line where it starts
   * @param column where it starts
   * @return the list
   */
  public static SyntaxTree list(int line, int column) {
    return new SyntaxTree(Event.START_LIST, null, line, column);
  }

  /**
   * Returns a string.
   *
   * @param value the string
   * @param line where it starts
   * @param column where it starts
   * @return the scalar
   */
  public static SyntaxTree string(String value, int line, int column) {
    return new SyntaxTree(Event.STRING, requireNonNull(value, "value"), line, column);
  }

  /**
   * Returns a number, as the syntax wrote it.
   *
   * @param text the number, such as {@code 0.85} or {@code 5}
   * @param line where it starts
   * @param column where it starts
   * @return the scalar
   */
  public static SyntaxTree number(String text, int line, int column) {
    return new SyntaxTree(Event.NUMBER, requireNonNull(text, "text"), line, column);
  }

  /**
   * Returns {@code true} or {@code false}.
   *
   * @param value the value
   * @param line where it starts
   * @param column where it starts
   * @return the scalar
   */
  public static SyntaxTree bool(boolean value, int line, int column) {
    return new SyntaxTree(Event.BOOLEAN, Boolean.toString(value), line, column);
  }

  /**
   * Returns an explicit null: a field stated without a value.
   *
   * @param line where it starts
   * @param column where it starts
   * @return the scalar
   */
  public static SyntaxTree nothing(int line, int column) {
    return new SyntaxTree(Event.NULL, "null", line, column);
  }

  /**
   * Adds a field to this record. A name given twice is kept twice, so that the assembler reports it.
   *
   * @param name the field's name
   * @param line where the name starts
   * @param column where the name starts
   * @param value the field's value
   * @return this record
   * @throws IllegalStateException if this is not a record
   */
  public SyntaxTree field(String name, int line, int column, SyntaxTree value) {
    if (kind != Event.START_RECORD) {
      throw new IllegalStateException("only a record has fields");
    }
    names.add(requireNonNull(name, "name"));
    nameAt.add(new int[] {Math.max(line, 0), Math.max(column, 0)});
    values.add(requireNonNull(value, "value"));
    return this;
  }

  /**
   * Adds a value to this list.
   *
   * @param value the value
   * @return this list
   * @throws IllegalStateException if this is not a list
   */
  public SyntaxTree add(SyntaxTree value) {
    if (kind != Event.START_LIST) {
      throw new IllegalStateException("only a list has values");
    }
    values.add(requireNonNull(value, "value"));
    return this;
  }

  /**
   * Returns what this value is: {@link Event#START_RECORD} for a record, {@link Event#START_LIST} for a
   * list, or the scalar's event.
   *
   * @return the kind
   */
  public Event kind() {
    return kind;
  }

  /**
   * Returns the text of a scalar.
   *
   * @return the string, the number as written, {@code true}, {@code false} or {@code null}
   * @throws IllegalStateException for a record or a list
   */
  public String text() {
    if (text == null) {
      throw new IllegalStateException("a " + (kind == Event.START_RECORD ? "record" : "list") + " has no text");
    }
    return text;
  }

  /**
   * Returns the names of a record's fields, in order.
   *
   * @return the names; empty for anything but a record
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns the values of a record's fields, in the order of {@link #names()}, or the values of a list.
   *
   * @return the values; empty for a scalar
   */
  public List<SyntaxTree> values() {
    return values;
  }

  /**
   * Returns the line where the value starts.
   *
   * @return 1-based; 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the value starts.
   *
   * @return 1-based; 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns a reader of this value's events, standing before the first.
   *
   * @return a new reader
   */
  public SyntaxReader reader() {
    return new Reader(this);
  }

  /**
   * Returns a writer that collects what is written into trees: one per top-level value, taken with
   * {@link TreeWriter#take()}.
   *
   * @return a new writer
   */
  public static TreeWriter writer() {
    return new TreeWriter();
  }

  /** Collects written events into trees, without locations. Used by one thread. */
  public static final class TreeWriter implements SyntaxWriter {
    private final Deque<SyntaxTree> open = new ArrayDeque<>();
    private final List<SyntaxTree> done = new ArrayList<>();
    private String pending;

    private TreeWriter() {}

    private void value(SyntaxTree v) {
      SyntaxTree parent = open.peek();
      if (parent == null) {
        done.add(v);
      } else if (parent.kind == Event.START_RECORD) {
        if (pending == null) {
          throw new IllegalStateException("a record's value needs its field's name first");
        }
        parent.field(pending, 0, 0, v);
        pending = null;
      } else {
        parent.add(v);
      }
    }

    @Override
    public void startRecord() {
      SyntaxTree r = record(0, 0);
      value(r);
      open.push(r);
    }

    @Override
    public void endRecord() {
      open.pop();
    }

    @Override
    public void field(String name) {
      pending = requireNonNull(name, "name");
    }

    @Override
    public void startList() {
      SyntaxTree l = list(0, 0);
      value(l);
      open.push(l);
    }

    @Override
    public void endList() {
      open.pop();
    }

    @Override
    public void string(String value) {
      value(SyntaxTree.string(value, 0, 0));
    }

    @Override
    public void integer(long value) {
      value(SyntaxTree.number(Long.toString(value), 0, 0));
    }

    @Override
    public void number(double value) {
      value(SyntaxTree.number(Double.toString(value), 0, 0));
    }

    @Override
    public void bool(boolean value) {
      value(SyntaxTree.bool(value, 0, 0));
    }

    /**
     * Returns the trees completed so far and forgets them.
     *
     * @return the top-level values written, in order
     */
    public List<SyntaxTree> take() {
      List<SyntaxTree> out = List.copyOf(done);
      done.clear();
      return out;
    }
  }

  /** Walks a tree depth first, one event at a time. */
  private static final class Reader implements SyntaxReader {
    /** For each open container: the container and the position of its next child (fields count twice). */
    private final Deque<SyntaxTree> stack = new ArrayDeque<>();
    private final Deque<int[]> positions = new ArrayDeque<>();
    private final SyntaxTree root;
    private boolean started;
    private Event event;
    private String text;
    private int line;
    private int column;

    Reader(SyntaxTree root) {
      this.root = root;
    }

    @Override
    public Event next() {
      if (!started) {
        started = true;
        return enter(root);
      }
      if (stack.isEmpty()) {
        event = null;
        return null;
      }
      SyntaxTree top = stack.peek();
      int[] at = positions.peek();
      if (top.kind == Event.START_RECORD) {
        int i = at[0] / 2;
        if (i < top.values.size()) {
          if (at[0] % 2 == 0) {
            at[0]++;
            event = Event.FIELD;
            text = top.names.get(i);
            line = top.nameAt.get(i)[0];
            column = top.nameAt.get(i)[1];
            return event;
          }
          at[0]++;
          return enter(top.values.get(i));
        }
      } else if (at[0] < top.values.size()) {
        return enter(top.values.get(at[0]++));
      }
      stack.pop();
      positions.pop();
      event = top.kind == Event.START_RECORD ? Event.END_RECORD : Event.END_LIST;
      text = null;
      return event;
    }

    private Event enter(SyntaxTree v) {
      event = v.kind;
      text = v.text;
      line = v.line;
      column = v.column;
      if (v.kind == Event.START_RECORD || v.kind == Event.START_LIST) {
        stack.push(v);
        positions.push(new int[1]);
      }
      return event;
    }

    @Override
    public Event event() {
      return event;
    }

    @Override
    public String text() {
      if (text == null) {
        throw new IllegalStateException("the event " + event + " has no text");
      }
      return text;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case START_RECORD:
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
          sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(": ").append(values.get(i));
        }
        return sb.append('}').toString();
      case START_LIST:
        return values.toString();
      case STRING:
        return '"' + text + '"';
      default:
        return text;
    }
  }
}
