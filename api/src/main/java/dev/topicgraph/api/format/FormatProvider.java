package dev.topicgraph.api.format;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * The service a format plugs in: a descriptor and factories for readers and writers.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/dev.topicgraph.api.format.FormatProvider} and, in a named module, declare {@code
 * provides dev.topicgraph.api.format.FormatProvider with ...}. An implementation needs a public
 * no-argument constructor, must be thread-safe, and should do no work until asked: the registry
 * instantiates every provider on the class path.
 *
 * <p>The conformance kit in {@code topicgraph-testkit} ({@code FormatConformanceTest}) checks a
 * provider against this contract.
 */
@API(status = STABLE, since = "0.1")
public interface FormatProvider {
  /** The SPI version this interface describes; descriptors with a greater one are not loaded. */
  int SPI_VERSION = 1;

  /**
   * Returns the descriptor of the format. Called once per registry; must not fail.
   *
   * @return the descriptor
   */
  FormatDescriptor descriptor();

  /**
   * Returns the names of the format-specific read options this format understands.
   *
   * @return the option names, possibly empty
   */
  default Set<String> readOptionNames() {
    return Set.of();
  }

  /**
   * Returns the names of the format-specific write options this format understands.
   *
   * @return the option names, possibly empty
   */
  default Set<String> writeOptionNames() {
    return Set.of();
  }

  /**
   * Returns a reader with the given options.
   *
   * @param options the options
   * @return an immutable, thread-safe reader
   * @throws IllegalArgumentException if a format-specific option is not one of {@link
   *     #readOptionNames()} or has a bad value
   * @throws UnsupportedOperationException if the format cannot read
   */
  default GraphReader reader(ReadOptions options) {
    throw new UnsupportedOperationException("format " + descriptor().id() + " cannot read graphs");
  }

  /**
   * Returns a writer with the given options.
   *
   * @param options the options
   * @return an immutable, thread-safe writer
   * @throws IllegalArgumentException if a format-specific option is not one of {@link
   *     #writeOptionNames()} or has a bad value
   * @throws UnsupportedOperationException if the format cannot write
   */
  default GraphWriter writer(WriteOptions options) {
    throw new UnsupportedOperationException("format " + descriptor().id() + " cannot write graphs");
  }

  /**
   * Returns a reader with the default options.
   *
   * @return the reader
   */
  default GraphReader reader() {
    return reader(ReadOptions.defaults());
  }

  /**
   * Returns a writer with the default options.
   *
   * @return the writer
   */
  default GraphWriter writer() {
    return writer(WriteOptions.defaults());
  }
}
