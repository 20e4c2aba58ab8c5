package dev.topicgraph.beam;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Pattern;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import dev.topicgraph.model.Vendor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Writes a generated graph and a feedback log to rank, for trying and measuring the pipeline: {@code
 * OUT/graph.json} (nodes and topics, no feedback of its own) and {@code OUT/feedback/}, a feedback
 * log ({@link FeedbackLog}) of the given number of events, spread over the days before the end day.
 * The same options give the same files, byte for byte: everything comes from the seed.
 *
 * <pre>{@code
 * java -cp ... dev.topicgraph.beam.GenerateFeedbackLog --out=target/beam-demo --events=1000000
 * }</pre>
 *
 * <p>Options, each {@code --name=value}: {@code out} (required), {@code events} (1,000,000), {@code
 * topics} (2,000), {@code nodes} (300), {@code reviewers} (50,000), {@code days} (365), {@code end}
 * (2026-11-20: the last day with events), {@code seed} (1). A few topics are popular, most are not;
 * readers come back to a topic and rate it again, and about one event in six opts in.
 *
 * <p>Stateless; runs that write to different folders may run at once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GenerateFeedbackLog {
  private GenerateFeedbackLog() {}

  /**
   * Writes the graph and the log and exits: 0 on success, 1 if writing failed, 2 for a usage error.
   *
   * @param args the options, {@code --name=value}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Writes the graph and the log.
   *
   * @param args the options, {@code --name=value}
   * @param out receives what was written
   * @param err receives the problems
   * @return 0 on success, 1 if writing failed, 2 for a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> o = new LinkedHashMap<>(Map.of("events", "1000000", "topics", "2000", "nodes", "300",
        "reviewers", "50000", "days", "365", "end", "2026-11-20", "seed", "1"));
    Path dir;
    int events;
    int topics;
    int nodes;
    int reviewers;
    int days;
    LocalDate end;
    long seed;
    try {
      for (String a : args) {
        int eq = a.indexOf('=');
        String name = eq < 0 || !a.startsWith("--") ? "" : a.substring(2, eq);
        if (!o.containsKey(name) && !name.equals("out")) {
          throw new IllegalArgumentException("unknown option " + a + "; the options are --out=DIR and "
              + String.join(", ", o.keySet().stream().map(k -> "--" + k + "=" + o.get(k)).toArray(String[]::new)));
        }
        o.put(name, a.substring(eq + 1));
      }
      if (!o.containsKey("out")) {
        throw new IllegalArgumentException("--out=DIR is required");
      }
      dir = Path.of(o.get("out"));
      events = positive(o, "events");
      topics = positive(o, "topics");
      nodes = positive(o, "nodes");
      reviewers = positive(o, "reviewers");
      days = positive(o, "days");
      end = LocalDate.parse(o.get("end"));
      seed = Long.parseLong(o.get("seed"));
    } catch (RuntimeException e) {
      err.println("usage: " + e.getMessage());
      return 2;
    }
    try {
      long started = System.nanoTime();
      TopicGraph graph = graph(new SplittableRandom(seed), topics, nodes, end.minusDays(days));
      Files.createDirectories(dir);
      new JsonFormat().writer().write(graph, dir.resolve("graph.json"));
      FeedbackLog log = FeedbackLog.open(dir.resolve("feedback"), FeedbackLog.Sync.NONE, ReadOptions.strict());
      SplittableRandom random = new SplittableRandom(seed + 1);
      int appended = 0;
      int written = 0;
      for (int d = 0; d < days; d++) {
        LocalDate day = end.minusDays(days - 1 - d);
        int count = (int) ((long) events * (d + 1) / days - (long) events * d / days);
        List<Feedback> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          batch.add(event(random, seed, written++, day, graph.topics(), reviewers));
        }
        batch.sort(Comparator.comparing(Feedback::at).thenComparing(Feedback::id));
        appended += log.appendAll(batch);
      }
      out.printf(Locale.ROOT, "wrote %s (%d topics, %d nodes) and %d events into %s (%d days) in %.1f s%n",
          dir.resolve("graph.json"), graph.topics().size(), graph.nodes().size(), appended, log.directory(), days,
          (System.nanoTime() - started) / 1e9);
      if (appended < events) {
        out.printf(Locale.ROOT, "%d events were in the log already%n", events - appended);
      }
      return 0;
    } catch (IOException e) {
      err.println(dir + ": error io.write: " + e.getMessage());
      return 1;
    }
  }

  private static int positive(Map<String, String> o, String name) {
    int v = Integer.parseInt(o.get(name));
    if (v < 1) {
      throw new IllegalArgumentException("--" + name + " must be 1 or more, not " + v);
    }
    return v;
  }

  /** Nodes of three kinds with confidence and review dates, and topics that draw on one to three of them. */
  private static TopicGraph graph(SplittableRandom random, int topics, int nodes, LocalDate start) {
    TopicGraph.Builder b = TopicGraph.builder();
    List<NodeId> ids = new ArrayList<>(nodes);
    for (int i = 0; i < nodes; i++) {
      LocalDate reviewed = start.plusDays(random.nextInt(400));
      double confidence = Math.round(random.nextDouble(0.3, 1.0) * 100) / 100.0;
      switch (i % 3) {
        case 0:
          NodeId dim = NodeId.of(String.format(Locale.ROOT, "org-dim.generated.d-%04d", i));
          b.addNode(OrgDimension.builder().id(dim).title("Organisation dimension " + i).confidence(confidence)
              .reviewed(reviewed).build());
          ids.add(dim);
          break;
        case 1:
          NodeId vendor = NodeId.of(String.format(Locale.ROOT, "vendor.v-%04d", i));
          b.addNode(Vendor.builder().id(vendor).title("Vendor " + i).category("composable-cdp")
              .confidence(confidence).reviewed(reviewed).build());
          ids.add(vendor);
          break;
        default:
          NodeId pattern = NodeId.of(String.format(Locale.ROOT, "pattern.p-%04d", i));
          b.addNode(Pattern.builder().id(pattern).title("Pattern " + i).reviewed(reviewed).build());
          ids.add(pattern);
      }
    }
    TopicStatus[] statuses = {TopicStatus.PROPOSED, TopicStatus.PROPOSED, TopicStatus.ACCEPTED,
        TopicStatus.DRAFTING, TopicStatus.PUBLISHED};
    for (int i = 0; i < topics; i++) {
      Topic.Builder t = Topic.builder().id(NodeId.of(String.format(Locale.ROOT, "topic.t-%05d", i)))
          .title("Generated topic " + i).status(statuses[random.nextInt(statuses.length)])
          .proposed(start.plusDays(random.nextInt(420)));
      Set<NodeId> drawn = new TreeSet<>(Comparator.comparing(NodeId::value));
      for (int k = random.nextInt(1, 4); k > 0; k--) {
        NodeId n = ids.get(random.nextInt(ids.size()));
        if (drawn.add(n)) {
          t.addDrawsFrom(n);
        }
      }
      b.addTopic(t.build());
    }
    return b.build();
  }

  /** One event on a day: popular topics get more, and a reader's rating leans on the topic. */
  private static Feedback event(SplittableRandom random, long seed, int n, LocalDate day, List<Topic> topics,
      int reviewers) {
    double u = random.nextDouble();
    Topic topic = topics.get((int) (topics.size() * u * u * u));
    int reviewer = (int) (reviewers * Math.pow(random.nextDouble(), 2));
    int lean = Math.floorMod(topic.id().value().hashCode(), 3);
    int interest = Math.max(1, Math.min(5, 1 + lean + random.nextInt(3)));
    Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_400))
        .plusMillis(random.nextInt(1000));
    return Feedback.builder().id(String.format(Locale.ROOT, "evt-%d-%07d", seed, n)).topic(topic.id())
        .reviewer(String.format(Locale.ROOT, "reader-%05d", reviewer)).interest(interest)
        .optIn(interest >= 4 && random.nextInt(2) == 0).at(at)
        .comment(random.nextInt(100) == 0 ? Optional.of("Comment " + n + " on " + topic.title()) : Optional.empty())
        .build();
  }
}
