package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.record.Field;
import dev.topicgraph.api.record.GraphAssembler;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.RecordWriter;
import dev.topicgraph.api.record.SyntaxReader;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Topic;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** A field added to a record description reaches the JSON syntax with no change to it. */
class JsonRecordBindingTest {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The topic description with one more field, stored in {@code extra} so that the model needs no change. */
  private static RecordType<Topic, Topic.Builder> topicWithPriority() {
    List<Field<Topic, Topic.Builder>> fields = new ArrayList<>(RecordType.TOPIC.fields());
    fields.remove(fields.size() - 1);
    fields.add(Field.integer("priority",
        (Topic t) -> t.extra().containsKey("priority") ? Integer.valueOf(t.extra().get("priority")) : null,
        (Topic.Builder b, Integer v) -> b.putExtra("priority", v.toString())));
    return RecordType.of("topic", Topic::builder, Topic.Builder::build, fields);
  }

  private static <R> String write(RecordType<R, ?> type, R record) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      RecordWriter.write(type, record, JacksonSyntax.writer(g));
    }
    return out.toString();
  }

  private static <R> R read(RecordType<R, ?> type, String json) throws IOException {
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      SyntaxReader in = JacksonSyntax.reader(p, "JSON");
      in.next();
      return GraphAssembler.readRecord(type, in, "topic.json", ReadOptions.strict(), "json");
    }
  }

  @Test
  void anAddedFieldRoundTripsThroughJson() throws IOException {
    RecordType<Topic, Topic.Builder> type = topicWithPriority();
    Topic topic = Topic.builder().id(NodeId.of("topic.a")).title("A").proposed(LocalDate.of(2026, 11, 1))
        .putExtra("priority", "2").build();
    String json = write(type, topic);
    assertEquals("{\"id\":\"topic.a\",\"title\":\"A\",\"status\":\"proposed\",\"proposed\":\"2026-11-01\","
        + "\"priority\":2}", json);
    assertEquals(topic, read(type, json));
    // The same bytes under the model's own description: strict mode does not know the field.
    FormatException e = assertThrows(FormatException.class, () -> read(RecordType.TOPIC, json));
    assertEquals("topic.json:1:73: error json.unknown-field: unknown field \"priority\"; a topic has id, title, "
        + "lens, channels, audience, angle, keyDecision, tradeoffs, openQuestions, drawsFrom, status, proposed "
        + "and extra (unknown fields are errors in strict mode) (at /priority)", e.diagnostics().get(0).toString());
  }

  @Test
  void malformedJsonInsideARecordIsALocatedSyntaxError() {
    FormatException e = assertThrows(FormatException.class, () -> read(RecordType.TOPIC, "{\"id\": \"topic.a\",\n "
        + "\"title\" \"A\"}"));
    assertEquals("json.syntax", e.diagnostics().get(0).code());
    assertEquals(2, e.diagnostics().get(0).line().getAsInt());
  }
}
