package dev.topicgraph.beam;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.FeedbackAccumulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apiguardian.api.API;

/**
 * A deterministic Beam {@code Coder} of {@link FeedbackAccumulator}s, the combine state of {@link
 * TopicFeedbackFn}: the number of reviewers, then each reviewer's newest event (reviewer, event id,
 * instant, rating, opt-in) in reviewer order, as {@link FeedbackAccumulator#forEachNewest} gives
 * them. Equal accumulators hold the same events in the same order, so they give equal bytes; decoding
 * adds the events back and makes an equal accumulator.
 *
 * <p>{@link TopicGraphCoders} registers it for {@link FeedbackAccumulator}. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FeedbackAccumulatorCoder extends AtomicCoder<FeedbackAccumulator> {
  private static final long serialVersionUID = 1L;
  private static final FeedbackAccumulatorCoder INSTANCE = new FeedbackAccumulatorCoder();

  private FeedbackAccumulatorCoder() {}

  /**
   * Returns the coder.
   *
   * @return the coder
   */
  public static FeedbackAccumulatorCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(FeedbackAccumulator value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null accumulator");
    }
    Wire.writeInt(value.reviewers(), out);
    try {
      value.forEachNewest((reviewer, eventId, at, interest, optIn) -> {
        try {
          Wire.writeString(reviewer, out);
          Wire.writeString(eventId, out);
          Wire.writeInstant(at, out);
          Wire.writeByte(interest, out);
          Wire.writeBoolean(optIn, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public FeedbackAccumulator decode(InputStream in) throws IOException {
    int reviewers = Wire.readInt(in);
    if (reviewers < 0) {
      throw new CoderException("an accumulator cannot hold " + reviewers + " reviewers");
    }
    FeedbackAccumulator acc = FeedbackAccumulator.empty();
    String previous = null;
    for (int i = 0; i < reviewers; i++) {
      String reviewer = Wire.readString(in);
      String eventId = Wire.readString(in);
      Instant at = Wire.readInstant(in);
      int interest = Wire.readByte(in);
      boolean optIn = Wire.readBoolean(in);
      if (previous != null && previous.compareTo(reviewer) >= 0) {
        throw new CoderException("reviewers are encoded in order, each once: " + reviewer + " after " + previous);
      }
      previous = reviewer;
      try {
        acc.add(reviewer, eventId, at, interest, optIn);
      } catch (IllegalArgumentException e) {
        throw new CoderException("not a valid accumulator: " + e.getMessage(), e);
      }
    }
    return acc;
  }

  /** Equal accumulators have equal encodings, and the other way round. */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  /**
   * Returns a copy: an accumulator is mutable, and a structural value must stay as it was when it was
   * taken. Copies are equal when the accumulators' contents are.
   */
  @Override
  public Object structuralValue(FeedbackAccumulator value) {
    return value.copy();
  }
}
