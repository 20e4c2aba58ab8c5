package dev.topicgraph.io.html;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The HTML format: writes a graph as a static site (see {@link HtmlSite}) into a folder, with the
 * same rules as every directory format: the folder's other files are left alone, and a failed write
 * leaves the previous site (see {@link AtomicOutput}). It cannot read, and a folder path alone does not
 * choose it ({@code FormatRegistry.byPath} picks a directory format that reads): name it by id.
 *
 * <pre>{@code
 * GraphWriter site = new HtmlFormat().writer(WriteOptions.builder()
 *     .putFormatOption(HtmlFormat.AS_OF_OPTION, "2026-11-20T00:00:00Z")
 *     .putFormatOption(HtmlFormat.ENDPOINT_OPTION, "https://example.org/feedback")
 *     .build());
 * site.write(graph, Path.of("site"));
 * }</pre>
 *
 * <p>Write options: {@value #AS_OF_OPTION}, the instant of the ranking (an ISO-8601 instant, or a
 * date for its start in UTC), by default the newest feedback event's instant, or the start of the
 * newest topic's proposed day when the graph has no feedback, so that the same graph always gives
 * the same site; {@value #ENDPOINT_OPTION}, where the topic pages' feedback form posts ({@code http},
 * {@code https} or relative), without which the pages say that sign-in is required. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlFormat implements FormatProvider {
  /** The format id. */
  public static final String ID = "html";
  /** The write option that sets the instant of the ranking. */
  public static final String AS_OF_OPTION = "as-of";
  /** The write option that sets where the feedback form posts. */
  public static final String ENDPOINT_OPTION = "feedback-endpoint";

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder()
      .id(ID)
      .displayName("topicgraph static HTML site")
      .addMediaTypes("text/html")
      .addCapabilities(Capability.WRITE, Capability.DIRECTORY)
      .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public HtmlFormat() {}

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Set<String> writeOptionNames() {
    return Set.of(AS_OF_OPTION, ENDPOINT_OPTION);
  }

  @Override
  public GraphWriter writer(WriteOptions options) {
    Objects.requireNonNull(options, "options");
    options.requireKnownFormatOptions(ID, writeOptionNames());
    Map<String, String> o = options.formatOptions();
    Optional<Instant> asOf = Optional.ofNullable(o.get(AS_OF_OPTION)).map(HtmlFormat::instant);
    FeedbackPanel panel = Optional.ofNullable(o.get(ENDPOINT_OPTION))
        .map(url -> {
          try {
            return FeedbackPanel.form(url, Map.of());
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the write option " + ENDPOINT_OPTION + " of format " + ID + ": "
                + e.getMessage(), e);
          }
        })
        .orElse(FeedbackPanel.signInRequired());
    return new Writer(asOf, panel);
  }

  /**
   * Returns the instant a site of this graph is ranked as of when the write option {@value
   * #AS_OF_OPTION} is not given: the newest feedback event's instant, else the start (UTC) of the
   * newest topic's proposed day, else the epoch.
   *
   * @param graph the graph
   * @return the instant
   */
  public static Instant defaultAsOf(TopicGraph graph) {
    Instant newest = null;
    for (Feedback f : graph.feedback()) {
      if (newest == null || f.at().isAfter(newest)) {
        newest = f.at();
      }
    }
    if (newest != null) {
      return newest;
    }
    LocalDate day = null;
    for (Topic t : graph.topics()) {
      if (day == null || t.proposed().isAfter(day)) {
        day = t.proposed();
      }
    }
    return day == null ? Instant.EPOCH : day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Instant instant(String text) {
    try {
      return PriorityScorer.parseAsOf(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the write option " + AS_OF_OPTION + " of format " + ID + ": "
          + e.getMessage(), e);
    }
  }

  /** Writes the site of a graph. Immutable and thread-safe. */
  private static final class Writer implements GraphWriter {
    private final Optional<Instant> asOf;
    private final FeedbackPanel panel;

    Writer(Optional<Instant> asOf, FeedbackPanel panel) {
      this.asOf = asOf;
      this.panel = panel;
    }

    @Override
    public FormatDescriptor format() {
      return DESCRIPTOR;
    }

    @Override
    public void write(TopicGraph graph, Path target) throws IOException {
      Objects.requireNonNull(graph, "graph");
      Objects.requireNonNull(target, "target");
      HtmlSite site = HtmlSite.of(graph, asOf.orElseGet(() -> defaultAsOf(graph))).withFeedbackPanel(panel);
      // Pages are rendered one at a time into the staging folder, so a large graph never holds the whole
      // site in memory; a failure part-way leaves the previous site (AtomicOutput).
      AtomicOutput.writeDirectory(target, dir -> {
        Path topics = Files.createDirectories(dir.resolve("topics"));
        Path nodes = Files.createDirectories(dir.resolve("nodes"));
        writeText(dir.resolve("index.html"), site.index());
        writeText(dir.resolve(HtmlSite.STYLESHEET), HtmlSite.stylesheet());
        writeText(dir.resolve(HtmlSite.ICON), HtmlSite.icon());
        for (Topic t : graph.topics()) {
          writeText(page(topics, t.id()), site.topicPage(t.id()));
        }
        for (Node n : graph.nodes()) {
          writeText(page(nodes, n.id()), site.nodePage(n.id()));
        }
      });
    }
  }

  /** The page of an id inside {@code dir}; ids cannot name a path outside it, and this checks it again. */
  private static Path page(Path dir, NodeId id) {
    Path file = dir.resolve(id.value() + ".html").normalize();
    if (!dir.normalize().equals(file.getParent())) {
      throw new IllegalArgumentException("the id " + id + " does not name a file inside " + dir);
    }
    return file;
  }

  private static void writeText(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
