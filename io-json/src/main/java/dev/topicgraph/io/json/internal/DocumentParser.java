package dev.topicgraph.io.json.internal;

import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.io.json.internal.JsonGraphReader.Codes;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.GraphCheck;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Severity;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import dev.topicgraph.model.Tradeoff;
import dev.topicgraph.model.ValidationMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * One pass over a JSON document, straight into a {@link TopicGraph.Builder}, recording every problem
 * with its line, column and JSON pointer. Used once, by one thread.
 */
final class DocumentParser {
  /** Thrown to stop reading once the collector is full. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final NodeId PLACEHOLDER = NodeId.of("json.node");

  private final JsonParser p;
  private final DiagnosticCollector c;
  private final boolean strict;
  private final Codes codes;
  private final TopicGraph.Builder builder = TopicGraph.builder();

  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  private final Map<NodeId, Integer> nodeIndex = new HashMap<>();
  private final Map<NodeId, Integer> topicIndex = new HashMap<>();
  private final Map<String, Integer> feedbackIndex = new HashMap<>();
  private final Map<List<Object>, Integer> relationIndex = new HashMap<>();
  private final List<Reference> references = new ArrayList<>();
  /** One instance per distinct id and reviewer, shared by every event that names it. */
  private final Map<String, NodeId> ids = new HashMap<>();
  private final Map<String, String> reviewers = new HashMap<>();

  DocumentParser(JsonParser p, DiagnosticCollector c, ValidationMode mode, Codes codes) {
    this.p = p;
    this.c = c;
    this.strict = mode == ValidationMode.STRICT;
    this.codes = codes;
  }

  /**
   * A reference to a node or topic that the document had not defined when the reference was read,
   * kept to report it, located, if the rest of the document does not define it either: an error in
   * strict mode, a warning otherwise. In canonical order targets come first, so few are kept.
   */
  private static final class Reference {
    final NodeId target;
    final boolean topic;
    final GraphCheck check;
    final String message;
    final int line;
    final int column;
    final String pointer;

    Reference(NodeId target, boolean topic, GraphCheck check, String message, int line, int column, String pointer) {
      this.target = target;
      this.topic = topic;
      this.check = check;
      this.message = message;
      this.line = line;
      this.column = column;
      this.pointer = pointer;
    }
  }

