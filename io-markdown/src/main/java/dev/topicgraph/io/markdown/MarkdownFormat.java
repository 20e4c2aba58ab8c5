package dev.topicgraph.io.markdown;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.io.markdown.internal.MarkdownGraphReader;
import dev.topicgraph.io.markdown.internal.MarkdownGraphWriter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The Markdown format: a directory with {@code nodes/<id>.md} for each node, {@code topics/<id>.md}
 * for each topic and an {@code index.md} for readers. Each page has YAML front matter for its flat
 * fields and Markdown for its prose, relations, sources and feedback, so a person can read and edit
 * it; see {@code docs/formats/markdown.md}.
 *
 * <pre>{@code
 * MarkdownFormat.defaultWriter().write(graph, Path.of("pages"));
 * TopicGraph again = MarkdownFormat.defaultReader().read(Path.of("pages"));
 * TopicGraph onePage = MarkdownFormat.defaultReader().read(Path.of("pages/nodes/vendor.hightouch.md"));
 * }</pre>
 *
 * <p>The format is lossless: reading what was written gives an equal graph, and writing what was
 * read gives the same bytes. Text that a page could not hold unchanged is refused when writing,
 * with an {@link IllegalArgumentException} that says why. Reading a single page gives a graph with
 * just that page's node and its relations, or its topic and its feedback. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkdownFormat implements FormatProvider {
  /** The format id. */
  public static final String ID = "markdown";

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder()
      .id(ID)
      .displayName("topicgraph Markdown pages")
      .addMediaTypes("text/markdown")
      .addFileExtensions("md")
      .addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS, Capability.DIRECTORY)
      .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MarkdownFormat() {}

  /**
   * Returns a reader with the default options.
   *
   * @return the reader
   */
  public static GraphReader defaultReader() {
    return new MarkdownFormat().reader();
  }

  /**
   * Returns a writer with the default options.
   *
   * @return the writer
   */
  public static GraphWriter defaultWriter() {
    return new MarkdownFormat().writer();
  }

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public GraphReader reader(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    options.requireKnownFormatOptions(ID, readOptionNames());
    return new MarkdownGraphReader(DESCRIPTOR, options);
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    options.requireKnownFormatOptions(ID, writeOptionNames());
    return new MarkdownGraphWriter(DESCRIPTOR);
  }
}
