package dev.topicgraph.beam;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apiguardian.api.API;

/**
 * A deterministic Beam {@code Coder} of feedback events: every field of the event (id, topic,
 * reviewer, rating, opt-in, instant to the nanosecond, comment), each with one encoding, so that equal
 * events give equal bytes and an event can be a key or part of one. Decoding checks the event as
 * {@link Feedback.Builder} does, so bytes that do not hold a valid event fail with a {@link
 * CoderException}.
 *
 * <p>{@link TopicGraphCoders} registers it for {@link Feedback}. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FeedbackCoder extends AtomicCoder<Feedback> {
  private static final long serialVersionUID = 1L;
  private static final FeedbackCoder INSTANCE = new FeedbackCoder();

  private FeedbackCoder() {}

  /**
   * Returns the coder.
   *
   * @return the coder
   */
  public static FeedbackCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Feedback value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null feedback event");
    }
    Wire.writeString(value.id(), out);
    Wire.writeString(value.topic().value(), out);
    Wire.writeString(value.reviewer(), out);
    Wire.writeByte(value.interest(), out);
    Wire.writeBoolean(value.optIn(), out);
    Wire.writeInstant(value.at(), out);
    Wire.writeOptional(value.comment(), out);
  }

  @Override
  public Feedback decode(InputStream in) throws IOException {
    String id = Wire.readString(in);
    String topic = Wire.readString(in);
    String reviewer = Wire.readString(in);
    int interest = Wire.readByte(in);
    boolean optIn = Wire.readBoolean(in);
    Instant at = Wire.readInstant(in);
    Optional<String> comment = Wire.readOptional(in);
    try {
      return Feedback.builder().id(id).topic(NodeId.of(topic)).reviewer(reviewer).interest(interest).optIn(optIn)
          .at(at).comment(comment).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CoderException("not a valid feedback event: " + e.getMessage(), e);
    }
  }

  /** Equal events have equal encodings, and the other way round. */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public Object structuralValue(Feedback value) {
    return value;
  }
}
