package dev.topicgraph.io.json;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.RankedTopic;
import java.io.StringWriter;
import java.util.List;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A ranked backlog as JSON: what {@code topicgraph rank --json} prints, and what a ranking pipeline
 * (topicgraph-beam) writes. One array, best topic first, on one line:
 *
 * <pre>{@code
 * [{"rank":1,"topic":"topic.serving-api","title":"Who builds the serving API?","score":0.56,
 *   "explanation":{"value":0.56,"description":"priority of topic.serving-api","details":[...]}}, ...]
 * }</pre>
 *
 * <p>Each explanation is an object with its {@code value}, its {@code description} and its children
 * in {@code details}, recursively. Numbers are written so that they read back to the same {@code
 * double}, bit for bit; the same ranking always gives the same text.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RankingJson {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private RankingJson() {}

  /**
   * Returns a ranking as one JSON array, without a line break at the end.
   *
   * @param ranking the ranked topics, in the order to write them
   * @return the JSON text
   */
  public static String write(List<RankedTopic> ranking) {
    requireNonNull(ranking, "ranking");
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      write(g, ranking);
    }
    return text.toString();
  }

  /**
   * Writes a ranking as a JSON array to a generator, such as one that writes a larger document.
   *
   * @param g the generator; not closed
   * @param ranking the ranked topics, in the order to write them
   */
  public static void write(JsonGenerator g, List<RankedTopic> ranking) {
    requireNonNull(g, "g");
    requireNonNull(ranking, "ranking");
    g.writeStartArray();
    for (RankedTopic r : ranking) {
      g.writeStartObject();
      g.writeNumberProperty("rank", r.rank());
      g.writeStringProperty("topic", r.topic().id().value());
      g.writeStringProperty("title", r.topic().title());
      g.writeNumberProperty("score", r.score());
      g.writeName("explanation");
      writeExplanation(g, r.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes an explanation tree as a JSON object: {@code value}, {@code description} and the children
   * in {@code details}.
   *
   * @param g the generator; not closed
   * @param explanation the tree
   */
  public static void writeExplanation(JsonGenerator g, Explanation explanation) {
    requireNonNull(g, "g");
    requireNonNull(explanation, "explanation");
    g.writeStartObject();
    g.writeNumberProperty("value", explanation.value());
    g.writeStringProperty("description", explanation.description());
    g.writeName("details");
    g.writeStartArray();
    for (Explanation child : explanation.children()) {
      writeExplanation(g, child);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
