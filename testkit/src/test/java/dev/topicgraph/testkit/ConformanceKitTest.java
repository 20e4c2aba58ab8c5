package dev.topicgraph.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** The conformance kit catches broken formats and passes sound ones. */
class ConformanceKitTest {

  /** The kit against the sound toy format. Run by {@link ConformanceKitTest}, not by Surefire. */
  static class MemoConformance extends FormatConformanceTest {
    @Override
    protected String formatId() {
      return "memo";
    }

    @Override
    protected int trials() {
      return 20;
    }
  }

  /** The kit against the broken toy format. Run by {@link ConformanceKitTest}, not by Surefire. */
  static class LeakyConformance extends FormatConformanceTest {
    @Override
    protected String formatId() {
      return "leaky";
    }

    @Override
    protected int trials() {
      return 20;
    }
  }

  private static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  private static Set<String> failedMethods(EngineExecutionResults results) {
    Set<String> names = new TreeSet<>();
    results.testEvents().failed().stream()
        .map(e -> e.getTestDescriptor().getSource().orElseThrow())
        .map(s -> ((MethodSource) s).getMethodName())
        .forEach(names::add);
    return names;
  }

  @Test
  void aSoundFormatPassesEveryCheck() {
    EngineExecutionResults results = run(MemoConformance.class);
    assertEquals(Set.of(), failedMethods(results));
    assertEquals(9, results.testEvents().succeeded().count());
  }

  @Test
  void aLossyFormatThatCrashesOnJunkIsCaught() {
    EngineExecutionResults results = run(LeakyConformance.class);
    Set<String> failed = failedMethods(results);
    assertTrue(failed.contains("writingThenReadingGivesAnEqualGraph"), failed::toString);
    assertTrue(failed.contains("brokenInputGivesTheDocumentedException"), failed::toString);
    assertTrue(failed.contains("emptyInputGivesTheDocumentedException"), failed::toString);
    assertTrue(failed.contains("rejectsUnknownOptions"), failed::toString);
    Throwable lossy = results.testEvents().failed().stream()
        .filter(e -> ((MethodSource) e.getTestDescriptor().getSource().orElseThrow()).getMethodName()
            .equals("writingThenReadingGivesAnEqualGraph"))
        .findFirst().orElseThrow()
        .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow();
    assertTrue(lossy instanceof PropertyFailure, lossy.toString());
    assertTrue(lossy.getMessage().contains("Replay this trial"), lossy.getMessage());
  }
}
