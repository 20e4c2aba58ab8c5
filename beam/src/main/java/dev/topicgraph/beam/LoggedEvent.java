package dev.topicgraph.beam;

import dev.topicgraph.model.Feedback;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;

/**
 * An event with the place it was read from: the file and the line. Of two events with one id, the one
 * read first in the log counts: the earlier file (by path), then the earlier line. Immutable; equality
 * by content.
 */
final class LoggedEvent {
  final String source;
  final int line;
  final Feedback event;

  LoggedEvent(String source, int line, Feedback event) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.event = Objects.requireNonNull(event, "event");
  }

  /** Whether this was read before {@code other}; for one place, the content decides, so the order is total. */
  boolean isBefore(LoggedEvent other) {
    int c = source.compareTo(other.source);
    if (c != 0) {
      return c < 0;
    }
    if (line != other.line) {
      return line < other.line;
    }
    return Feedback.NEWEST_LAST.compare(event, other.event) < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoggedEvent && source.equals(((LoggedEvent) o).source) && line == ((LoggedEvent) o).line
        && event.equals(((LoggedEvent) o).event);
  }

  @Override
  public int hashCode() {
    return (source.hashCode() * 31 + line) * 31 + event.hashCode();
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + event;
  }

  /** Its coder: the file, the line and the event. */
  static final class Coder extends AtomicCoder<LoggedEvent> {
    private static final long serialVersionUID = 1L;
    private static final Coder INSTANCE = new Coder();

    private Coder() {}

    static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(LoggedEvent value, OutputStream out) throws IOException {
      Wire.writeString(value.source, out);
      Wire.writeInt(value.line, out);
      FeedbackCoder.of().encode(value.event, out);
    }

    @Override
    public LoggedEvent decode(InputStream in) throws IOException {
      String source = Wire.readString(in);
      int line = Wire.readInt(in);
      if (line < 1) {
        throw new CoderException("a line is numbered from 1, not " + line);
      }
      return new LoggedEvent(source, line, FeedbackCoder.of().decode(in));
    }

    @Override
    public boolean consistentWithEquals() {
      return true;
    }

    @Override
    public Object structuralValue(LoggedEvent value) {
      return value;
    }
  }
}
