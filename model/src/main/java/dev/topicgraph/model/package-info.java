/**
 * Immutable domain types of the editorial knowledge graph and the graph that holds them.
 *
 * <h2>Values</h2>
 * Every type here is an immutable value with equality by content. Values are created with a
 * builder ({@code Vendor.builder()...build()}) or a static factory ({@code NodeId.of("vendor.x")}),
 * never with a constructor. Each value checks itself when it is built: a malformed id, a confidence
 * outside {@code 0..1} or an interest outside {@code 1..5} fails at once with an
 * {@link dev.topicgraph.model.InvalidValueException} naming the field and the value. No method
 * accepts or returns {@code null}; absent values are {@link java.util.Optional} (or an empty
 * collection). All values are safe to share between threads.
 *
 * <h2>Text</h2>
 * Two kinds of free text are accepted. <em>Single-line text</em> (titles, tags, headings, rationales,
 * ...) holds no line break, no control character, no unpaired surrogate, and neither starts nor ends
 * with white space; tabs are not allowed either. <em>Prose</em> (summaries, section bodies, angles, comments) may also hold line
 * feeds ({@code \n}) and tabs, but no carriage return or other control character, and neither starts
 * nor ends with white space. These rules let every format store text without changing it.
 *
 * <h2>The graph</h2>
 * {@link dev.topicgraph.model.TopicGraph} holds nodes, relations, topics and feedback, sorted into a
 * canonical order, with indexed lookups (by id, outgoing relations, "referenced by", topics that
 * draw on a node, feedback per topic, each reviewer's latest feedback). See its documentation for
 * validation and the diagnostic codes.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
package dev.topicgraph.model;

import org.immutables.value.Value;
