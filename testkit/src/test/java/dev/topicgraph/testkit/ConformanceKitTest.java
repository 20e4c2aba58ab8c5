package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.ToyFormats.Defect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The conformance kit catches broken formats and passes sound ones: each toy format of {@link
 * ToyFormats} has one defect, and the kit must fail on it with a message that says what is wrong.
 */
class ConformanceKitTest {

  /** The kit against a toy format; run by {@link ConformanceKitTest}, not by Surefire. */
  abstract static class ToyConformance extends FormatConformanceTest {
    @Override
    protected int trials() {
      return 20;
    }

    /** Every toy is checked against the bytes of the sound toy. */
    @Override
    protected Optional<String> goldenResource() {
      return Optional.of("/topicgraph-golden/toy.toy");
    }
  }

  static class SoundConformance extends ToyConformance {
    @Override
    protected String formatId() {
      return "toy";
    }
  }

  /** The kit against the toy format with the defect {@link #defect}, set by each test before it runs. */
  static class DefectConformance extends ToyConformance {
    static volatile Defect defect = Defect.NONE;
    private final FormatProvider provider = new ToyFormats.Toy(defect);

    @Override
    protected String formatId() {
      return provider.descriptor().id();
    }

    @Override
    protected FormatProvider provider() {
      return provider;
    }
  }

  /** The sound toy, declaring expectations it does not meet. */
  static class WrongExpectationsConformance extends SoundConformance {
    @Override
    protected EmptyInput emptyInput() {
      return EmptyInput.EMPTY_GRAPH;
    }

    @Override
    protected Set<LenientContent> unwritableContent() {
      return Set.of(LenientContent.FEEDBACK_ON_MISSING_TOPIC);
    }

    @Override
    protected Optional<String> goldenResource() {
      return Optional.of("/topicgraph-golden/not-there.toy");
    }
  }

  /** The sound toy, writing its golden file into a folder the test chooses. */
  static class GoldenUpdateConformance extends SoundConformance {
    static Path root;

    @Override
    protected Path goldenSourceRoot() {
      return root;
    }
  }

