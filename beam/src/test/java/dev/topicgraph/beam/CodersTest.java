package dev.topicgraph.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.FeedbackAccumulator;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Severity;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Gen;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/**
 * The coders are deterministic and round-trip, with Beam's own checks ({@link CoderProperties}), over
 * generated values; the combine function passes Beam's {@link CombineFnTester}.
 */
class CodersTest {
  private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

  /** Events on one topic from a small pool of ids, reviewers and instants, so that they often collide. */
  static final Gen<List<Feedback>> COLLIDING = (random, size) -> {
    Instant base = Instant.parse("2026-03-01T12:00:00Z");
    int n = random.nextInt(0, size + 2);
    List<Feedback> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Feedback.builder().id("e" + random.nextInt(4)).topic(NodeId.of("topic.one"))
          .reviewer("r-" + random.nextInt(3)).interest(random.nextInt(1, 6)).optIn(random.nextInt(3) == 0)
          .at(random.nextInt(5) == 0 ? Instant.parse("1969-12-31T23:59:59.5Z") : base.plusNanos(random.nextInt(2)))
          .comment(random.nextInt(4) == 0 ? Optional.of("comment " + random.nextInt(2)) : Optional.empty())
          .build());
    }
    return out;
  };

  private static FeedbackAccumulator fold(List<Feedback> events) {
    FeedbackAccumulator acc = FeedbackAccumulator.empty();
    events.forEach(acc::add);
    return acc;
  }

  /** Beam's checks of one value, and of the value and an equal one made another way. */
  private static <T> void coderLaws(Coder<T> coder, T value, T equal) throws Exception {
    coder.verifyDeterministic();
    CoderProperties.coderDecodeEncodeEqual(coder, value);
    CoderProperties.coderDeterministic(coder, value, equal);
    CoderProperties.structuralValueDecodeEncodeEqual(coder, value);
    CoderProperties.coderConsistentWithEquals(coder, value, equal);
    CoderProperties.structuralValueConsistentWithEquals(coder, value, equal);
    CoderProperties.coderSerializable(coder);
  }

  @Test
  void theEventCoderIsDeterministicAndRoundTrips() {
    Property.forAll(Generators.graphs()).named("event coder").trials(60).check(g -> {
      List<Feedback> events = new ArrayList<>(g.feedback());
      events.addAll(COLLIDING.generate(new java.util.SplittableRandom(events.size()), 10));
      for (Feedback e : events) {
        coderLaws(FeedbackCoder.of(), e, e.toBuilder().build());
      }
      for (int i = 1; i < events.size(); i++) {
        CoderProperties.coderConsistentWithEquals(FeedbackCoder.of(), events.get(i - 1), events.get(i));
      }
    });
  }

  @Test
  void theAccumulatorCoderIsDeterministicAndRoundTrips() {
    Property.forAll(COLLIDING).named("accumulator coder").trials(200).check(events -> {
      FeedbackAccumulator acc = fold(events);
      List<Feedback> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, new Random(events.size()));
      shuffled.addAll(events.subList(0, events.size() / 2)); // some delivered twice
      FeedbackAccumulator same = fold(shuffled); // equal, built in another order
      assertEquals(acc, same);
      coderLaws(FeedbackAccumulatorCoder.of(), acc, same);
      FeedbackAccumulator decoded = CoderUtils.clone(FeedbackAccumulatorCoder.of(), acc);
      assertEquals(acc, decoded);
      for (String r : List.of("r-0", "r-1", "r-2")) {
        assertEquals(acc.ratingOf(r), decoded.ratingOf(r));
        assertEquals(acc.optedIn(r), decoded.optedIn(r));
      }
    });
  }

  @Test
  void aDecodedAccumulatorScoresToTheSameBits() {
    Property.forAll(Generators.graphs()).named("decoded accumulators score the same").trials(60).check(g -> {
      PriorityScorer scorer = PriorityScorer.withDefaults();
      for (RankedTopic r : scorer.rank(g, AS_OF)) {
        FeedbackAccumulator acc = fold(g.feedbackOn(r.topic().id()));
        FeedbackAccumulator decoded = CoderUtils.clone(FeedbackAccumulatorCoder.of(), acc);
        assertEquals(r.scored(), scorer.score(r.topic(), decoded, g::node, AS_OF));
      }
    });
  }

  @Test
  void theGraphCoderRoundTrips() {
    Property.forAll(Generators.graphs()).named("graph coder").trials(40).check(g -> {
      TopicGraph same = TopicGraph.builder().addNodes(g.nodes()).addRelations(g.relations()).addTopics(g.topics())
          .addFeedback(g.feedback()).build();
      coderLaws(TopicGraphCoder.of(), g, same);
    });
  }

  @Test
  void theExplanationAndScoreCodersRebuildTheSameTrees() throws CoderException {
    Property.forAll(Generators.graphs()).named("explanation coder").trials(60).check(g -> {
      for (RankedTopic r : PriorityScorer.withDefaults().rank(g, AS_OF)) {
        TopicScore s = TopicScore.of(r.scored());
        coderLaws(TopicScore.Coder.of(), s, new TopicScore(s.topic, s.reviewers, s.explanation));
        Explanation back = CoderUtils.clone(ExplanationCoder.of(), r.explanation());
        assertEquals(r.explanation(), back);
        assertEquals(Double.doubleToRawLongBits(r.score()), Double.doubleToRawLongBits(back.value()));
      }
    });
    // The combinations the scorer does not use.
    Explanation a = Explanation.input(0.25, "a");
    Explanation b = Explanation.input(0.5, "b");
    for (Explanation e : List.of(Explanation.min("min", List.of(a, b)), Explanation.any("any", List.of(a, b)),
        Explanation.product("product", List.of(a, b)), Explanation.saturation("s", b, 2))) {
      assertEquals(e, CoderUtils.clone(ExplanationCoder.of(), e));
    }
  }

  @Test
  void theDiagnosticAndLoggedEventCodersRoundTrip() throws Exception {
    Diagnostic located = Diagnostic.builder().severity(Severity.ERROR).code("log.type")
        .message("interest \"high\": expected a number").source("gs://b/log/2026-11-21.jsonl").line(41).column(58)
        .build();
    Diagnostic bare = Diagnostic.builder().severity(Severity.WARNING).code("log.torn-line").message("cut short")
        .path("/feedback/0").build();
    coderLaws(DiagnosticCoder.of(), located, located.toBuilder().build());
    coderLaws(DiagnosticCoder.of(), bare, bare.toBuilder().build());
    assertEquals(OptionalInt.empty(), CoderUtils.clone(DiagnosticCoder.of(), bare).line());
    Feedback e = COLLIDING.generate(new java.util.SplittableRandom(3), 10).get(0);
    coderLaws(LoggedEvent.Coder.of(), new LoggedEvent("f.jsonl", 3, e), new LoggedEvent("f.jsonl", 3, e));
  }

  @Test
  void bytesThatHoldNoValidValueFailWithACoderException() throws IOException {
    // Two reviewers out of order: not what the accumulator coder writes.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Wire.writeInt(2, out);
    for (String reviewer : List.of("r-1", "r-0")) {
      Wire.writeString(reviewer, out);
      Wire.writeString("e1", out);
      Wire.writeInstant(AS_OF, out);
      Wire.writeByte(3, out);
      Wire.writeBoolean(false, out);
    }
    assertThrows(CoderException.class, () -> FeedbackAccumulatorCoder.of().decode(new ByteArrayInputStream(
        out.toByteArray())));
    // A rating of 9.
    byte[] event = CoderUtils.encodeToByteArray(FeedbackCoder.of(), Feedback.builder().id("e").topic(
        NodeId.of("topic.a")).reviewer("r").interest(4).at(AS_OF).build());
    byte[] nine = event.clone();
    nine[new String(event, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\u0001r") + 2] = 9;
    CoderException bad = assertThrows(CoderException.class, () -> CoderUtils.decodeFromByteArray(FeedbackCoder.of(),
        nine));
    assertTrue(bad.getMessage().contains("interest"), bad.getMessage());
    // An input whose recorded value its children do not give.
    ByteArrayOutputStream tree = new ByteArrayOutputStream();
    ExplanationCoder.of().encode(Explanation.product("p", List.of(Explanation.input(0.5, "x"))), tree);
    byte[] bytes = tree.toByteArray();
    bytes[4] ^= 1; // a bit of the product's value
    assertThrows(CoderException.class, () -> ExplanationCoder.of().decode(new ByteArrayInputStream(bytes)));
  }

  @Test
  void everyCoderIsRegisteredForItsType() throws Exception {
    CoderRegistry registry = CoderRegistry.createDefault();
    assertEquals(FeedbackCoder.of(), registry.getCoder(Feedback.class));
    assertEquals(FeedbackAccumulatorCoder.of(), registry.getCoder(FeedbackAccumulator.class));
    assertEquals(DiagnosticCoder.of(), registry.getCoder(Diagnostic.class));
    assertEquals(TopicGraphCoder.of(), registry.getCoder(TopicGraph.class));
    assertNotEquals(FeedbackCoder.of(), registry.getCoder(String.class));
  }

  @Test
  void theCombineFnGivesTheSameAccumulatorHoweverTheEventsAreSplit() {
    Property.forAll(COLLIDING).named("combine fn").trials(100).check(events -> {
      List<Feedback> twice = new ArrayList<>(events);
      twice.addAll(events);
      Collections.shuffle(twice, new Random(twice.size()));
      CombineFnTester.testCombineFn(new TopicFeedbackFn(), twice, fold(events));
    });
  }
}
