package dev.topicgraph.beam;

import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.ScoredTopic;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;

/**
 * A scored topic on its way to the ranking: the topic's id, how many reviewers count, and the
 * explanation, whose root is the score. The topic itself is looked up in the graph again where the
 * ranking is made. Immutable; equality by content.
 */
final class TopicScore {
  final String topic;
  final int reviewers;
  final Explanation explanation;

  TopicScore(String topic, int reviewers, Explanation explanation) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.reviewers = reviewers;
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  static TopicScore of(ScoredTopic s) {
    return new TopicScore(s.topic().id().value(), s.reviewers(), s.explanation());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TopicScore && topic.equals(((TopicScore) o).topic) && reviewers == ((TopicScore) o).reviewers
        && explanation.equals(((TopicScore) o).explanation);
  }

  @Override
  public int hashCode() {
    return topic.hashCode() * 31 + reviewers;
  }

  @Override
  public String toString() {
    return topic + " " + explanation.value() + " (" + reviewers + " reviewers)";
  }

  /** Its coder: the id, the count of reviewers and the explanation. */
  static final class Coder extends AtomicCoder<TopicScore> {
    private static final long serialVersionUID = 1L;
    private static final Coder INSTANCE = new Coder();

    private Coder() {}

    static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(TopicScore value, OutputStream out) throws IOException {
      Wire.writeString(value.topic, out);
      Wire.writeInt(value.reviewers, out);
      ExplanationCoder.of().encode(value.explanation, out);
    }

    @Override
    public TopicScore decode(InputStream in) throws IOException {
      String topic = Wire.readString(in);
      int reviewers = Wire.readInt(in);
      if (reviewers < 0) {
        throw new CoderException("a count of reviewers cannot be " + reviewers);
      }
      return new TopicScore(topic, reviewers, ExplanationCoder.of().decode(in));
    }

    @Override
    public boolean consistentWithEquals() {
      return true;
    }

    @Override
    public Object structuralValue(TopicScore value) {
      return value;
    }
  }
}
