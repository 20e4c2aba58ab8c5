package com.example.consumer;

import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.FormatRegistry;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.jackson.TopicGraphModule;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the consumer check runs, through topicgraph's public API only: the README's two
 * snippets, and a Markdown round trip that needs the pinned YAML parser. Run on the class path by
 * the tests and on the module path by a second JVM.
 */
public final class ConsumerApp {
  /** An emoji, a surrogate pair: snakeyaml-engine 3.0.1 crashes when one straddles its 1,024-char buffer. */
  static final String EMOJI = "\uD83D\uDE00";

  private ConsumerApp() {}

  /**
   * Runs everything in a new folder under {@code args[0]} and exits 1 on any failure.
   *
   * @param args a folder to work in
   * @throws IOException if the folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(Path.of(args[0]), System.out, System.err);
  }

  /**
   * Runs everything, printing what it finds.
   *
   * @param workDir an existing folder to write into
   * @param out the report
   * @param err problems
   * @throws IOException if the folder cannot be written
   * @throws IllegalStateException if a check fails
   */
  public static void run(Path workDir, PrintStream out, PrintStream err) throws IOException {
    FormatRegistry formats = FormatRegistry.load();
    out.println("consumer module: " + moduleName(ConsumerApp.class));
    out.println("formats: " + formats.formats().stream().map(FormatDescriptor::id).sorted()
        .collect(Collectors.joining(", ")));
    FormatProvider markdown = formats.require("markdown");
    out.println("io-markdown as a named module: "
        + ModuleLayer.boot().findModule("dev.topicgraph.io.markdown").isPresent());

    Path backlog = workDir.resolve("backlog.json");
    formats.requireForFileName(backlog.toString()).writer().write(backlogGraph(), backlog);
    ReadAndRank.run(backlog, out, err);
    QuickStart.run().forEach(line -> out.println("quick start: " + line));
    restEndpoint(formats.require("json").reader().read(backlog), out);

    Path pages = workDir.resolve("pages");
    TopicGraph emoji = emojiGraph();
    markdown.writer().write(emoji, pages);
    TopicGraph back = markdown.reader().read(pages);
    if (!back.equals(emoji)) {
      throw new IllegalStateException("the Markdown pages in " + pages + " did not read back equal");
    }
    long pageCount;
    try (var files = Files.walk(pages)) {
      pageCount = files.filter(p -> p.toString().endsWith(".md")).count();
    }
    out.println("markdown round trip: " + emoji.nodes().size() + " pages with an emoji at a YAML buffer boundary"
        + " read back equal (" + pageCount + " files)");
  }

  /** What a REST endpoint of the application returns: the ranked backlog, through its own mapper. */
  static void restEndpoint(TopicGraph graph, PrintStream out) {
    JsonMapper mapper = JsonMapper.builder().addModule(new TopicGraphModule()).build();
    List<RankedTopic> ranking = PriorityScorer.withDefaults().rank(graph, Instant.parse("2026-11-20T00:00:00Z"));
    String body = mapper.writeValueAsString(ranking);
    List<RankedTopic> back = mapper.readValue(body, new TypeReference<List<RankedTopic>>() { });
    if (!back.equals(ranking)) {
      throw new IllegalStateException("the ranked backlog did not read back equal through the mapper");
    }
    out.println("jackson module: " + ranking.size() + " ranked topics, " + body.length() + " characters, read back equal");
  }

  private static String moduleName(Class<?> type) {
    Module m = type.getModule();
    return m.isNamed() ? m.getName() : "unnamed";
  }

  /** Three topics and a little feedback: something for the ranking to order. */
  static TopicGraph backlogGraph() {
    TopicGraph.Builder b = TopicGraph.builder();
    String[] titles = {"Who owns the sync definitions?", "Agentic activation, a reality check",
        "Warehouse-native CDPs for small teams"};
    for (int t = 0; t < titles.length; t++) {
      NodeId id = NodeId.of("topic.consumer-" + t);
      b.addTopic(Topic.builder().id(id).title(titles[t]).proposed(LocalDate.parse("2026-10-01")).build());
      for (int r = 0; r <= t * 2; r++) {
        b.addFeedback(Feedback.builder().id("f-" + t + "-" + r).topic(id).reviewer("reader-" + r)
            .interest(2 + t).optIn(r == 0).at(Instant.parse("2026-11-0" + (1 + r) + "T09:00:00Z")).build());
      }
    }
    return b.build();
  }

  /**
   * Ninety nodes whose titles (a front-matter value) hold an emoji after 950 to 1,039 characters.
   * Each page's front matter starts with the id and then the title, so in one of them the emoji sits
   * at position 1,023 of the YAML text and straddles the parser's 1,024-character read buffer: the
   * case that crashed snakeyaml-engine 3.0.1 (with this id length, a title of 993 x's and the emoji).
   * Sweeping the range keeps the check honest if the writer's front matter changes a little.
   */
  static TopicGraph emojiGraph() {
    TopicGraph.Builder b = TopicGraph.builder();
    for (int at = 950; at < 1040; at++) {
      b.addNode(OrgDimension.builder().id(NodeId.of(String.format("org-dim.emoji-%04d", at)))
          .title("x".repeat(at) + EMOJI + " end").build());
    }
    return b.build();
  }
}
