/**
 * Recommendations from the graph for a reader whose organisation matches some org dimensions.
 *
 * <p>A {@link dev.topicgraph.api.recommend.Profile} says which org dimensions match, each with a
 * strength from 0 to 1. A {@link dev.topicgraph.api.recommend.Recommender} follows the relations that
 * leave them: what a matched dimension {@code enables} is a primary recommendation, what it {@code
 * counter-indicates} a caution, and what {@code contrasts-with} or is an {@code alternative-to} a
 * matched dimension or a primary recommendation is an alternative. Each {@link
 * dev.topicgraph.api.recommend.Recommendation} carries the {@link dev.topicgraph.api.recommend.Chain
 * chains} of relations that led to it, with their rationales, and an {@link
 * dev.topicgraph.api.scoring.Explanation} whose root is its score. The {@link
 * dev.topicgraph.api.recommend.Recommendations} also report {@link
 * dev.topicgraph.api.recommend.Conflict conflicts} and list the backlog's topics that draw on what
 * matched or was recommended, in priority order.
 *
 * <p>The recommender reads no clock and draws no random numbers: the same graph and profile give the
 * same result, bit for bit. The rules are in {@code docs/recommendations.md}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
package dev.topicgraph.api.recommend;

import org.immutables.value.Value;
