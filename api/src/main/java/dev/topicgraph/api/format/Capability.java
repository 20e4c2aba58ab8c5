package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a format can do. */
@API(status = STABLE, since = "0.1")
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
