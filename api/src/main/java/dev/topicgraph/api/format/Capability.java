package dev.topicgraph.api.format;

/** What a format can do. */
public enum Capability {
  /** Graphs can be read. */
  READ,
  /** Graphs can be written. */
  WRITE,
  /** Writing then reading gives an equal graph, for every valid graph. */
  LOSSLESS,
  /** The format stores a graph as a directory of files rather than as one file. */
  DIRECTORY
}