  private static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  /** Runs only the given checks of the kit, to keep this test fast. */
  private static EngineExecutionResults run(Class<?> testClass, String... methods) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(Arrays.stream(methods).map(m -> selectMethod(testClass, m)).toArray(DiscoverySelector[]::new))
        .execute();
  }

  /** The failure of each failed test method, by method name. */
  private static Map<String, Throwable> failures(EngineExecutionResults results) {
    Map<String, Throwable> out = new TreeMap<>();
    for (Event e : results.testEvents().failed().list()) {
      String method = ((MethodSource) e.getTestDescriptor().getSource().orElseThrow()).getMethodName();
      out.put(method, e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow());
    }
    return out;
  }

  /** The failure of one check of the kit against a toy format with a defect; the check must have failed. */
  private static Throwable failureOf(Defect defect, String method) {
    DefectConformance.defect = defect;
    Map<String, Throwable> failures = failures(run(DefectConformance.class, method));
    assertTrue(failures.containsKey(method), () -> method + " did not fail; the failures: " + failures.keySet());
    return failures.get(method);
  }

  private static void assertContains(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), () -> "no \"" + part + "\" in:\n" + message);
    }
  }

  @Test
  void aSoundFormatPassesEveryCheck() {
    EngineExecutionResults results = run(SoundConformance.class);
    assertEquals(Map.of(), failures(results));
    assertEquals(0, results.testEvents().skipped().count());
    assertEquals(14, results.testEvents().succeeded().count());
  }

  @Test
  void aDroppedOptionalFieldIsCaught() {
    String message = failureOf(Defect.DROPPED_FIELD, "writingThenReadingGivesAnEqualGraph").getMessage();
    assertContains(message, "read(write(g)) differs from g", "(expected vs actual)", ": reviewed: expected Optional[",
        "actual Optional.empty", "Replay this trial with -Dtopicgraph.replay='toy-dropped-field: read(write(g))");
  }

  @Test
  void customValuesWrittenInMapOrderAreCaught() {
    String message = failureOf(Defect.EXTRA_MAP_ORDER, "equalGraphsAlwaysWriteTheSameBytes").getMessage();
    assertContains(message, "custom values inserted in reverse", "first difference at byte", "extra=");
  }

  @Test
  void feedbackWrittenInSetOrderIsCaught() {
    String message = failureOf(Defect.FEEDBACK_SET_ORDER, "writesTheGoldenBytes").getMessage();
    assertContains(message, "differs from the golden file /topicgraph-golden/toy.toy",
        "still reads as the golden graph, so the writer now writes the same graph differently",
        "first difference at byte", "\n    |F\\tid=");
  }

  @Test
  void shuffledRelationsAreCaught() {
    String message = failureOf(Defect.SHUFFLED_RELATIONS, "equalGraphsAlwaysWriteTheSameBytes").getMessage();
    // Which of the check's two writes differs first depends on where shrinking ends; both say so.
    assertContains(message, "gave different bytes", "first difference at byte", "|R\\tfrom=");
  }

  @Test
  void anUndocumentedExceptionOnBadInputIsCaughtWithTheInputShrunk() {
    Throwable failure = failureOf(Defect.UNDOCUMENTED_EXCEPTION, "brokenInputGivesTheDocumentedException");
    assertTrue(failure instanceof PropertyFailure, String.valueOf(failure));
    String message = failure.getMessage();
    assertContains(message, "broken input escaped as java.lang.", "The broken graph-", " bytes:\n    ",
        "As mutated:", "Replay this trial");
    Throwable cause = failure.getCause();
    assertTrue(cause.getCause() instanceof RuntimeException && !(cause.getCause() instanceof AssertionError),
        String.valueOf(cause.getCause()));
    // The shrunk input is small: a few bytes that still escape, not the whole document.
    String shrunk = message.substring(message.indexOf(" bytes:\n    "), message.indexOf("As mutated:"));
    assertTrue(shrunk.length() < 400, shrunk);
  }

  @Test
  void aFailureOnEveryThreadIsReportedOnceWithItsSeed() {
    String message = failureOf(Defect.THREAD_CONFINED, "oneReaderAndWriterServeManyThreads").getMessage();
    assertContains(message, "48 of 48 tasks failed on 8 threads, in 1 way.",
        "Task 0, on the graph graphs().sample(1000L, 10): java.lang.IllegalStateException",
        "and the same failure in tasks [1, 2, ");
    assertEquals(message.indexOf("belongs to the thread"), message.lastIndexOf("belongs to the thread"),
        "one failure, reported once:\n" + message);
  }

  @Test
  void declaredExpectationsAreHeldToAndAMissingGoldenSaysHowToCreateIt() {
    Map<String, Throwable> failures = failures(run(WrongExpectationsConformance.class,
        "emptyInputGivesTheDeclaredResult", "lenientReadsKeepSelfLoopsAndDanglingReferences", "writesTheGoldenBytes",
        "maxProblemsBoundsTheReport"));
    assertEquals(Set.of("emptyInputGivesTheDeclaredResult", "lenientReadsKeepSelfLoopsAndDanglingReferences",
        "writesTheGoldenBytes"), failures.keySet());
    assertContains(failures.get("emptyInputGivesTheDeclaredResult").getMessage(),
        "the format declares that empty input is the empty graph (emptyInput())");
    assertContains(failures.get("lenientReadsKeepSelfLoopsAndDanglingReferences").getMessage(),
        "cannot hold FEEDBACK_ON_MISSING_TOPIC, so its writer must refuse it");
    assertContains(failures.get("writesTheGoldenBytes").getMessage(),
        "no golden file /topicgraph-golden/not-there.toy on the test class path",
        "-Dtopicgraph.golden.update=true", "src/test/resources/topicgraph-golden/not-there.toy");
  }

  @Test
  void theGoldenUpdatePropertyWritesTheGoldenFile(@TempDir Path root) throws IOException {
    GoldenUpdateConformance.root = root;
    String previous = System.getProperty(FormatConformanceTest.GOLDEN_UPDATE_PROPERTY);
    System.setProperty(FormatConformanceTest.GOLDEN_UPDATE_PROPERTY, "true");
    EngineExecutionResults results;
    try {
      results = run(GoldenUpdateConformance.class, "writesTheGoldenBytes");
    } finally {
      if (previous == null) {
        System.clearProperty(FormatConformanceTest.GOLDEN_UPDATE_PROPERTY);
      } else {
        System.setProperty(FormatConformanceTest.GOLDEN_UPDATE_PROPERTY, previous);
      }
    }
    assertEquals(1, results.testEvents().aborted().count(), "the check is skipped once it has written the file");
    byte[] written = Files.readAllBytes(root.resolve("topicgraph-golden/toy.toy"));
    try (InputStream stored = getClass().getResourceAsStream("/topicgraph-golden/toy.toy")) {
      assertArrayEquals(stored.readAllBytes(), written);
    }
  }

  @Test
  void theGoldenGraphHoldsEveryKindOfContent() {
    TopicGraph golden = Generators.graphs().sample(FormatConformanceTest.GOLDEN_SEED, FormatConformanceTest.GOLDEN_SIZE);
    Set<String> kinds = new TreeSet<>();
    golden.nodes().forEach(n -> kinds.add(n.kind().name()));
    assertEquals(4, kinds.size(), kinds::toString);
    assertTrue(golden.relations().stream().anyMatch(r -> r.from().equals(r.to())), "a self-loop");
    assertTrue(golden.nodes().stream().anyMatch(n -> n.extra().size() > 1), "custom values whose order matters");
    assertTrue(golden.feedback().size() > 10 && golden.topics().size() > 2, golden::toString);
  }
}
