package dev.topicgraph.testkit;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * How two graphs differ, field by field: which node, relation, topic or feedback event is missing,
 * extra, or different, and in which field, with the expected and the actual value. The conformance
 * kit prints it when a round trip changes a graph; use it in your own assertions too:
 *
 * <pre>{@code
 * GraphDiff diff = GraphDiff.between(expected, actual);
 * assertTrue(diff.isEmpty(), diff::toString);
 * }</pre>
 *
 * <p>Records are matched by id (nodes, topics, feedback) or by source, type and target (relations).
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GraphDiff {
  /** Differences listed by {@link #toString()} before the rest are counted. */
  private static final int SHOWN = 40;

  private final List<String> differences;

  private GraphDiff(List<String> differences) {
    this.differences = List.copyOf(differences);
  }

  /**
   * Compares two graphs.
   *
   * @param expected the graph that was expected
   * @param actual the graph that came out
   * @return the differences; {@linkplain #isEmpty() empty} exactly when the graphs are equal
   */
  public static GraphDiff between(TopicGraph expected, TopicGraph actual) {
    requireNonNull(expected, "expected");
    requireNonNull(actual, "actual");
    List<String> out = new ArrayList<>();
    compare("node", expected.nodes(), actual.nodes(), n -> n.id().value(), GraphDiff::fields, out);
    compare("relation", expected.relations(), actual.relations(),
        r -> r.from() + " " + r.type() + " " + r.to(), r -> Map.of("rationale", r.rationale()), out);
    compare("topic", expected.topics(), actual.topics(), t -> t.id().value(), GraphDiff::fields, out);
    compare("feedback", expected.feedback(), actual.feedback(), Feedback::id, GraphDiff::fields, out);
    if (out.isEmpty() && !expected.equals(actual)) {
      out.add("the graphs differ in a way no field shows: " + expected + " and " + actual);
    }
    return new GraphDiff(out);
  }

  /**
   * Returns whether the graphs are equal.
   *
   * @return {@code true} when there is no difference
   */
  public boolean isEmpty() {
    return differences.isEmpty();
  }

  /**
   * Returns every difference, one a line, such as {@code node vendor.x: reviewed: expected
   * Optional[2026-01-01], actual Optional.empty}.
   *
   * @return the differences, nodes first, then relations, topics and feedback, each sorted by key
   */
  public List<String> differences() {
    return differences;
  }

  /**
   * Returns the differences one a line, the first 40 of them and a count of the rest.
   *
   * @return the description; {@code "no differences"} for equal graphs
   */
  @Override
  public String toString() {
    if (differences.isEmpty()) {
      return "no differences";
    }
    StringBuilder sb = new StringBuilder(differences.size() + (differences.size() == 1 ? " difference" : " differences"))
        .append(" (expected vs actual):");
    differences.stream().limit(SHOWN).forEach(d -> sb.append("\n  ").append(d));
    if (differences.size() > SHOWN) {
      sb.append("\n  ... and ").append(differences.size() - SHOWN).append(" more");
    }
    return sb.toString();
  }

  private static <T> void compare(String what, List<T> expected, List<T> actual, Function<T, String> key,
      Function<T, Map<String, Object>> fields, List<String> out) {
    Map<String, T> left = index(expected, key);
    Map<String, T> right = index(actual, key);
    TreeSet<String> keys = new TreeSet<>(left.keySet());
    keys.addAll(right.keySet());
    for (String k : keys) {
      T a = left.get(k);
      T b = right.get(k);
      if (b == null) {
        out.add(what + " " + k + ": missing (expected " + a + ")");
      } else if (a == null) {
        out.add(what + " " + k + ": not expected (actual " + b + ")");
      } else if (!a.equals(b)) {
        Map<String, Object> fa = fields.apply(a);
        Map<String, Object> fb = fields.apply(b);
        int before = out.size();
        for (String field : fa.keySet()) {
          if (!Objects.equals(fa.get(field), fb.get(field))) {
            out.add(what + " " + k + ": " + field + ": expected " + show(fa.get(field)) + ", actual "
                + show(fb.get(field)));
          }
        }
        if (out.size() == before) {
          out.add(what + " " + k + ": expected " + a + ", actual " + b);
        }
      }
    }
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> out = new TreeMap<>();
    for (T item : items) {
      out.putIfAbsent(key.apply(item), item);
    }
    return out;
  }

  /** A value for a message: text quoted with its control characters escaped, and shortened. */
  private static String show(Object value) {
    String text = String.valueOf(value);
    StringBuilder sb = new StringBuilder(value instanceof String ? "\"" : "");
    text.codePoints().limit(200).forEach(c -> {
      if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    if (text.codePointCount(0, text.length()) > 200) {
      sb.append("... (").append(text.length()).append(" characters)");
    }
    return sb.append(value instanceof String ? "\"" : "").toString();
  }

  private static Map<String, Object> fields(Node n) {
    return named("type", n.getClass().getSimpleName().replace("Immutable", ""), "title", n.title(),
        "summary", n.summary(), "tags", n.tags(), "confidence", n.confidence(), "version", n.version(),
        "reviewed", n.reviewed(), "sections", n.sections(), "sources", n.sources(), "extra", new TreeMap<>(n.extra()),
        "category", n instanceof Vendor ? ((Vendor) n).category() : "(not a vendor)");
  }

  private static Map<String, Object> fields(Topic t) {
    return named("title", t.title(), "lens", t.lens(), "channels", t.channels(), "audience", t.audience(),
        "angle", t.angle(), "keyDecision", t.keyDecision(), "tradeoffs", t.tradeoffs(),
        "openQuestions", t.openQuestions(), "drawsFrom", t.drawsFrom(), "status", t.status(),
        "proposed", t.proposed(), "extra", new TreeMap<>(t.extra()));
  }

  private static Map<String, Object> fields(Feedback f) {
    return named("topic", f.topic(), "reviewer", f.reviewer(), "interest", f.interest(), "optIn", f.optIn(),
        "at", f.at(), "comment", f.comment());
  }

  /** Field names and values, alternating, in order. */
  private static Map<String, Object> named(Object... namesAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return out;
  }
}
