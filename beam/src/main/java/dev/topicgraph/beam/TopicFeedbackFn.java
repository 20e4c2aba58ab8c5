package dev.topicgraph.beam;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.FeedbackAccumulator;
import dev.topicgraph.model.Feedback;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apiguardian.api.API;

/**
 * Folds the feedback events of one topic into the library's {@link FeedbackAccumulator}: each
 * reviewer's newest event. Key the events by topic and apply it with {@code
 * Combine.perKey(new TopicFeedbackFn())}; then score each topic from its accumulator with {@link
 * dev.topicgraph.api.scoring.PriorityScorer#score}, as {@link RankFeedback} does.
 *
 * <p>Adding and merging are commutative, associative and idempotent, so the accumulator of a topic
 * does not depend on how the runner splits the events into bundles, on the order they arrive in, or
 * on an event delivered twice; and scoring reads its reviewers in one fixed order, so the score does
 * not either, to the bit. The accumulators travel between workers with {@link
 * FeedbackAccumulatorCoder}, which is deterministic.
 *
 * <p>Stateless: one instance may be used by any number of threads and pipelines.
 */
@API(status = EXPERIMENTAL, since = "0.1")
// tag::combineFn[]
public final class TopicFeedbackFn extends Combine.CombineFn<Feedback, FeedbackAccumulator, FeedbackAccumulator> {
  private static final long serialVersionUID = 1L;

  /** Creates the combine function. */
  public TopicFeedbackFn() {}

  @Override
  public FeedbackAccumulator createAccumulator() {
    return FeedbackAccumulator.empty();
  }

  @Override
  public FeedbackAccumulator addInput(FeedbackAccumulator acc, Feedback event) {
    return acc.add(event);
  }

  @Override
  public FeedbackAccumulator mergeAccumulators(Iterable<FeedbackAccumulator> accs) {
    FeedbackAccumulator merged = FeedbackAccumulator.empty();
    for (FeedbackAccumulator a : accs) {
      merged.merge(a);
    }
    return merged;
  }

  @Override
  public FeedbackAccumulator extractOutput(FeedbackAccumulator acc) {
    return acc;
  }

  @Override
  public Coder<FeedbackAccumulator> getAccumulatorCoder(CoderRegistry registry, Coder<Feedback> inputCoder) {
    return FeedbackAccumulatorCoder.of();
  }

  @Override
  public Coder<FeedbackAccumulator> getDefaultOutputCoder(CoderRegistry registry, Coder<Feedback> inputCoder) {
    return FeedbackAccumulatorCoder.of();
  }
}
// end::combineFn[]
