/**
 * Priority scoring of the topic backlog from reader feedback, with an explanation for every score.
 *
 * <p>{@link dev.topicgraph.api.scoring.PriorityScorer} ranks a graph's topics at an explicit instant
 * under a {@link dev.topicgraph.api.scoring.ScoringConfig}; each {@link
 * dev.topicgraph.api.scoring.RankedTopic} carries an {@link dev.topicgraph.api.scoring.Explanation}
 * tree from which its score is computed. Feedback is folded per topic into a mergeable {@link
 * dev.topicgraph.api.scoring.FeedbackAccumulator}, so the same scorer runs incrementally ({@link
 * dev.topicgraph.api.scoring.LiveBacklog}) and as the combine function of a distributed engine.
 *
 * <p>Scoring reads no clock and draws no random numbers: the same input gives the same bits. The
 * formula of every signal is in {@code docs/scoring.md}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
package dev.topicgraph.api.scoring;

import org.immutables.value.Value;
