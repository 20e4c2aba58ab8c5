package dev.topicgraph.io.markdown;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Gen;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages mutated line by line (a line deleted, repeated, moved, or replaced by a structural line of
 * front matter or Markdown) give a valid graph or the documented exception, never anything else.
 */
class MarkdownFuzzTest {
  private static final List<String> LINES = List.of("---", "# Title", "## Relations", "## Sources", "## Feedback",
      "## Angle", "- enables [x](vendor.x.md): why", "- enables x", "| a | b |", "|---|---|", "id: vendor.other",
      "title: [a, b]", "tags:", "  - &a x", "  - *a", "extra: {a: 1}", "proposed: never", "```", "<!--", "", "\t",
      "\\", "> quote", "---\nid: topic.x\n---");

  @TempDir
  Path temp;

  @Test
  void lineMutationsFailCleanly() {
    Gen<Object[]> cases = Generators.graphs().zip(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), (g, s) -> new Object[] {g, s});
    Property.forAll(cases).named("markdown line fuzz").trials(200).check(c -> {
      TopicGraph g = (TopicGraph) c[0];
      SplittableRandom random = new SplittableRandom((Long) c[1]);
      Path out = Files.createTempDirectory(temp, "fuzz");
      Path pages = out.resolve("pages");
      MarkdownFormat.losslessWriter().write(g, pages);
      List<Path> files;
      try (Stream<Path> s = Files.walk(pages)) {
        files = s.filter(p -> p.toString().endsWith(".md") && !p.endsWith("index.md")).sorted()
            .collect(Collectors.toList());
      }
      if (files.isEmpty()) {
        return;
      }
      Path victim = files.get(random.nextInt(files.size()));
      Files.writeString(victim, mutate(Files.readString(victim), random), StandardCharsets.UTF_8);
      try {
        MarkdownFormat.defaultReader().read(pages);
      } catch (FormatException e) {
        if (e.diagnostics().stream().noneMatch(Diagnostic::isError)) {
          throw new AssertionError("a FormatException without errors", e);
        }
      }
    });
  }

  static String mutate(String page, SplittableRandom random) {
    List<String> lines = new ArrayList<>(Arrays.asList(page.split("\n", -1)));
    int n = 1 + random.nextInt(3);
    for (int k = 0; k < n && !lines.isEmpty(); k++) {
      int i = random.nextInt(lines.size());
      switch (random.nextInt(4)) {
        case 0:
          lines.remove(i);
          break;
        case 1:
          lines.add(i, lines.get(random.nextInt(lines.size())));
          break;
        case 2:
          lines.set(i, LINES.get(random.nextInt(LINES.size())));
          break;
        default:
          lines.add(i, lines.remove(random.nextInt(lines.size())));
      }
    }
    return String.join("\n", lines);
  }
}
