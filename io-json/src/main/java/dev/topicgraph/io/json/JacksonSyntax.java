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
 * <p>Jackson's own failures (malformed input, a limit of the parser's {@code StreamReadConstraints})
 * propagate as Jackson exceptions; catch {@code JacksonException} and report it with {@link
 * dev.topicgraph.api.record.GraphAssembler#diagnostics()}. Stateless and thread-safe; the reader and
 * writer it returns are used by one thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JacksonSyntax {
  private JacksonSyntax() {}

  /**
   * Returns the events of a parser.
   *
   * @param parser the parser; not closed
   * @return a reader standing where the parser stands
   */
  public static SyntaxReader reader(JsonParser parser) {
    return new JacksonSyntaxReader(Objects.requireNonNull(parser, "parser"));
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
