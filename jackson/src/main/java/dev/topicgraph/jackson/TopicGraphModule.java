package dev.topicgraph.jackson;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.record.GraphAssembler;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.RecordWriter;
import dev.topicgraph.api.record.SyntaxReader;
import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.api.scoring.ScoredTopic;
import dev.topicgraph.io.json.JacksonSyntax;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Pattern;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import dev.topicgraph.model.Tradeoff;
import dev.topicgraph.model.Vendor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 databind module for the topicgraph model. Register it with an application's own mapper,
 * of JSON or of any Jackson dataformat:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TopicGraphModule()).build();
 * String json = mapper.writeValueAsString(PriorityScorer.withDefaults().rank(graph, asOf));
 * TopicGraph read = mapper.readValue(bytes, TopicGraph.class);
 * }</pre>
 *
 * <p>It reads and writes, through the one record binding every topicgraph format uses:
 *
 * <ul>
 *   <li>{@link TopicGraph}: the JSON format's document ({@code "format": "topicgraph/1"}, nodes,
 *       relations, topics, feedback), with the same checks; a document read here equals one read by
 *       the JSON format;
 *   <li>every record of the model: {@link Node} and its kinds, {@link Section}, {@link Source}, {@link
 *       Relation}, {@link Topic}, {@link Tradeoff}, {@link Feedback}, as the JSON format writes them;
 *   <li>{@link NodeId}, {@link RelationType} and {@link TopicStatus} as strings;
 *   <li>{@link Explanation} as {@code {"value", "description", "combination", "weights"?,
 *       "parameter"?, "details": [...]}}, read back by recomputing each node from its children;
 *   <li>{@link ScoredTopic} and {@link RankedTopic} as {@code {"rank"?, "score", "reviewers",
 *       "topic": {...}, "explanation": {...}}}.
 * </ul>
 *
 * <p>Bad input throws a {@link GraphDataException}: a {@code DatabindException} that carries every
 * problem with its line, column and JSON pointer. Reading is strict about fields, as {@link
 * ReadOptions#strict()} is, unless the module is created with other options. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TopicGraphModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; records are read in strict mode. */
  public TopicGraphModule() {
    this(ReadOptions.strict());
  }

  /**
   * Creates the module with the given read options: the validation mode (lenient keeps unknown
   * fields of nodes and topics in {@code extra}) and the problem limit.
   *
   * @param options the read options
   */
  public TopicGraphModule(ReadOptions options) {
    super("topicgraph", Version.unknownVersion());
    Objects.requireNonNull(options, "options");
    record(Section.class, RecordType.SECTION, options);
    record(Source.class, RecordType.SOURCE, options);
    record(Relation.class, RecordType.RELATION, options);
    record(Tradeoff.class, RecordType.TRADEOFF, options);
    record(Topic.class, RecordType.TOPIC, options);
    record(Feedback.class, RecordType.FEEDBACK, options);
    record(Node.class, RecordType.NODE, options);
    for (Class<? extends Node> kind : java.util.List.of(OrgDimension.class, Vendor.class, Pattern.class,
        GenericNode.class)) {
      addSerializer(kind, new RecordSerializer<>(RecordType.NODE));
      addDeserializer(cast(kind), new KindDeserializer<>(kind, options));
    }
    addSerializer(NodeId.class, new StringSerializer<>(NodeId::value));
    addDeserializer(NodeId.class, new StringDeserializer<>("a node id", NodeId::of));
    addSerializer(RelationType.class, new StringSerializer<>(RelationType::name));
    addDeserializer(RelationType.class, new StringDeserializer<>("a relation type", RelationType::of));
    addSerializer(TopicStatus.class, new StringSerializer<>(TopicStatus::wireName));
    addDeserializer(TopicStatus.class, new StringDeserializer<>("a topic status", s -> TopicStatus.fromWireName(s)
        .orElseThrow(() -> new InvalidValueException("status", s,
            "expected proposed, accepted, drafting, published or rejected"))));
    addSerializer(TopicGraph.class, new GraphSerializer());
    addDeserializer(TopicGraph.class, new GraphDeserializer(options));
    addSerializer(Explanation.class, new ExplanationSerializer());
    addDeserializer(Explanation.class, new ExplanationDeserializer());
    addSerializer(ScoredTopic.class, new ScoredSerializer<>(s -> s, s -> 0));
    addSerializer(RankedTopic.class, new ScoredSerializer<>(RankedTopic::scored, RankedTopic::rank));
    addDeserializer(ScoredTopic.class, new ScoredDeserializer<>(ScoredTopic.class, options, (rank, s) -> s));
    addDeserializer(RankedTopic.class, new ScoredDeserializer<>(RankedTopic.class, options, RankedTopic::of));
  }

  private <R> void record(Class<R> type, RecordType<R, ?> record, ReadOptions options) {
    addSerializer(type, new RecordSerializer<>(record));
    addDeserializer(type, new RecordDeserializer<>(type, record, options));
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> cast(Class<?> c) {
    return (Class<T>) c;
  }

  // ------------------------------------------------------------------ records

  /** Writes a record through the binding. */
  static final class RecordSerializer<R> extends ValueSerializer<R> {
    private final RecordType<? super R, ?> type;

    RecordSerializer(RecordType<? super R, ?> type) {
      this.type = type;
    }

    @Override
    public void serialize(R value, JsonGenerator g, SerializationContext ctxt) {
      try {
        RecordWriter.writeAny(type, value, JacksonSyntax.writer(g));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a Jackson generator reports its failures unchecked
      }
    }
  }

  /** Reads a record through the binding, located problems and all. */
  static class RecordDeserializer<R> extends ValueDeserializer<R> {
    private final Class<R> javaType;
    private final RecordType<R, ?> type;
    private final ReadOptions options;

    RecordDeserializer(Class<R> javaType, RecordType<R, ?> type, ReadOptions options) {
      this.javaType = javaType;
      this.type = type;
      this.options = options;
    }

    @Override
    public R deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(p, type, options);
    }

    @Override
    public Class<?> handledType() {
      return javaType;
    }
  }

  /** A node of one kind: read as a node, then checked to be of that kind. */
  static final class KindDeserializer<N extends Node> extends ValueDeserializer<N> {
    private final Class<N> kind;
    private final ReadOptions options;

    KindDeserializer(Class<N> kind, ReadOptions options) {
      this.kind = kind;
      this.options = options;
    }

    @Override
    public N deserialize(JsonParser p, DeserializationContext ctxt) {
      Node node = read(p, RecordType.NODE, options);
      if (!kind.isInstance(node)) {
        throw GraphDataExceptions.single(p, "json.invalid-value", "expected a node of the kind "
            + kind.getSimpleName() + ", found " + node.id());
      }
      return kind.cast(node);
    }
  }

  static <R> R read(JsonParser p, RecordType<R, ?> type, ReadOptions options) {
    try {
      return GraphAssembler.readRecord(type, JacksonSyntax.reader(p), SOURCE, options, "json");
    } catch (FormatException e) {
      throw new GraphDataException(p, e.diagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name diagnostics give the input: a mapper's parser does not know a file name. */
  static final String SOURCE = "input";

  // ------------------------------------------------------------------ strings

  /** A value written as one string. */
  static final class StringSerializer<T> extends ValueSerializer<T> {
    private final java.util.function.Function<T, String> text;

    StringSerializer(java.util.function.Function<T, String> text) {
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(text.apply(value));
    }
  }

  /** A value read from one string, refused with a located problem when the model refuses it. */
  static final class StringDeserializer<T> extends ValueDeserializer<T> {
    private final String what;
    private final java.util.function.Function<String, T> parse;

    StringDeserializer(String what, java.util.function.Function<String, T> parse) {
      this.what = what;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != tools.jackson.core.JsonToken.VALUE_STRING) {
        throw GraphDataExceptions.single(p, "json.type", "expected a string for " + what);
      }
      try {
        return parse.apply(p.getString());
      } catch (InvalidValueException e) {
        throw GraphDataExceptions.single(p, "json.invalid-value", e.getMessage());
      }
    }
  }

  // ------------------------------------------------------------------ graphs

  /** The JSON format's document. */
  static final class GraphSerializer extends ValueSerializer<TopicGraph> {
    @Override
    public void serialize(TopicGraph graph, JsonGenerator g, SerializationContext ctxt) {
      try {
        RecordWriter.writeDocument(graph, JsonFormat.FORMAT_VERSION, JacksonSyntax.writer(g));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The JSON format's document, checked as the JSON format checks it. */
  static final class GraphDeserializer extends ValueDeserializer<TopicGraph> {
    private final ReadOptions options;

    GraphDeserializer(ReadOptions options) {
      this.options = options;
    }

    @Override
    public TopicGraph deserialize(JsonParser p, DeserializationContext ctxt) {
      GraphAssembler assembler = GraphAssembler.create(SOURCE, options, "json");
      try {
        assembler.readDocument(JacksonSyntax.reader(p), JsonFormat.FORMAT_VERSION);
        return assembler.finish().graph();
      } catch (FormatException e) {
        throw new GraphDataException(p, e.diagnostics());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // ------------------------------------------------------------------ scores

  /** An explanation tree. */
  static final class ExplanationSerializer extends ValueSerializer<Explanation> {
    @Override
    public void serialize(Explanation e, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject();
      g.writeNumberProperty("value", e.value());
      g.writeStringProperty("description", e.description());
      g.writeStringProperty("combination", e.combination().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (!e.weights().isEmpty()) {
        g.writeName("weights");
        g.writeStartArray();
        for (double w : e.weights()) {
          g.writeNumber(w);
        }
        g.writeEndArray();
      }
      if (e.combination() == Explanation.Combination.SATURATION) {
        g.writeNumberProperty("parameter", e.parameter());
      }
      if (!e.children().isEmpty()) {
        g.writeName("details");
        g.writeStartArray();
        for (Explanation c : e.children()) {
          serialize(c, g, ctxt);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  /** An explanation tree, rebuilt from its leaves; a value that does not recompute is refused. */
  static final class ExplanationDeserializer extends ValueDeserializer<Explanation> {
    @Override
    public Explanation deserialize(JsonParser p, DeserializationContext ctxt) {
      return Explanations.read(p);
    }
  }

  /** A scored or ranked topic. */
  static final class ScoredSerializer<T> extends ValueSerializer<T> {
    private final java.util.function.Function<T, ScoredTopic> scored;
    private final java.util.function.ToIntFunction<T> rank;

    ScoredSerializer(java.util.function.Function<T, ScoredTopic> scored, java.util.function.ToIntFunction<T> rank) {
      this.scored = scored;
      this.rank = rank;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      ScoredTopic s = scored.apply(value);
      g.writeStartObject();
      int r = rank.applyAsInt(value);
      if (r > 0) {
        g.writeNumberProperty("rank", r);
      }
      g.writeNumberProperty("score", s.score());
      g.writeNumberProperty("reviewers", s.reviewers());
      g.writeName("topic");
      new RecordSerializer<>(RecordType.TOPIC).serialize(s.topic(), g, ctxt);
      g.writeName("explanation");
      new ExplanationSerializer().serialize(s.explanation(), g, ctxt);
      g.writeEndObject();
    }
  }

  /** Makes a ranked or scored topic from what was read. */
  @FunctionalInterface
  interface Ranking<T> {
    T make(int rank, ScoredTopic scored);
  }

  /** A scored or ranked topic; its score must be its explanation's root. */
  static final class ScoredDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final ReadOptions options;
    private final Ranking<T> make;

    ScoredDeserializer(Class<T> type, ReadOptions options, Ranking<T> make) {
      this.type = type;
      this.options = options;
      this.make = make;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return Explanations.scored(p, options, type == RankedTopic.class, make);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
