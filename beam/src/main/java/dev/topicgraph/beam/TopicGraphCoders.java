package dev.topicgraph.beam;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.FeedbackAccumulator;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apiguardian.api.API;

/**
 * Registers this module's coders with every Beam {@code CoderRegistry}: {@link FeedbackCoder} for
 * {@link Feedback}, {@link FeedbackAccumulatorCoder} for {@link FeedbackAccumulator}, {@link
 * DiagnosticCoder} for {@link Diagnostic} and {@link TopicGraphCoder} for {@link TopicGraph}. Beam
 * finds it with {@link java.util.ServiceLoader} when this jar is on the class path, so a pipeline of
 * these types needs no {@code setCoder}.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TopicGraphCoders implements CoderProviderRegistrar {
  /** Creates the registrar; {@link java.util.ServiceLoader} calls this. */
  public TopicGraphCoders() {}

  @Override
  public List<CoderProvider> getCoderProviders() {
    return List.of(
        CoderProviders.forCoder(TypeDescriptor.of(Feedback.class), FeedbackCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(FeedbackAccumulator.class), FeedbackAccumulatorCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(Diagnostic.class), DiagnosticCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(TopicGraph.class), TopicGraphCoder.of()));
  }
}
