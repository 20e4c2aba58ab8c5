/**
 * The format SPI: how graphs are read from and written to files, and how formats are found.
 *
 * <p>A format is a {@link dev.topicgraph.api.format.FormatProvider}: a {@link
 * dev.topicgraph.api.format.FormatDescriptor} plus factories for a {@link
 * dev.topicgraph.api.format.GraphReader} and a {@link dev.topicgraph.api.format.GraphWriter}.
 * Providers are found with {@link java.util.ServiceLoader} by a {@link
 * dev.topicgraph.api.format.FormatRegistry}, or registered by hand.
 *
 * <p>A read either returns a whole graph or throws one {@link
 * dev.topicgraph.api.format.FormatException} carrying every problem found, each a {@link
 * dev.topicgraph.model.Diagnostic} with its location; it never returns a partial graph. Writes to a
 * path are atomic ({@link dev.topicgraph.api.format.AtomicOutput}). Readers, writers, descriptors,
 * options and registries are immutable and thread-safe.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
package dev.topicgraph.api.format;

import org.immutables.value.Value;
