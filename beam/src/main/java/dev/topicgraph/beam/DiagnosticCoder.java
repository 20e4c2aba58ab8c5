package dev.topicgraph.beam;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalInt;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apiguardian.api.API;

/**
 * A deterministic Beam {@code Coder} of {@link Diagnostic}s: the problems a pipeline puts in its
 * dead-letter output, such as a malformed line of a feedback log, with the file, line and column.
 *
 * <p>{@link TopicGraphCoders} registers it for {@link Diagnostic}. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DiagnosticCoder extends AtomicCoder<Diagnostic> {
  private static final long serialVersionUID = 1L;
  private static final DiagnosticCoder INSTANCE = new DiagnosticCoder();
  private static final Severity[] SEVERITIES = Severity.values();

  private DiagnosticCoder() {}

  /**
   * Returns the coder.
   *
   * @return the coder
   */
  public static DiagnosticCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Diagnostic value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null diagnostic");
    }
    Wire.writeByte(value.severity().ordinal(), out);
    Wire.writeString(value.code(), out);
    Wire.writeString(value.message(), out);
    Wire.writeOptional(value.source(), out);
    Wire.writeInt(value.line().orElse(0), out);
    Wire.writeInt(value.column().orElse(0), out);
    Wire.writeOptional(value.path(), out);
  }

  @Override
  public Diagnostic decode(InputStream in) throws IOException {
    int severity = Wire.readByte(in);
    if (severity >= SEVERITIES.length) {
      throw new CoderException("no severity has the number " + severity);
    }
    Diagnostic.Builder b = Diagnostic.builder().severity(SEVERITIES[severity]).code(Wire.readString(in))
        .message(Wire.readString(in)).source(Wire.readOptional(in));
    int line = Wire.readInt(in);
    int column = Wire.readInt(in);
    b.line(line > 0 ? OptionalInt.of(line) : OptionalInt.empty())
        .column(column > 0 ? OptionalInt.of(column) : OptionalInt.empty())
        .path(Wire.readOptional(in));
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CoderException("not a valid diagnostic: " + e.getMessage(), e);
    }
  }

  /** Equal diagnostics have equal encodings, and the other way round. */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public Object structuralValue(Diagnostic value) {
    return value;
  }
}
