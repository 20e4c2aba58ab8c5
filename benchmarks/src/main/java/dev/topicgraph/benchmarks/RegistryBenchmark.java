package dev.topicgraph.benchmarks;

import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.FormatRegistry;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Discovering the formats, beside a bare {@link ServiceLoader} pass over the same providers. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegistryBenchmark {

  /** Discovering and checking every format on the class path. */
  @Benchmark
  public FormatRegistry registryDiscovery() {
    return FormatRegistry.load();
  }

  /** Baseline: instantiating the same providers with a bare ServiceLoader. */
  @Benchmark
  public long baselineServiceLoader() {
    return ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get).count();
  }
}
