package dev.topicgraph.cli;

import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
import dev.topicgraph.api.recommend.Chain;
import dev.topicgraph.api.recommend.Conflict;
import dev.topicgraph.api.recommend.Profile;
import dev.topicgraph.api.recommend.Recommendation;
import dev.topicgraph.api.recommend.Recommendation.Role;
import dev.topicgraph.api.recommend.Recommendations;
import dev.topicgraph.api.recommend.Recommender;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.TopicGraph;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** {@code topicgraph recommend PATH --profile ...}. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
    description = "Recommends vendors and patterns for an organisation that matches some org dimensions, "
        + "and lists the backlog's topics to put to its readers.")
final class RecommendCommand implements Callable<Integer> {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "A file, or a directory of Markdown pages.")
  private Path path;

  @Option(names = "--profile", required = true, paramLabel = "ID[=STRENGTH],...",
      description = "The org dimensions that match, each with a strength from 0 to 1 (1 if left out), such as "
          + "org-dim.a.b=1,org-dim.c.d=0.5.")
  private String profile;

  @Option(names = "--format", paramLabel = "ID", description = "The format; by default from the file name.")
  private String format;

  @Option(names = "--as-of", paramLabel = "DATE|INSTANT",
      description = "Rank the topics as of this day (midnight UTC) or instant; now by default.")
  private String asOf;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Show the first N topics to "
      + "review (default: ${DEFAULT-VALUE}; 0 for all).")
  private int top;

  @Option(names = "--explain", description = "Print how each score was computed.")
  private boolean explain;

  @Option(names = "--json", description = "Print a JSON object: recommendations, conflicts, topics, ignored "
      + "relations.")
  private boolean json;

  @Override
  public Integer call() {
    if (top < 0) {
      throw new Main.UsageError("--top must be 0 or more, not " + top);
    }
    Profile matched;
    try {
      matched = Profile.parse(profile);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageError("--profile: " + e.getMessage());
    }
    Instant when = asOf == null ? Instant.now() : RankCommand.instant(asOf);
    FormatProvider provider = Io.formatFor(path, format, "--format");
    Path input = Io.inputPath(path, provider, spec.commandLine().getErr());
    Optional<ReadResult> read = Io.read(input, provider, ReadOptions.defaults(), spec.commandLine().getErr());
    if (read.isEmpty()) {
      return Main.INVALID;
    }
    // A lenient read keeps relations to missing nodes; say so, as validate does, since they lead nowhere.
    read.get().warnings().forEach(spec.commandLine().getErr()::println);
    Optional<TopicGraph> graph = read.map(ReadResult::graph);
    for (NodeId id : matched.strengths().keySet()) {
      if (!graph.get().containsNode(id)) {
        throw new Main.UsageError("--profile: " + id + " is not a node of " + path);
      }
    }
    Recommendations result = Recommender.withDefaults().recommend(graph.get(), matched, when);
    List<RankedTopic> topics = top == 0 || result.topics().size() <= top ? result.topics()
        : result.topics().subList(0, top);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(result, topics));
    } else {
      text(out, result, topics, graph.get());
    }
    return Main.OK;
  }

  private void text(PrintWriter out, Recommendations result, List<RankedTopic> topics, TopicGraph graph) {
    out.printf("Recommendations for %s (topics ranked as of %s)%n", result.profile(), result.asOf());
    for (Role role : Role.values()) {
      List<Recommendation> list = result.in(role);
      out.printf("%n%s%n", role == Role.PRIMARY ? "Primary" : role == Role.CAUTION ? "Cautions" : "Alternatives");
      if (list.isEmpty()) {
        out.println("  (none)");
      }
      for (Recommendation r : list) {
        out.printf(Locale.ROOT, "  %.4f  %s  %s%n", r.score(), r.node().id(), r.node().title());
        for (Chain c : r.chains()) {
          out.printf(Locale.ROOT, "          %.4f  from %s (strength %s)%n", c.weight(), c.dimension(), c.strength());
          for (int i = 0; i < c.relations().size(); i++) {
            Relation rel = c.relations().get(i);
            out.printf("                  %s %s: %s%n", rel.type(), c.nodes().get(i + 1), rel.rationale());
          }
        }
        if (explain) {
          for (String line : r.explanation().format().split("\n")) {
            out.println("          " + line);
          }
        }
      }
    }
    out.printf("%nConflicts%n");
    if (result.conflicts().isEmpty()) {
      out.println("  (none)");
    }
    result.conflicts().forEach(c -> out.println("  " + c));
    out.printf("%nTopics to review (%s)%n", topics.size() < result.topics().size()
        ? "showing " + topics.size() + " of " + result.topics().size() : Integer.toString(topics.size()));
    if (topics.isEmpty()) {
      out.println("  (none)");
    }
    for (RankedTopic t : topics) {
      out.printf(Locale.ROOT, "  %3d. %.4f  %s  %s%n", t.rank(), t.score(), t.topic().id(), t.topic().title());
    }
    if (!result.skippedRelations().isEmpty()) {
      out.printf("%nRelations not followed%n");
      for (Relation r : result.skippedRelations()) {
        out.printf("  %s %s %s (%s)%n", r.from(), r.type(), r.to(), graph.containsNode(r.to())
            ? "org dimensions are matched by a profile, not recommended" : "no such node");
      }
    }
    if (!result.ignoredRelations().isEmpty()) {
      StringBuilder ignored = new StringBuilder();
      result.ignoredRelations().forEach((type, n) -> ignored.append(ignored.length() == 0 ? "" : ", ")
          .append(type).append(' ').append(n));
      out.printf("%nRelation types not used: %s%n", ignored);
    }
  }

  static String json(Recommendations result, List<RankedTopic> topics) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      g.writeStartObject();
      g.writeName("profile");
      g.writeStartObject();
      result.profile().strengths().forEach((id, s) -> g.writeNumberProperty(id.value(), s));
      g.writeEndObject();
      g.writeStringProperty("asOf", result.asOf().toString());
      g.writeName("recommendations");
      g.writeStartArray();
      for (Recommendation r : result.all()) {
        g.writeStartObject();
        g.writeStringProperty("role", r.role().label());
        g.writeStringProperty("node", r.node().id().value());
        g.writeStringProperty("title", r.node().title());
        g.writeNumberProperty("score", r.score());
        g.writeName("chains");
        g.writeStartArray();
        for (Chain c : r.chains()) {
          chain(g, c);
        }
        g.writeEndArray();
        g.writeName("explanation");
        RankCommand.explanation(g, r.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("conflicts");
      g.writeStartArray();
      for (Conflict c : result.conflicts()) {
        g.writeStartObject();
        g.writeStringProperty("node", c.node().value());
        ids(g, "enabledBy", c.enabledBy());
        ids(g, "counterIndicatedBy", c.counterIndicatedBy());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("topics");
      g.writeStartArray();
      for (RankedTopic t : topics) {
        g.writeStartObject();
        g.writeNumberProperty("rank", t.rank());
        g.writeStringProperty("topic", t.topic().id().value());
        g.writeStringProperty("title", t.topic().title());
        g.writeNumberProperty("score", t.score());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberProperty("topicsTotal", result.topics().size());
      g.writeName("ignoredRelations");
      g.writeStartObject();
      result.ignoredRelations().forEach((type, n) -> g.writeNumberProperty(type.name(), n));
      g.writeEndObject();
      g.writeName("skippedRelations");
      g.writeStartArray();
      for (Relation r : result.skippedRelations()) {
        relation(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text.toString();
  }

  private static void chain(JsonGenerator g, Chain c) {
    g.writeStartObject();
    g.writeStringProperty("dimension", c.dimension().value());
    g.writeNumberProperty("strength", c.strength());
    g.writeNumberProperty("weight", c.weight());
    g.writeName("nodes");
    g.writeStartArray();
    for (int i = 0; i < c.nodes().size(); i++) {
      g.writeStartObject();
      g.writeStringProperty("id", c.nodes().get(i).value());
      OptionalDouble confidence = c.confidences().get(i);
      if (confidence.isPresent()) {
        g.writeNumberProperty("confidence", confidence.getAsDouble());
      } else {
        g.writeNumberProperty("assumedConfidence", Recommender.withDefaults().config().unknownConfidence());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("relations");
    g.writeStartArray();
    for (Relation r : c.relations()) {
      relation(g, r);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void relation(JsonGenerator g, Relation r) {
    g.writeStartObject();
    g.writeStringProperty("from", r.from().value());
    g.writeStringProperty("type", r.type().name());
    g.writeStringProperty("to", r.to().value());
    g.writeStringProperty("rationale", r.rationale());
    g.writeEndObject();
  }

  private static void ids(JsonGenerator g, String name, List<NodeId> ids) {
    g.writeName(name);
    g.writeStartArray();
    ids.forEach(id -> g.writeString(id.value()));
    g.writeEndArray();
  }
}
