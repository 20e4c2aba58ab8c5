package dev.topicgraph.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.io.json.RankingJson;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import dev.topicgraph.model.Vendor;
import dev.topicgraph.testkit.Gen;
import dev.topicgraph.testkit.GraphShrinker;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline, run on the DirectRunner, ranks as {@link PriorityScorer#rank} does in one process, bit
 * for bit: over generated graphs with events repeated, shuffled and colliding; over log files with
 * re-votes across bundles, repeated and conflicting ids, topics without feedback and malformed lines;
 * and over a stream whose events come late.
 */
class BeamRankingTest {
  private static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

  private static Pipeline pipeline() {
    return Pipeline.create(PipelineOptionsFactory.create());
  }

  /**
   * Runs a pipeline to its end. The DirectRunner has been seen, rarely, to spin forever firing timers
   * in a pipeline that ends at once on other runs (a stack dump showed its workers in {@code
   * QuiescenceDriver.fireTimers}, the test's thread waiting). So a run that has not ended after a
   * generous bound is cancelled and the same pipeline runs again, at most three times: the results are
   * still those of a run that ended, and the retry is written to standard error so that it shows.
   */
  private static void run(Pipeline p) {
    for (int attempt = 1; ; attempt++) {
      PipelineResult result = p.run();
      PipelineResult.State state = result.waitUntilFinish(org.joda.time.Duration.standardMinutes(3));
      if (state != null) {
        assertEquals(PipelineResult.State.DONE, state);
        return;
      }
      try {
        result.cancel();
      } catch (java.io.IOException | UnsupportedOperationException e) {
        // the runner stops with the test JVM either way
      }
      System.err.println("BeamRankingTest: the DirectRunner did not finish a pipeline within 3 minutes (attempt "
          + attempt + "); running it again");
      if (attempt == 3) {
        throw new AssertionError("the DirectRunner did not finish the pipeline in three attempts");
      }
    }
  }

  /** What {@code rank --json --top 0} prints for these events, without its line break. */
  private static String expected(TopicGraph graph, List<Feedback> events, Instant asOf) {
    return RankingJson.write(PriorityScorer.withDefaults().rank(graph, events, asOf));
  }

  /** A graph, events beyond its own that collide with them, an instant, and a seed for the order. */
  static final class Case {
    final TopicGraph graph;
    final List<Feedback> extra;
    final Instant asOf;
    final long seed;

    Case(TopicGraph graph, List<Feedback> extra, Instant asOf, long seed) {
      this.graph = graph;
      this.extra = extra;
      this.asOf = asOf;
      this.seed = seed;
    }

    /** Every event, some twice, in an order of the seed's. */
    List<Feedback> events() {
      List<Feedback> all = new ArrayList<>(graph.feedback());
      all.addAll(extra);
      SplittableRandom random = new SplittableRandom(seed);
      int n = all.size();
      for (int i = 0; i < n; i++) {
        if (random.nextInt(3) == 0) {
          all.add(all.get(i)); // delivered twice
        }
      }
      Collections.shuffle(all, new Random(seed));
      return all;
    }

    @Override
    public String toString() {
      return "asOf " + asOf + ", seed " + seed + ", extra " + extra + "\n" + graph;
    }
  }

  private static final Gen<Case> CASES = (random, size) -> {
    TopicGraph g = Generators.graphs().generate(random, size);
    List<Feedback> extra = new ArrayList<>();
    for (Feedback f : g.feedback()) {
      if (random.nextInt(4) == 0) { // the same id and instant with other content: the order decides nothing
        extra.add(f.toBuilder().interest(random.nextInt(1, 6)).optIn(random.nextBoolean()).build());
      }
      if (random.nextInt(4) == 0) { // the same reviewer again, later or earlier
        extra.add(f.toBuilder().id(f.id() + "-again").interest(random.nextInt(1, 6))
            .at(f.at().plusSeconds(random.nextLong(-86_400 * 30, 86_400 * 30))).build());
      }
    }
    Instant asOf = random.nextBoolean() ? Instant.parse("2027-01-01T00:00:00Z")
        : Instant.parse("2026-07-01T00:00:00Z").plusNanos(random.nextLong(0, 86_400_000_000_000L));
    return new Case(g, extra, asOf, random.nextLong());
  };

  @Test
  void thePipelineRanksAsThePriorityScorerDoesBitForBit() {
    Property.forAll(CASES).named("pipeline equals PriorityScorer.rank").trials(16).maxShrinks(40)
        .shrinkWith(c -> GraphShrinker.create().candidates(c.graph).map(g -> new Case(g, c.extra, c.asOf, c.seed)))
        .check(c -> {
          List<Feedback> events = c.events();
          Pipeline p = pipeline();
          PCollection<String> ranking = p.apply(Create.of(events).withCoder(FeedbackCoder.of()))
              .apply(RankFeedback.of(c.graph, c.asOf));
          PAssert.thatSingleton(ranking).isEqualTo(expected(c.graph, events, c.asOf));
          run(p);
        });
  }

  @Test
  void eventsThatArriveLateOrTwiceChangeNothing() {
    TopicGraph graph = sample(List.of());
    List<Feedback> events = new ArrayList<>(sampleEvents());
    Collections.reverse(events); // newest first
    TestStream.Builder<Feedback> stream = TestStream.create(FeedbackCoder.of());
    int half = events.size() / 2;
    for (Feedback e : events.subList(0, half)) {
      stream = stream.addElements(TimestampedValue.of(e, new org.joda.time.Instant(e.at().toEpochMilli())));
    }
    // The watermark passes every event; the older half comes after it, late, and the first again.
    stream = stream.advanceWatermarkTo(new org.joda.time.Instant(AS_OF.plus(Duration.ofDays(30)).toEpochMilli()));
    for (Feedback e : events.subList(half, events.size())) {
      stream = stream.addElements(TimestampedValue.of(e, new org.joda.time.Instant(e.at().toEpochMilli())));
    }
    for (Feedback e : events.subList(0, half)) {
      stream = stream.addElements(TimestampedValue.of(e, new org.joda.time.Instant(e.at().toEpochMilli())));
    }
    Pipeline p = pipeline();
    PCollection<String> ranking = p.apply(stream.advanceWatermarkToInfinity()).apply(RankFeedback.of(graph, AS_OF));
    PAssert.thatSingleton(ranking).isEqualTo(expected(graph, events, AS_OF));
    run(p);
  }

  @Test
  void aLogRanksAsRankWithTheFeedbackOptionDoesAndItsBadLinesAreLocatedProblems(@TempDir Path dir)
      throws IOException {
    Feedback own = event("g1", "topic.a", "r9", 5, true, AS_OF.minus(Duration.ofDays(3)));
    TopicGraph graph = sample(List.of(own));
    Path log = Files.createDirectories(dir.resolve("feedback"));
    Map<String, List<String>> files = new LinkedHashMap<>();
    for (Feedback e : sampleEvents()) {
      files.computeIfAbsent(day(e), d -> new ArrayList<>()).add(line(e));
    }
    // The graph's own event again, with other content: the graph's counts.
    files.get("2026-11-18").add(line(own.toBuilder().interest(1).optIn(false).build()));
    // One id twice with other content, in two files: the first in file order counts.
    files.get("2026-11-18").add(line(event("c1", "topic.b", "r7", 5, true, AS_OF.minus(Duration.ofDays(2)))));
    files.get("2026-11-19").add(line(event("c1", "topic.a", "r7", 1, false, AS_OF.minus(Duration.ofDays(1)))));
    // An event filed under the wrong day: it counts, with a warning.
    files.get("2026-11-19").add(line(event("w1", "topic.b", "r8", 4, false, AS_OF.minus(Duration.ofDays(5)))));
    for (Map.Entry<String, List<String>> f : files.entrySet()) {
      Collections.shuffle(f.getValue(), new Random(f.getKey().hashCode())); // lines in no particular order
      Files.write(log.resolve(f.getKey() + ".jsonl"), f.getValue());
    }
    // The same log as FeedbackLog reads it, and the ranking rank --feedback makes of it.
    List<Feedback> expected = new ArrayList<>(graph.feedback());
    for (Feedback e : FeedbackLog.open(log, FeedbackLog.Sync.NONE, ReadOptions.defaults()).readAll().events()) {
      if (graph.feedback(e.id()).isEmpty()) {
        expected.add(e);
      }
    }
    String ranking = expected(graph, expected, AS_OF);
    assertTrue(ranking.contains("\"topic\":\"topic.c\""), "a topic without feedback is ranked: " + ranking);

    // Now a malformed line in the middle of a file: it goes to the problems, and the rest counts.
    Path file = log.resolve("2026-11-19.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.add(2, "{\"id\": \"bad\", garbage");
    Files.write(file, lines);
    Files.writeString(log.resolve("2026-11-20.jsonl"), line(event("t1", "topic.c", "r1", 2, false, AS_OF)) + "\n{\"id",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND); // a torn last line

    Pipeline p = pipeline();
    RankBacklog.Result r = p.apply(RankBacklog.of(graph, log + "/*.jsonl", AS_OF).withGroups(3));
    List<Feedback> withTail = new ArrayList<>(expected);
    withTail.add(event("t1", "topic.c", "r1", 2, false, AS_OF));
    PAssert.thatSingleton(r.ranking()).isEqualTo(expected(graph, withTail, AS_OF));
    String source = file.toString();
    String lastFile = log.resolve("2026-11-20.jsonl").toString();
    PAssert.that(r.problems()).satisfies(problems -> {
      List<String> seen = new ArrayList<>();
      problems.forEach(d -> seen.add(d.toString()));
      Collections.sort(seen);
      assertEquals(4, seen.size(), seen.toString());
      assertTrue(seen.contains(source + ":3:15: error log.syntax: malformed input: Unexpected character ('g' "
          + "(code 103)): was expecting double-quote to start property name"), seen.toString());
      assertTrue(seen.stream().anyMatch(s -> s.contains("warning log.wrong-day: event g1")), seen.toString());
      assertTrue(seen.stream().anyMatch(s -> s.startsWith(source + ":")
          && s.contains("warning log.wrong-day: event w1")), seen.toString());
      assertTrue(seen.stream().anyMatch(s -> s.startsWith(lastFile + ":")
          && s.contains("warning log.torn-line")), seen.toString());
      return null;
    });
    run(p);
  }

  @Test
  void aGlobThatMatchesNoFileRanksEveryTopicFromTheGraphsOwnFeedback(@TempDir Path dir) {
    Feedback own = event("g1", "topic.a", "r9", 5, true, AS_OF.minus(Duration.ofDays(3)));
    TopicGraph graph = sample(List.of(own));
    Pipeline p = pipeline();
    RankBacklog.Result r = p.apply(RankBacklog.of(graph, dir + "/*.jsonl", AS_OF));
    PAssert.thatSingleton(r.ranking()).isEqualTo(expected(graph, List.of(own), AS_OF));
    PAssert.that(r.problems()).empty();
    run(p);
  }

  @Test
  void noEventsAtAllStillRankEveryTopic() {
    TopicGraph graph = sample(List.of());
    Pipeline p = pipeline();
    PCollection<String> ranking = p.apply(Create.empty(FeedbackCoder.of())).apply(RankFeedback.of(graph, AS_OF));
    PAssert.thatSingleton(ranking).isEqualTo(expected(graph, List.of(), AS_OF));
    run(p);
  }

  /** Five topics: two ranked with feedback, one ranked without, one published, one proposed after {@code AS_OF}. */
  static TopicGraph sample(List<Feedback> own) {
    NodeId dim = NodeId.of("org-dim.profile.engineering-led");
    NodeId vendor = NodeId.of("vendor.example-sync");
    return TopicGraph.builder()
        .addNode(OrgDimension.builder().id(dim).title("Engineers run activation").confidence(0.8)
            .reviewed(LocalDate.of(2026, 5, 24)).build())
        .addNode(Vendor.builder().id(vendor).title("Example Sync").category("composable-cdp").build())
        .addTopic(topic("topic.a", TopicStatus.PROPOSED, LocalDate.of(2026, 9, 1), dim))
        .addTopic(topic("topic.b", TopicStatus.ACCEPTED, LocalDate.of(2026, 10, 1), dim, vendor))
        .addTopic(topic("topic.c", TopicStatus.DRAFTING, LocalDate.of(2026, 10, 5)))
        .addTopic(topic("topic.d", TopicStatus.PUBLISHED, LocalDate.of(2026, 8, 1), vendor))
        .addTopic(topic("topic.e", TopicStatus.PROPOSED, LocalDate.of(2026, 11, 21), vendor))
        .addFeedback(own)
        .build();
  }

  private static Topic topic(String id, TopicStatus status, LocalDate proposed, NodeId... drawsFrom) {
    return Topic.builder().id(NodeId.of(id)).title("Title of " + id).status(status).proposed(proposed)
        .addDrawsFrom(drawsFrom).build();
  }

  /** Events over four days: reviewer r1 votes on topic.a three times, in three files. */
  static List<Feedback> sampleEvents() {
    List<Feedback> out = new ArrayList<>();
    out.add(event("e1", "topic.a", "r1", 2, false, Instant.parse("2026-11-17T09:00:00Z")));
    out.add(event("e2", "topic.a", "r1", 5, true, Instant.parse("2026-11-18T09:00:00Z")));
    out.add(event("e3", "topic.a", "r1", 4, false, Instant.parse("2026-11-19T09:00:00Z")));
    out.add(event("e4", "topic.a", "r2", 3, false, Instant.parse("2026-11-18T10:00:00Z")));
    out.add(event("e5", "topic.b", "r2", 5, true, Instant.parse("2026-11-19T11:00:00Z")));
    out.add(event("e6", "topic.b", "r3", 4, true, Instant.parse("2026-11-17T12:00:00Z")));
    out.add(event("e7", "topic.d", "r3", 5, true, Instant.parse("2026-11-18T12:00:00Z")));
    out.add(event("e8", "topic.e", "r4", 5, true, Instant.parse("2026-11-19T12:00:00Z")));
    out.add(event("e9", "topic.a", "r5", 1, false, Instant.parse("2026-11-20T00:00:00Z")));
    out.add(event("e10", "topic.a", "r6", 5, true, Instant.parse("2026-11-20T00:00:00.000000001Z")));
    out.add(event("e11", "topic.zz", "r6", 5, true, Instant.parse("2026-11-19T13:00:00Z")));
    return out;
  }

  static Feedback event(String id, String topic, String reviewer, int interest, boolean optIn, Instant at) {
    return Feedback.builder().id(id).topic(NodeId.of(topic)).reviewer(reviewer).interest(interest).optIn(optIn)
        .at(at).comment(interest == 1 ? Optional.of("Not for us, \"really\".") : Optional.empty()).build();
  }

  private static String day(Feedback e) {
    return e.at().toString().substring(0, 10);
  }

  /** One event as a line of the log, as the log writes it. */
  static String line(Feedback e) throws IOException {
    Path scratch = Files.createTempDirectory("line");
    try {
      FeedbackLog log = FeedbackLog.open(scratch);
      log.append(e);
      String text = Files.readString(log.fileOf(LocalDate.parse(day(e))));
      return text.substring(0, text.length() - 1);
    } finally {
      try (java.util.stream.Stream<Path> files = Files.walk(scratch)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(f);
        }
      }
    }
  }
}