  TopicGraph.Builder parse() {
    JsonToken t = p.nextToken();
    if (t == null) {
      c.error(codes.syntax, "the document is empty; expected a JSON object with \"format\": \""
          + JsonFormat.FORMAT_VERSION + "\"", 1, 1, "");
      return builder;
    }
    if (t != JsonToken.START_OBJECT) {
      typeError("the document", "an object");
      return builder;
    }
    long start = position();
    int line = lineOf(start);
    int column = columnOf(start);
    boolean format = false;
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      int nameLine = line();
      int nameColumn = column();
      p.nextToken();
      push(name);
      if (!seen.add(name)) {
        duplicateField(name, nameLine, nameColumn);
      } else {
        switch (name) {
          case "format":
            format = true;
            String value = text("format");
            if (value != null && !value.equals(JsonFormat.FORMAT_VERSION)) {
              error(codes.format, "unsupported format \"" + value + "\"; this reader reads \""
                  + JsonFormat.FORMAT_VERSION + "\"");
            }
            break;
          case "nodes":
            array("nodes", this::node);
            break;
          case "relations":
            array("relations", this::relation);
            break;
          case "topics":
            array("topics", this::topic);
            break;
          case "feedback":
            array("feedback", this::feedback);
            break;
          default:
            errorAt(codes.unknown, "unknown field \"" + name + "\"; a document has format, nodes, relations, "
                + "topics and feedback", nameLine, nameColumn);
            p.skipChildren();
        }
      }
      pop();
    }
    if (!format) {
      errorAt(codes.format, "the field \"format\": \"" + JsonFormat.FORMAT_VERSION + "\" is missing", line, column);
    }
    JsonToken after = p.nextToken();
    if (after != null) {
      errorAt(codes.syntax, "unexpected " + describe(after) + " after the end of the document", line(), column());
    }
    checkReferences();
    return builder;
  }

  // ---------------------------------------------------------------- elements

  private void node(int index) {
    if (!startObject("a node")) {
      return;
    }
    long start = position();
    int line = lineOf(start);
    int column = columnOf(start);
    Fields f = fields();
    NodeId id = null;
    String title = null;
    String summary = null;
    String category = null;
    Double confidence = null;
    Integer version = null;
    LocalDate reviewed = null;
    List<String> tags = List.of();
    List<Section> sections = List.of();
    List<Source> sources = List.of();
    Map<String, String> extra = new LinkedHashMap<>();
    while (nextField(f)) {
      switch (f.name) {
        case "id":
          id = nodeId("id");
          break;
        case "title":
          title = text("title");
          break;
        case "summary":
          summary = text("summary");
          break;
        case "category":
          category = text("category");
          break;
        case "confidence":
          confidence = number("confidence");
          break;
        case "version":
          version = integer("version");
          break;
        case "reviewed":
          reviewed = date("reviewed");
          break;
        case "tags":
          tags = strings("tags");
          break;
        case "sections":
          sections = objects("sections", this::section);
          break;
        case "sources":
          sources = objects("sources", this::source);
          break;
        case "extra":
          extra(extra, f);
          break;
        default:
          unknownField(f, extra, "a node has id, title, summary, category, confidence, version, reviewed, tags, "
              + "sections, sources and extra");
      }
    }
    if (id == null || title == null) {
      missing(f, line, column, id == null ? "id" : null, title == null ? "title" : null);
      return;
    }
    if (category != null && id.kind() != NodeKind.VENDOR) {
      f.errorAtField("category", codes.unknown, "only vendor nodes have a category, and " + id + " is not one",
          line, column);
      return;
    }
    if (nodeIndex.containsKey(id)) {
      f.errorAtField("id", GraphCheck.DUPLICATE_NODE_ID.code(), "the node " + id + " is already defined at /nodes/"
          + nodeIndex.get(id) + "; ids must be unique", line, column);
      return;
    }
    nodeIndex.put(id, index);
    GenericNode.Builder common = GenericNode.builder()
        .id(PLACEHOLDER)
        .title(title)
        .summary(summary == null ? "" : summary)
        .tags(tags)
        .sections(sections)
        .sources(sources)
        .extra(extra)
        .reviewed(Optional.ofNullable(reviewed));
    if (confidence != null) {
      common.confidence(confidence);
    }
    if (version != null) {
      common.version(version);
    }
    NodeId nodeId = id;
    Optional<String> nodeCategory = Optional.ofNullable(category);
    Node node = build(f, line, column, () -> Node.of(nodeId, common.build(), nodeCategory));
    if (node != null) {
      builder.addNode(node);
    }
  }

  private Section section(int index) {
    long start = position();
    int line = lineOf(start);
    int column = columnOf(start);
    Fields f = fields();
    String heading = null;
    String body = "";
    while (nextField(f)) {
      switch (f.name) {
        case "heading":
          heading = text("heading");
          break;
        case "body":
          String b = text("body");
          body = b == null ? "" : b;
          break;
        default:
          unknownField(f, null, "a section has heading and body");
      }
    }
    if (heading == null) {
      missing(f, line, column, "heading");
      return null;
    }
    String h = heading;
    String b = body;
    return build(f, line, column, () -> Section.of(h, b));
  }

  private Source source(int index) {
    long start = position();
    int line = lineOf(start);
    int column = columnOf(start);
    Fields f = fields();
    Source.Builder b = Source.builder();
    boolean titled = false;
    while (nextField(f)) {
      switch (f.name) {
        case "title":
          String title = text("title");
          if (title != null) {
            b.title(title);
            titled = true;
          }
          break;
        case "url":
          Optional.ofNullable(text("url")).ifPresent(b::url);
          break;
        case "publisher":
          Optional.ofNullable(text("publisher")).ifPresent(b::publisher);
          break;
        case "published":
          Optional.ofNullable(date("published")).ifPresent(b::published);
          break;
        default:
          unknownField(f, null, "a source has title, url, publisher and published");
      }
    }
    if (!titled) {
      missing(f, line, column, "title");
      return null;
    }
    return build(f, line, column, b::build);
  }

  private void relation(int index) {
    if (!startObject("a relation")) {
      return;
    }
    long start = position();
    int line = lineOf(start);
    int column = columnOf(start);
    Fields f = fields();
    NodeId from = null;
    RelationType type = null;
    NodeId to = null;
    String rationale = null;
    int fromLine = 0;
    int fromColumn = 0;
    int toLine = 0;
    int toColumn = 0;
    while (nextField(f)) {
      switch (f.name) {
        case "from":
          long fromAt = position();
          fromLine = lineOf(fromAt);
          fromColumn = columnOf(fromAt);
          from = nodeId("from");
          break;
        case "type":
          String t = text("type");
          if (t != null) {
            try {
              type = RelationType.of(t);
            } catch (InvalidValueException e) {
              invalid(e);
            }
          }
          break;
        case "to":
          long toAt = position();
          toLine = lineOf(toAt);
          toColumn = columnOf(toAt);
          to = nodeId("to");
          break;
        case "rationale":
          rationale = text("rationale");
          break;
        default:
          unknownField(f, null, "a relation has from, type, to and rationale");
      }
    }
    if (from == null || type == null || to == null || rationale == null) {
      missing(f, line, column, from == null ? "from" : null, type == null ? "type" : null, to == null ? "to" : null,
          rationale == null ? "rationale" : null);
      return;
    }
    List<Object> key = List.of(from, type, to);
    Integer previous = relationIndex.putIfAbsent(key, index);
    if (previous != null) {
      errorAt(GraphCheck.DUPLICATE_RELATION.code(), "the relation " + from + " " + type + " " + to
          + " is already stated at /relations/" + previous + "; keep one and merge the rationales", line, column);
      return;
    }
    NodeId a = from;
    RelationType ty = type;
    NodeId b = to;
    String r = rationale;
    Relation relation = build(f, line, column, () -> Relation.of(a, ty, b, r));
    if (relation != null) {
      builder.addRelation(relation);
      String where = "/relations/" + index;
      if (!nodeIndex.containsKey(a)) {
        references.add(new Reference(a, false, GraphCheck.DANGLING_RELATION, "the relation starts from " + a
            + ", which is not a node of the document", fromLine, fromColumn, where + "/from"));
      }
      if (!nodeIndex.containsKey(b)) {
        references.add(new Reference(b, false, GraphCheck.DANGLING_RELATION, "the relation points at " + b
            + ", which is not a node of the document", toLine, toColumn, where + "/to"));
      }
    }
  }

  private void topic(int index) {
    if (!startObject("a topic")) {
      return;
    }
    long start = position();
    int line = lineOf(start);
    int column = columnOf(start);
    Fields f = fields();
    Topic.Builder b = Topic.builder();
    NodeId id = null;
    boolean titled = false;
    boolean proposed = false;
    Map<String, String> extra = new LinkedHashMap<>();
    List<Reference> drawn = new ArrayList<>();
    while (nextField(f)) {
      switch (f.name) {
        case "id":
          id = nodeId("id");
          if (id != null) {
            b.id(id);
          }
          break;
        case "title":
          String title = text("title");
          if (title != null) {
            b.title(title);
            titled = true;
          }
          break;
        case "lens":
          Optional.ofNullable(text("lens")).ifPresent(b::lens);
          break;
        case "channels":
          b.channels(strings("channels"));
          break;
        case "audience":
          Optional.ofNullable(text("audience")).ifPresent(b::audience);
          break;
        case "angle":
          Optional.ofNullable(text("angle")).ifPresent(b::angle);
          break;
        case "keyDecision":
          Optional.ofNullable(text("keyDecision")).ifPresent(b::keyDecision);
          break;
        case "tradeoffs":
          b.tradeoffs(objects("tradeoffs", this::tradeoff));
          break;
        case "openQuestions":
          b.openQuestions(strings("openQuestions"));
          break;
        case "drawsFrom":
          b.drawsFrom(drawsFrom(drawn));
          break;
        case "status":
          String status = text("status");
          if (status != null) {
            Optional<TopicStatus> s = TopicStatus.fromWireName(status);
            if (s.isPresent()) {
              b.status(s.get());
            } else {
              error(codes.invalid, "unknown status \"" + status
                  + "\"; expected proposed, accepted, drafting, published or rejected");
            }
          }
          break;
        case "proposed":
          LocalDate date = date("proposed");
          if (date != null) {
            b.proposed(date);
            proposed = true;
          }
          break;
        case "extra":
          extra(extra, f);
          break;
        default:
          unknownField(f, extra, "a topic has id, title, lens, channels, audience, angle, keyDecision, tradeoffs, "
              + "openQuestions, drawsFrom, status, proposed and extra");
      }
    }
    if (id == null || !titled || !proposed) {
      missing(f, line, column, id == null ? "id" : null, titled ? null : "title", proposed ? null : "proposed");
      return;
    }
    if (topicIndex.containsKey(id)) {
      f.errorAtField("id", GraphCheck.DUPLICATE_TOPIC_ID.code(), "the topic " + id + " is already defined at /topics/"
          + topicIndex.get(id) + "; ids must be unique", line, column);
      return;
    }
    topicIndex.put(id, index);
    Topic topic = build(f, line, column, () -> b.extra(extra).build());
    if (topic != null) {
      builder.addTopic(topic);
      references.addAll(drawn);
    }
  }

  private List<NodeId> drawsFrom(List<Reference> drawn) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      typeError("\"drawsFrom\"", "an array of node ids");
      return List.of();
    }
    List<NodeId> out = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      push(i);
      long at = position();
      int line = lineOf(at);
      int column = columnOf(at);
      NodeId id = nodeId("drawsFrom");
      if (id != null) {
        out.add(id);
        if (!nodeIndex.containsKey(id)) {
          drawn.add(new Reference(id, false, GraphCheck.DANGLING_DRAWS_FROM, "the topic draws from " + id
              + ", which is not a node of the document", line, column, pointer()));
        }
      }
      pop();
      i++;
    }
    return out;
  }

  private Tradeoff tradeoff(int index) {
    long start = position();
    int line = lineOf(start);
    int column = columnOf(start);
    Fields f = fields();
    String left = null;
    String right = null;
    while (nextField(f)) {
      switch (f.name) {
        case "left":
          left = text("left");
          break;
        case "right":
          right = text("right");
          break;
        default:
          unknownField(f, null, "a trade-off has left and right");
      }
    }
    if (left == null || right == null) {
      missing(f, line, column, left == null ? "left" : null, right == null ? "right" : null);
      return null;
    }
    String l = left;
    String r = right;
    return build(f, line, column, () -> Tradeoff.of(l, r));
  }

  private void feedback(int index) {
    if (!startObject("a feedback event")) {
      return;
    }
    long start = position();
    int line = lineOf(start);
    int column = columnOf(start);
    Fields f = fields();
    Feedback.Builder b = Feedback.builder();
    String id = null;
    NodeId topic = null;
    int topicLine = 0;
    int topicColumn = 0;
    boolean reviewer = false;
    boolean interest = false;
    boolean at = false;
    while (nextField(f)) {
      switch (f.name) {
        case "id":
          id = text("id");
          if (id != null) {
            b.id(id);
          }
          break;
        case "topic":
          long topicAt = position();
          topicLine = lineOf(topicAt);
          topicColumn = columnOf(topicAt);
          topic = nodeId("topic");
          if (topic != null) {
            b.topic(topic);
          }
          break;
        case "reviewer":
          String r = text("reviewer");
          if (r != null) {
            b.reviewer(reviewers.computeIfAbsent(r, k -> k));
            reviewer = true;
          }
          break;
        case "interest":
          Integer i = integer("interest");
          if (i != null) {
            b.interest(i);
            interest = true;
          }
          break;
        case "optIn":
          Boolean o = bool("optIn");
          if (o != null) {
            b.optIn(o);
          }
          break;
        case "at":
          Instant when = instant("at");
          if (when != null) {
            b.at(when);
            at = true;
          }
          break;
        case "comment":
          Optional.ofNullable(text("comment")).ifPresent(b::comment);
          break;
        default:
          unknownField(f, null, "a feedback event has id, topic, reviewer, interest, optIn, at and comment");
      }
    }
    if (id == null || topic == null || !reviewer || !interest || !at) {
      missing(f, line, column, id == null ? "id" : null, topic == null ? "topic" : null, reviewer ? null : "reviewer",
          interest ? null : "interest", at ? null : "at");
      return;
    }
    Integer previous = feedbackIndex.putIfAbsent(id, index);
    if (previous != null) {
      f.errorAtField("id", GraphCheck.DUPLICATE_FEEDBACK_ID.code(), "the feedback event " + id
          + " is already defined at /feedback/" + previous + "; ids must be unique", line, column);
      return;
    }
    Feedback event = build(f, line, column, b::build);
    if (event != null) {
      builder.addFeedback(event);
      if (!topicIndex.containsKey(event.topic())) {
        references.add(new Reference(event.topic(), true, GraphCheck.UNKNOWN_FEEDBACK_TOPIC, "the feedback is about "
            + event.topic() + ", which is not a topic of the document", topicLine, topicColumn,
            "/feedback/" + index + "/topic"));
      }
    }
  }

  private void checkReferences() {
    for (Reference r : references) {
      boolean known = r.topic ? topicIndex.containsKey(r.target) : nodeIndex.containsKey(r.target);
      if (!known) {
        c.add(strict ? Severity.ERROR : Severity.WARNING, r.check.code(), r.message, r.line, r.column, r.pointer);
      }
    }
  }

  // ---------------------------------------------------------------- values

  private String text(String field) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      typeError("\"" + field + "\"", "a string");
      return null;
    }
    return p.getString();
  }

  private NodeId nodeId(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    NodeId known = ids.get(text);
    if (known != null) {
      return known;
    }
    try {
      NodeId id = NodeId.of(text);
      ids.put(text, id);
      return id;
    } catch (InvalidValueException e) {
      error(codes.invalid, "\"" + field + "\" is not a valid id: " + e.getMessage());
      return null;
    }
  }

  private Double number(String field) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      typeError("\"" + field + "\"", "a number");
      return null;
    }
    return p.getDoubleValue();
  }

  private Integer integer(String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      typeError("\"" + field + "\"", "a whole number");
      return null;
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      error(codes.invalid, "\"" + field + "\" is out of range: " + p.getString());
      return null;
    }
    return p.getIntValue();
  }

  private Boolean bool(String field) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      typeError("\"" + field + "\"", "true or false");
      return null;
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private LocalDate date(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return Times.date(text);
    } catch (DateTimeParseException e) {
      error(codes.invalid, "\"" + field + "\" is not a date: \"" + text + "\"; expected YYYY-MM-DD, such as 2026-05-12");
      return null;
    }
  }

  private Instant instant(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return Times.instant(text);
    } catch (DateTimeParseException e) {
      error(codes.invalid, "\"" + field + "\" is not an instant: \"" + text
          + "\"; expected an ISO-8601 UTC time such as 2026-11-03T08:15:00Z");
      return null;
    }
  }

  private List<String> strings(String field) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      typeError("\"" + field + "\"", "an array of strings");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      push(i++);
      String s = text(field);
      if (s != null) {
        out.add(s);
      }
      pop();
    }
    return out;
  }

  /** An element parser that is positioned on the element's START_OBJECT. */
  private interface Element<T> {
    T parse(int index);
  }

  private <T> List<T> objects(String field, Element<T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      typeError("\"" + field + "\"", "an array");
      return List.of();
    }
    List<T> out = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      push(i);
      if (startObject("an element of \"" + field + "\"")) {
        T value = element.parse(i);
        if (value != null) {
          out.add(value);
        }
      }
      pop();
      i++;
    }
    return out;
  }

  /** A parser of top-level array elements that adds what it parses to the builder. */
  private interface TopElement {
    void parse(int index);
  }

  private void array(String field, TopElement element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      typeError("\"" + field + "\"", "an array");
      return;
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      push(i);
      element.parse(i);
      pop();
      i++;
    }
  }

  private void extra(Map<String, String> extra, Fields f) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      typeError("\"extra\"", "an object of strings");
      return;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = p.currentName();
      long at = position();
      int line = lineOf(at);
      int column = columnOf(at);
      p.nextToken();
      push(key);
      String value = text(key);
      if (value != null && extra.putIfAbsent(key, value) != null) {
        errorAt(codes.duplicateField, "the custom value \"" + key + "\" is given twice", line, column);
      }
      pop();
    }
  }

  // ---------------------------------------------------------------- objects and fields

  /** The fields of one object: duplicate detection and where each field was. */
  private final class Fields {
    private static final int SCANNED = 16;
    String name;
    private String[] names = new String[8];
    private long[] namePositions = new long[8];
    private long[] valuePositions = new long[8];
    private int size;
    /** The fields by name, once an object has more than {@link #SCANNED} of them; null until then. */
    private java.util.Map<String, Integer> index;

    /**
     * The index of a field seen in this object, or -1. Objects have few fields, so a scan is fastest;
     * an object with many (custom fields kept in {@code extra}) is looked up by hash, so that a
     * document of one object with a million fields reads in linear time.
     */
    int indexOf(String field) {
      if (index != null) {
        Integer at = index.get(field);
        return at == null ? -1 : at;
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(field)) {
          return i;
        }
      }
      return -1;
    }

    boolean has(String field) {
      return indexOf(field) >= 0;
    }

    void add(String field, long namePosition, long valuePosition) {
      if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
        namePositions = java.util.Arrays.copyOf(namePositions, size * 2);
        valuePositions = java.util.Arrays.copyOf(valuePositions, size * 2);
      }
      names[size] = field;
      namePositions[size] = namePosition;
      valuePositions[size] = valuePosition;
      size++;
      if (index != null) {
        index.putIfAbsent(field, size - 1);
      } else if (size > SCANNED) {
        index = new java.util.HashMap<>();
        for (int i = 0; i < size; i++) {
          index.putIfAbsent(names[i], i);
        }
      }
    }

    void reset() {
      size = 0;
      name = null;
      index = null;
    }

    void errorAtField(String field, String code, String message, int line, int column) {
      int dot = field.indexOf('.');
      String name = has(field) || dot < 0 ? field : field.substring(0, dot);
      int at = indexOf(name);
      if (at >= 0) {
        c.error(code, message, lineOf(valuePositions[at]), columnOf(valuePositions[at]), pointer() + "/" + escape(name));
      } else {
        c.error(code, message, line, column, pointer());
      }
      stopIfFull();
    }
  }

  private Fields[] pool = new Fields[16];

  /**
   * The field record for an object at the current depth. Objects at one depth never overlap, so one
   * record per depth serves them all, and reading allocates none per object.
   */
  private Fields fields() {
    if (depth >= pool.length) {
      pool = java.util.Arrays.copyOf(pool, depth * 2);
    }
    Fields f = pool[depth];
    if (f == null) {
      f = new Fields();
      pool[depth] = f;
    }
    f.reset();
    return f;
  }

  /** Moves to the next field of the current object; false at its end. Reports repeated fields. */
  private boolean nextField(Fields f) {
    if (f.name != null) {
      pop();
    }
    while (true) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.PROPERTY_NAME) {
        f.name = null;
        return false;
      }
      String name = p.currentName();
      long namePosition = position();
      p.nextToken();
      push(name);
      if (f.has(name)) {
        duplicateField(name, lineOf(namePosition), columnOf(namePosition));
        pop();
        continue;
      }
      f.add(name, namePosition, position());
      f.name = name;
      return true;
    }
  }

  private void duplicateField(String name, int line, int column) {
    errorAt(codes.duplicateField, "the field \"" + name + "\" is given more than once", line, column);
    p.skipChildren();
  }

  private void unknownField(Fields f, Map<String, String> extra, String known) {
    long at = f.namePositions[f.indexOf(f.name)];
    int line = lineOf(at);
    int column = columnOf(at);
    if (!strict && extra != null) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
          || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        if (extra.putIfAbsent(f.name, p.getString()) != null) {
          errorAt(codes.duplicateField, "\"" + f.name + "\" is both a field and a custom value in \"extra\"",
              line, column);
        }
        return;
      }
      errorAt(codes.unknown, "unknown field \"" + f.name + "\" holds " + describe(t)
          + "; unknown fields are kept only when they hold a string, number or boolean (" + known + ")", line, column);
      p.skipChildren();
      return;
    }
    errorAt(codes.unknown, "unknown field \"" + f.name + "\"; " + known
        + (extra != null ? " (unknown fields are errors in strict mode)" : ""), line, column);
    p.skipChildren();
  }

  private boolean startObject(String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      typeError(what, "an object");
      return false;
    }
    return true;
  }

  /** Reports required fields that are absent; fields present with a bad value were reported already. */
  private void missing(Fields present, int line, int column, String... fields) {
    List<String> names = new ArrayList<>();
    for (String f : fields) {
      if (f != null && !present.has(f)) {
        names.add("\"" + f + "\"");
      }
    }
    if (names.isEmpty()) {
      return;
    }
    errorAt(codes.missing, (names.size() == 1 ? "the required field " : "the required fields ")
        + String.join(", ", names) + (names.size() == 1 ? " is" : " are") + " missing", line, column);
  }

  private <T> T build(Fields f, int line, int column, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      f.errorAtField(e.field(), codes.invalid, e.getMessage(), line, column);
      return null;
    }
  }

  private void invalid(InvalidValueException e) {
    error(codes.invalid, e.getMessage());
  }

  // ---------------------------------------------------------------- errors and locations

  private void typeError(String what, String expected) {
    error(codes.type, "expected " + expected + " for " + what + ", found " + describe(p.currentToken()));
    p.skipChildren();
  }

  private void error(String code, String message) {
    long at = position();
    errorAt(code, message, lineOf(at), columnOf(at));
  }

  private void errorAt(String code, String message, int line, int column) {
    if (line == 0 && column == 0) {
      long at = position();
      line = lineOf(at);
      column = columnOf(at);
    }
    c.error(code, message, line, column, pointer());
    stopIfFull();
  }

  private void stopIfFull() {
    if (c.isFull()) {
      throw new Stop();
    }
  }

  /** The current token's line and column in one long, from one location lookup. */
  private long position() {
    TokenStreamLocation loc = p.currentTokenLocation();
    return ((long) Math.max(loc.getLineNr(), 0) << 32) | Math.max(loc.getColumnNr(), 0);
  }

  private static int lineOf(long position) {
    return (int) (position >>> 32);
  }

  private static int columnOf(long position) {
    return (int) position;
  }

  private int line() {
    TokenStreamLocation loc = p.currentTokenLocation();
    return Math.max(loc.getLineNr(), 0);
  }

  private int column() {
    TokenStreamLocation loc = p.currentTokenLocation();
    return Math.max(loc.getColumnNr(), 0);
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  private void push(String name) {
    grow();
    names[depth] = name;
    indexes[depth] = -1;
    depth++;
  }

  private void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  private void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indexes = java.util.Arrays.copyOf(indexes, depth * 2);
    }
  }

  private String pointer() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      if (names[i] != null) {
        sb.append(escape(names[i]));
      } else {
        sb.append(indexes[i]);
      }
    }
    return sb.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
