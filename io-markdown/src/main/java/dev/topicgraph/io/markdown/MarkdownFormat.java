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
import java.util.Set;
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
 * <p>A topic page shows its feedback as counts (ratings, mean interest, interested reviewers), not
 * who gave it: reader ids and comments stay private unless the write option {@value #FEEDBACK_OPTION}
 * is {@value #FEEDBACK_EVENTS}, which writes every event as a table row. The counts are for readers
 * and are not read back.
 *
 * <p>Written with {@code feedback=events}, the format is lossless: reading what was written gives an
 * equal graph, and writing what was read gives the same bytes. Text that a page could not hold unchanged is refused when writing,
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

  /** The write option that says how a topic page shows its feedback. */
  public static final String FEEDBACK_OPTION = "feedback";
  /** {@value #FEEDBACK_OPTION} value: counts only, the default. */
  public static final String FEEDBACK_COUNTS = "counts";
  /** {@value #FEEDBACK_OPTION} value: every event, with reader ids and comments. */
  public static final String FEEDBACK_EVENTS = "events";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MarkdownFormat() {}

  @Override
  public Set<String> writeOptionNames() {
    return Set.of(FEEDBACK_OPTION);
  }

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

  /**
   * Returns a writer that lists every feedback event on its topic's page, with reader ids and
   * comments ({@value #FEEDBACK_OPTION}={@value #FEEDBACK_EVENTS}), so that the pages read back as an
   * equal graph. Use it to store a graph; the default writer is for pages that people read.
   *
   * @return the writer
   */
  public static GraphWriter losslessWriter() {
    return new MarkdownFormat().writer(WriteOptions.builder().putFormatOption(FEEDBACK_OPTION, FEEDBACK_EVENTS)
        .build());
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
    String feedback = options.formatOptions().getOrDefault(FEEDBACK_OPTION, FEEDBACK_COUNTS);
    if (!feedback.equals(FEEDBACK_COUNTS) && !feedback.equals(FEEDBACK_EVENTS)) {
      throw new IllegalArgumentException("the write option " + FEEDBACK_OPTION + " of format " + ID + " is "
          + FEEDBACK_COUNTS + " or " + FEEDBACK_EVENTS + ", not \"" + feedback + "\"");
    }
    return new MarkdownGraphWriter(DESCRIPTOR, feedback.equals(FEEDBACK_EVENTS));
  }
}
