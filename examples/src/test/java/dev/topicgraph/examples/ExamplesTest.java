package dev.topicgraph.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.ValidationMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void theDemoValidatesTheSampleAndPrintsIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    assertTrue(out.contains("Validation (strict): no problems"), out);
    assertTrue(out.contains("enabled by <- org-dim.operational-profile.engineering-led-cdp"), out);
    assertTrue(out.contains("2 reviewers, mean interest 4.5, 1 opted in as reviewers"), out);
  }

  @Test
  void theSampleGraphIsCompleteUnderStrictValidation() {
    assertEquals(List.of(), SampleGraph.build().validate(ValidationMode.STRICT));
  }

  @Test
  void theQuickStartPrintsTheInverseRelation() {
    assertEquals(List.of("vendor.example-sync is enabled by org-dim.operational-profile.engineering-led-cdp"),
        QuickStart.run());
  }

  @Test
  void theReadmeQuotesTheQuickStartExactly() throws IOException {
    String source = Files.readString(Path.of("src/main/java/dev/topicgraph/examples/QuickStart.java"));
    String snippet = between(source, "// tag::quickstart[]\n", "    // end::quickstart[]");
    String dedented = snippet.replaceAll("(?m)^    ", "");
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(dedented),
        "README.md must quote the quickstart block of QuickStart.java exactly:\n" + dedented);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertTrue(from >= 0 && to > from, "markers not found");
    return text.substring(from + start.length(), to);
  }
}
