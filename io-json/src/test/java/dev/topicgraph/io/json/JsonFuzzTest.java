package dev.topicgraph.io.json;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Gen;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Mutations;
import dev.topicgraph.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mutated valid documents give a valid graph or the documented exception with located diagnostics,
 * never anything else. Mutations work on bytes and on JSON tokens: a token deleted, repeated, moved,
 * or replaced by one of another type. {@code -Plong-properties} runs 2,000 trials of each.
 */
class JsonFuzzTest {
  private static final Pattern TOKEN = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|true|false|null|[{}\\[\\]:,]|\\s+");
  private static final List<String> REPLACEMENTS = List.of("\"text\"", "0", "-1.5e300", "true", "null", "{}", "[]",
      "\"vendor.x\"", "\"topic.x\"", "\"2026-02-30\"", "{\"a\":", "]", ",", ":");

  private final GraphReader reader = JsonFormat.defaultReader();

  static List<String> tokens(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(json);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(json.substring(at, m.start()));
      }
      out.add(m.group());
      at = m.end();
    }
    if (at < json.length()) {
      out.add(json.substring(at));
    }
    return out;
  }

  /** One token-level mutation of a document. */
  static String mutateTokens(String json, SplittableRandom random) {
    List<String> t = new ArrayList<>(tokens(json));
    int i = random.nextInt(t.size());
    switch (random.nextInt(4)) {
      case 0:
        t.remove(i);
        break;
      case 1:
        t.add(i, t.get(random.nextInt(t.size())));
        break;
      case 2:
        t.set(i, REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())));
        break;
      default:
        int j = random.nextInt(t.size());
        String x = t.get(i);
        t.set(i, t.get(j));
        t.set(j, x);
    }
    return String.join("", t);
  }

  private void readBrokenInput(String text) {
    try {
      TopicGraph g = reader.readString(text, "fuzz.json");
      if (g == null) {
        throw new AssertionError("a read returned null");
      }
    } catch (FormatException e) {
      if (e.diagnostics().isEmpty() || e.diagnostics().stream().noneMatch(Diagnostic::isError)) {
        throw new AssertionError("a FormatException without errors", e);
      }
      if (e.diagnostics().stream().noneMatch(d -> d.line().isPresent())) {
        throw new AssertionError("no diagnostic has a line: " + e.getMessage(), e);
      }
    }
  }

  @Test
  void tokenMutationsFailCleanly() {
    Gen<String> mutants = (random, size) -> {
      String json = JsonFormat.defaultWriter().writeString(Generators.graphs().generate(random, size));
      SplittableRandom r = new SplittableRandom(random.nextLong());
      int n = 1 + r.nextInt(4);
      for (int k = 0; k < n; k++) {
        json = mutateTokens(json, r);
      }
      return json;
    };
    Property.forAll(mutants).named("json token fuzz").trials(300).check(this::readBrokenInput);
  }

  @Test
  void byteMutationsFailCleanly() {
    Gen<byte[]> mutants = Generators.graphs().map(g -> JsonFormat.defaultWriter().toBytes(g))
        .flatMap(Mutations::of);
    Property.forAll(mutants).named("json byte fuzz").trials(300).check(bytes -> {
      try {
        reader.read(new java.io.ByteArrayInputStream(bytes), "fuzz.json");
      } catch (FormatException e) {
        if (e.diagnostics().stream().noneMatch(Diagnostic::isError)) {
          throw new AssertionError("a FormatException without errors", e);
        }
      }
    });
  }
}
