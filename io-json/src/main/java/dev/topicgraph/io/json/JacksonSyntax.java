package dev.topicgraph.io.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.record.SyntaxReader;
import dev.topicgraph.api.record.SyntaxWriter;
import dev.topicgraph.io.json.internal.JacksonSyntaxReader;
import dev.topicgraph.io.json.internal.JacksonSyntaxWriter;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Any Jackson token stream as the record syntax of the {@link dev.topicgraph.api.record} binding:
 * objects are records, arrays are lists, scalars are scalars, with the parser's own lines and
 * columns. With it, a Jackson dataformat reads and writes model records through the one binding.
 *
 * <pre>{@code
 * try (JsonParser p = factory.createParser(ObjectReadContext.empty(), line)) {
 *   SyntaxReader in = JacksonSyntax.reader(p);
 *   in.next();                                   // the record's START_RECORD
 *   assembler.read(RecordType.FEEDBACK, in);
 * }
 * }</pre>
 *
 * <p>The reader turns the parser's failures into located problems (see {@link #reader(JsonParser,
 * String)}). Stateless and thread-safe; the reader and writer it returns are used by one thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JacksonSyntax {
  private JacksonSyntax() {}

  /**
   * Returns the events of a parser; its failures are reported as malformed "input".
   *
   * @param parser the parser; not closed
   * @return a reader standing where the parser stands
   */
  public static SyntaxReader reader(JsonParser parser) {
    return reader(parser, "input");
  }

  /**
   * Returns the events of a parser. Its failures on malformed input become located {@link
   * dev.topicgraph.api.record.SyntaxException}s ("malformed YAML: ..."), and input past a limit of its
   * factory's {@code StreamReadConstraints} a {@code SyntaxException.limit}, which the assembler
   * reports under the codes {@code <prefix>.syntax} and {@code <prefix>.limit}. A failure of the input
   * stream itself is thrown as Jackson's {@code JacksonIOException}; its cause is the {@code
   * IOException}.
   *
   * @param parser the parser; not closed
   * @param language the syntax's name in messages, such as {@code YAML}
   * @return a reader standing where the parser stands
   */
  public static SyntaxReader reader(JsonParser parser, String language) {
    return new JacksonSyntaxReader(Objects.requireNonNull(parser, "parser"), Objects.requireNonNull(language,
        "language"));
  }

  /**
   * Returns a writer of events to a generator.
   *
   * @param generator the generator; not closed or flushed
   * @return the writer
   */
  public static SyntaxWriter writer(JsonGenerator generator) {
    return new JacksonSyntaxWriter(Objects.requireNonNull(generator, "generator"));
  }
}
