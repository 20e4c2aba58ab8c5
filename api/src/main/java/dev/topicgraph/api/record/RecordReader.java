package dev.topicgraph.api.record;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.ValidationMode;
import java.io.IOException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads records of one type, one after another, from one input: a stream of independent records
 * such as a log, where {@link GraphAssembler} would assemble a graph. Every record is checked as the
 * assembler checks it, ids and {@linkplain Field#interned() interned} strings are shared between the
 * records read, and the first refused record ends the reading with a {@link FormatException} that
 * locates its problems.
 *
 * <pre>{@code
 * RecordReader<Feedback> events = RecordReader.over(RecordType.FEEDBACK, syntax, "log.jsonl", options, "log");
 * while (syntax.next() != null) {         // the cursor now stands on a record's START_RECORD
 *   Feedback event = events.read();
 * }
 * }</pre>
 *
 * <p>Used by one thread.
 *
 * @param <R> the record
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RecordReader<R> {
  private final RecordType<R, ?> type;
  private final SyntaxReader in;
  private final ReadOptions options;
  private final DiagnosticCollector c;
  private final RecordParser parser;

  private RecordReader(RecordType<R, ?> type, SyntaxReader in, String sourceName, ReadOptions options,
      RecordParser.Codes codes, RecordParser shared) {
    this.type = requireNonNull(type, "type");
    this.in = requireNonNull(in, "in");
    this.options = options;
    this.c = new DiagnosticCollector(requireNonNull(sourceName, "sourceName"), options.maxProblems());
    this.parser = new RecordParser(in, c, options.mode() == ValidationMode.STRICT, codes, shared);
  }

  /**
   * Returns a reader of the records of one input.
   *
   * @param type the records' description
   * @param in the syntax
   * @param sourceName the name diagnostics give the input, such as its path
   * @param options the read options: in lenient mode an unknown field is a warning, kept in the
   *     record's {@code extra} where it has one
   * @param codePrefix the prefix of diagnostic codes, such as {@code log}
   * @param <R> the record
   * @return the reader
   */
  public static <R> RecordReader<R> over(RecordType<R, ?> type, SyntaxReader in, String sourceName,
      ReadOptions options, String codePrefix) {
    return new RecordReader<>(type, in, sourceName, requireNonNull(options, "options"),
        new RecordParser.Codes(requireNonNull(codePrefix, "codePrefix")), null);
  }

  /**
   * Returns a reader of the same records from another input, with the same options and code prefix,
   * that shares this reader's ids and interned strings: records read from a series of inputs, such as
   * a log's files, then share them as if they came from one input, and an id seen in an earlier input
   * is not parsed again. Its warnings are its own. This reader stays usable.
   *
   * @param next the syntax of the next input
   * @param sourceName the name diagnostics give that input
   * @return the reader
   */
  public RecordReader<R> continueWith(SyntaxReader next, String sourceName) {
    return new RecordReader<>(type, next, sourceName, options, parser.codes, parser);
  }

  /**
   * Reads the record at the cursor, which stands on its {@link SyntaxReader.Event#START_RECORD} (or
   * before it, on a reader that has not started), and leaves the cursor on its {@link
   * SyntaxReader.Event#END_RECORD}.
   *
   * @return the record
   * @throws FormatException if the record is refused, with every problem found in it, located; or if
   *     the syntax fails
   * @throws IOException if reading the input fails
   */
  public R read() throws IOException {
    R value = null;
    try {
      if (in.event() == null) {
        in.next();
      }
      if (in.event() != SyntaxReader.Event.START_RECORD) {
        parser.typeError("a " + type.name(), "an object");
      } else {
        value = parser.record(type, parser.seen());
      }
    } catch (RecordParser.Stop e) {
      // the diagnostics are thrown below
    } catch (SyntaxException e) {
      c.error(e.isLimit() ? parser.codes.limit : parser.codes.syntax, e.getMessage(), e.line(), e.column(), "");
    }
    c.throwIfErrors();
    if (value == null) {
      throw new IllegalStateException("a refused record was not reported");
    }
    return value;
  }

  /**
   * Returns the warnings of the records read so far (unknown fields in lenient mode).
   *
   * @return the warnings, in the order found
   */
  public List<Diagnostic> warnings() {
    return c.diagnostics();
  }
}
