/**
 * {@link dev.topicgraph.jackson.TopicGraphModule}: register it with a {@code JsonMapper} (or the
 * mapper of any Jackson dataformat) to read and write the topicgraph model with it.
 */
package dev.topicgraph.jackson;
