package dev.topicgraph.api.record;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.Tradeoff;
import dev.topicgraph.model.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The one description of a kind of record: its name and its fields in canonical order, with how a
 * record is built from them. Every format reads and writes the model through these descriptions, so a
 * field added here is carried by every format.
 *
 * <p>The model's records are the constants of this class. A format or a test can describe records of
 * its own with {@link #of}. Immutable and thread-safe.
 *
 * @param <R> the record
 * @param <B> the builder a record is made with
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RecordType<R, B> {

  /** A section of a node: {@code heading} and {@code body}. */
  public static final RecordType<Section, ?> SECTION = of("section", () -> new String[] {null, ""},
      b -> Section.of(b[0], b[1]), List.of(
          Field.<Section, String[]>string("heading", Section::heading, (b, v) -> b[0] = v).required(),
          Field.<Section, String[]>string("body", Section::body, (b, v) -> b[1] = v).text(TextRule.PROSE)));

  /** A source of a node: {@code title}, {@code url}, {@code publisher}, {@code published}. */
  public static final RecordType<Source, Source.Builder> SOURCE = of("source", Source::builder,
      Source.Builder::build, List.of(
          Field.string("title", Source::title, Source.Builder::title).required(),
          Field.<Source, Source.Builder>string("url", (Source s) -> s.url().orElse(null), Source.Builder::url)
              .text(TextRule.URL),
          Field.string("publisher", (Source s) -> s.publisher().orElse(null), Source.Builder::publisher),
          Field.date("published", (Source s) -> s.published().orElse(null), Source.Builder::published)));

  /**
   * A node of any kind; its kind, and so its Java type, follows from its id. Only vendors have a
   * {@code category}.
   */
  public static final RecordType<Node, ?> NODE = of("node", NodeDraft::new, NodeDraft::build, List.of(
      Field.<Node, NodeDraft>id("id", Node::id, (d, v) -> d.id = v).required(),
      Field.<Node, NodeDraft>string("title", Node::title, (d, v) -> d.common.title(v)).required(),
      Field.<Node, NodeDraft>string("summary", n -> n.summary().isEmpty() ? null : n.summary(),
          (d, v) -> d.common.summary(v)).text(TextRule.PROSE),
      Field.<Node, NodeDraft>string("category", n -> n instanceof Vendor ? ((Vendor) n).category().orElse(null) : null,
          (d, v) -> d.category = v).text(TextRule.SLUG),
      Field.<Node, NodeDraft>number("confidence", n -> n.confidence().isPresent() ? n.confidence().getAsDouble() : null,
          (d, v) -> d.common.confidence(v)).range(0, 1),
      Field.<Node, NodeDraft>integer("version", n -> n.version().isPresent() ? n.version().getAsInt() : null,
          (d, v) -> d.common.version(v)).range(1, Integer.MAX_VALUE),
      Field.<Node, NodeDraft>date("reviewed", n -> n.reviewed().orElse(null), (d, v) -> d.common.reviewed(v)),
      Field.<Node, NodeDraft>strings("tags", Node::tags, (d, v) -> d.common.tags(v)),
      Field.<Node, NodeDraft, Section>records("sections", SECTION, Node::sections, (d, v) -> d.common.sections(v)),
      Field.<Node, NodeDraft, Source>records("sources", SOURCE, Node::sources, (d, v) -> d.common.sources(v)),
      Field.<Node, NodeDraft>extra("extra", Node::extra, (d, v) -> d.common.extra(v))));

  /** A typed relation between two nodes, with its rationale. */
  public static final RecordType<Relation, ?> RELATION = of("relation", () -> new Object[4],
      RecordType::relation, List.of(
          Field.<Relation, Object[]>id("from", Relation::from, (b, v) -> b[0] = v).required(),
          Field.<Relation, Object[]>string("type", r -> r.type().name(), (b, v) -> b[1] = v).text(TextRule.SLUG)
              .required(),
          Field.<Relation, Object[]>id("to", Relation::to, (b, v) -> b[2] = v).required(),
          Field.<Relation, Object[]>string("rationale", Relation::rationale, (b, v) -> b[3] = v).required()));

  /** A trade-off of a topic: {@code left} and {@code right}. */
  public static final RecordType<Tradeoff, ?> TRADEOFF = of("trade-off", () -> new String[2],
      b -> Tradeoff.of(b[0], b[1]), List.of(
          Field.<Tradeoff, String[]>string("left", Tradeoff::left, (b, v) -> b[0] = v).required(),
          Field.<Tradeoff, String[]>string("right", Tradeoff::right, (b, v) -> b[1] = v).required()));

  /** A proposed topic of the backlog. */
  public static final RecordType<Topic, Topic.Builder> TOPIC = of("topic", Topic::builder, Topic.Builder::build,
      List.of(
          Field.id("id", Topic::id, Topic.Builder::id).required(),
          Field.string("title", Topic::title, Topic.Builder::title).required(),
          Field.<Topic, Topic.Builder>string("lens", (Topic t) -> t.lens().orElse(null), Topic.Builder::lens)
              .text(TextRule.SLUG),
          Field.<Topic, Topic.Builder>strings("channels", Topic::channels, Topic.Builder::channels).text(TextRule.SLUG),
          Field.string("audience", (Topic t) -> t.audience().orElse(null), Topic.Builder::audience),
          Field.<Topic, Topic.Builder>string("angle", (Topic t) -> t.angle().isEmpty() ? null : t.angle(),
              Topic.Builder::angle)
              .text(TextRule.PROSE),
          Field.string("keyDecision", (Topic t) -> t.keyDecision().orElse(null), Topic.Builder::keyDecision),
          Field.records("tradeoffs", TRADEOFF, Topic::tradeoffs, Topic.Builder::tradeoffs),
          Field.strings("openQuestions", Topic::openQuestions, Topic.Builder::openQuestions),
          Field.ids("drawsFrom", Topic::drawsFrom, Topic.Builder::drawsFrom),
          Field.status("status", Topic::status, Topic.Builder::status),
          Field.date("proposed", Topic::proposed, Topic.Builder::proposed).required(),
          Field.extra("extra", Topic::extra, Topic.Builder::extra)));

  /** A reader's feedback on a topic. */
  public static final RecordType<Feedback, Feedback.Builder> FEEDBACK = of("feedback event", Feedback::builder,
      Feedback.Builder::build, List.of(
          Field.<Feedback, Feedback.Builder>string("id", Feedback::id, Feedback.Builder::id).text(TextRule.TOKEN)
              .required(),
          Field.id("topic", Feedback::topic, Feedback.Builder::topic).required(),
          Field.<Feedback, Feedback.Builder>string("reviewer", Feedback::reviewer, Feedback.Builder::reviewer)
              .text(TextRule.TOKEN).required().interned(),
          Field.<Feedback, Feedback.Builder>integer("interest", Feedback::interest, Feedback.Builder::interest)
              .range(1, 5).required(),
          Field.bool("optIn", Feedback::optIn, Feedback.Builder::optIn),
          Field.instant("at", Feedback::at, Feedback.Builder::at).required(),
          Field.<Feedback, Feedback.Builder>string("comment", (Feedback f) -> f.comment().orElse(null),
              Feedback.Builder::comment)
              .text(TextRule.PROSE)));

  private static Relation relation(Object[] b) {
    RelationType type;
    try {
      type = RelationType.of((String) b[1]);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("type", e.value(), e.reason());
    }
    return Relation.of((NodeId) b[0], type, (NodeId) b[2], (String) b[3]);
  }

  private final String name;
  private final Supplier<? extends B> builder;
  private final Function<? super B, ? extends R> build;
  private final List<Field<R, B>> fields;
  private final Map<String, Field<R, B>> byName;
  private final Map<String, Integer> indexByName;
  private final String[] names;
  private final Field<R, B> extra;
  private final String summary;

  private RecordType(String name, Supplier<? extends B> builder, Function<? super B, ? extends R> build,
      List<Field<R, B>> fields) {
    this.name = requireNonNull(name, "name");
    this.builder = requireNonNull(builder, "builder");
    this.build = requireNonNull(build, "build");
    this.fields = List.copyOf(fields);
    this.byName = new HashMap<>();
    this.indexByName = new HashMap<>();
    if (this.fields.size() > 64) {
      throw new IllegalArgumentException(name + " has more than 64 fields");
    }
    Field<R, B> extraField = null;
    for (Field<R, B> f : this.fields) {
      indexByName.put(f.name(), indexByName.size());
      if (byName.put(f.name(), f) != null) {
        throw new IllegalArgumentException("the field " + f.name() + " is described twice in " + name);
      }
      if (f.type() == FieldType.EXTRA) {
        if (extraField != null) {
          throw new IllegalArgumentException(name + " has two fields of custom values");
        }
        extraField = f;
      }
    }
    this.extra = extraField;
    List<String> names = new ArrayList<>();
    this.fields.forEach(f -> names.add(f.name()));
    this.names = names.toArray(new String[0]);
    String last = names.remove(names.size() - 1);
    this.summary = "a " + name + " has " + (names.isEmpty() ? last : String.join(", ", names) + " and " + last);
  }

  /**
   * Describes a kind of record.
   *
   * @param name what a record is called in messages, such as {@code "node"}
   * @param builder makes an empty builder
   * @param build builds a record; may throw the model's {@code InvalidValueException}, naming the field
   * @param fields the fields, in canonical order, at least one
   * @param <R> the record
   * @param <B> the builder
   * @return the description
   * @throws IllegalArgumentException if two fields have one name, two hold custom values, or there are
   *     more than 64
   */
  public static <R, B> RecordType<R, B> of(String name, Supplier<? extends B> builder,
      Function<? super B, ? extends R> build, List<Field<R, B>> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(name + " needs a field");
    }
    return new RecordType<>(name, builder, build, fields);
  }

  /**
   * Returns the name of the record, as messages use it.
   *
   * @return for example {@code "node"} or {@code "feedback event"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the fields in canonical order: the order writers write them in.
   *
   * @return the fields
   */
  public List<Field<R, B>> fields() {
    return fields;
  }

  /**
   * Returns the field with a name.
   *
   * @param name a name
   * @return the field, if the record has one of that name
   */
  public Optional<Field<R, B>> field(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The position of the field in {@link #fields()}, or -1; {@code expected} is where the field is
   * likely to be, as fields mostly come in canonical order: the fields from there on are tried before
   * the map.
   */
  int indexOf(String name, int expected) {
    // Optional fields left out make the next field come later than expected, never earlier: look ahead.
    for (int i = expected; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return indexOf(name);
  }

  /** The position of the field in {@link #fields()}, or -1. */
  int indexOf(String name) {
    Integer i = indexByName.get(name);
    return i == null ? -1 : i;
  }

  Field<R, B> extraField() {
    return extra;
  }

  B newBuilder() {
    return builder.get();
  }

  R build(B b) {
    return build.apply(b);
  }

  /**
   * Returns the sentence that lists the fields, as messages about unknown fields use it.
   *
   * @return for example {@code "a trade-off has left and right"}
   */
  public String describeFields() {
    return summary;
  }

  @Override
  public String toString() {
    return name + fields;
  }
}
