package dev.topicgraph.io.json.internal;

import dev.topicgraph.api.record.SyntaxWriter;
import tools.jackson.core.JsonGenerator;

/** Any Jackson generator as a {@link SyntaxWriter}: records are objects, lists are arrays. */
public final class JacksonSyntaxWriter implements SyntaxWriter {
  private final JsonGenerator g;

  /**
   * Writes to a generator, which is not closed.
   *
   * @param g the generator
   */
  public JacksonSyntaxWriter(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startRecord() {
    g.writeStartObject();
  }

  @Override
  public void endRecord() {
    g.writeEndObject();
  }

  @Override
  public void field(String name) {
    g.writeName(name);
  }

  @Override
  public void startList() {
    g.writeStartArray();
  }

  @Override
  public void endList() {
    g.writeEndArray();
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void integer(long value) {
    g.writeNumber(value);
  }

  @Override
  public void number(double value) {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }
}
