package dev.topicgraph.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.SyntaxTree;
import org.apiguardian.api.API;

/**
 * Generators of every model type and of whole valid graphs.
 *
 * <p>Text comes from a mix of plain words and awkward fragments: YAML words ({@code no}, {@code
 * null}, {@code ~}, dates, numbers), Markdown syntax ({@code ##}, {@code |}, {@code ---}, code
 * fences, lists), quotes, non-ASCII letters, right-to-left scripts, emoji and combining marks. All
 * generated values are valid; {@link Defects} and {@link #invalidIds()} make invalid input.
 *
 * <p>Every generator here is deterministic for a given random state and size, and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Generators {
  private Generators() {}

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final Instant FIRST_INSTANT = Instant.parse("2026-01-01T00:00:00Z");

  /** One value in this many of {@link #lines()}, {@link #prose()}, {@link #tokens()} and {@link #slugs()} is a YAML word. */
  static final int YAML_WORD_ODDS = 8;
  /** One relation in this many of a generated graph is a self-loop. */
  static final int SELF_LOOP_ODDS = 12;
  private static final List<String> YAML_TOKENS = Texts.YAML_WORDS.stream()
      .filter(w -> w.matches("[A-Za-z0-9._:@-]+")).collect(java.util.stream.Collectors.toUnmodifiableList());
  /** Section headings: one in eight is a heading a format may reserve or rewrite. */
  private static final Gen<String> HEADINGS = (random, size) -> random.nextInt(8) == 0
      ? Gen.elements("Sources", "Relations", "Referenced by", "&#83;ources", "&#38;", "Ends #", "# Hash")
          .generate(random, size)
      : lines().generate(random, size);

  /** The model's records, with headings that formats may reserve. */
  private static final RecordGen RECORDS = RecordGen.defaults()
      .with(RecordType.SECTION, "heading", HEADINGS.map(RecordGen::string));
  private static final List<String> YAML_SLUGS = Texts.YAML_WORDS.stream()
      .filter(w -> w.matches("[a-z0-9]+(-[a-z0-9]+)*")).collect(java.util.stream.Collectors.toUnmodifiableList());

  /**
   * Returns a generator of the bare words a YAML reader may take for a boolean, a null, a date or a
   * number when they stand alone as a value: {@code no}, {@code yes}, {@code null}, {@code ~}, {@code
   * 2026-01-01}, {@code 12:30}, {@code 1e3}, {@code 0x1F}, {@code 007}, {@code .inf}, and so on. Each is
   * valid single-line text. The text generators of this class return one of them as a whole value
   * about one time in eight, so every format meets them in every field that holds text.
   *
   * @return the generator
   */
  public static Gen<String> yamlWords() {
    return Gen.elements(Texts.YAML_WORDS);
  }

  /**
   * Returns a generator of lower-case slugs such as {@code real-time-cdp}; about one in eight is a
   * bare YAML word that is also a slug ({@code no}, {@code null}, {@code 007}, {@code 1e3}).
   *
   * @return the generator
   */
  public static Gen<String> slugs() {
    return (random, size) -> {
      if (random.nextInt(YAML_WORD_ODDS) == 0) {
        return YAML_SLUGS.get(random.nextInt(YAML_SLUGS.size()));
      }
      int words = random.nextInt(1, 4);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          sb.append('-');
        }
        sb.append(segmentWord(random));
      }
      return sb.toString();
    };
  }

  private static String segmentWord(RandomGenerator random) {
    if (random.nextInt(5) == 0) {
      return Integer.toString(random.nextInt(1000));
    }
    String w = Texts.WORDS.get(random.nextInt(Texts.WORDS.size())).toLowerCase(java.util.Locale.ROOT);
    return w.replaceAll("[^a-z0-9]", "");
  }

  /**
   * Returns a generator of valid ids of the given kind, with 2 to 5 segments.
   *
   * @param kind the kind; for {@link NodeKind#OTHER} the kind segment is a word that is not a known
   *     kind
   * @return the generator
   */
  public static Gen<NodeId> nodeIds(NodeKind kind) {
    return (random, size) -> {
      String first = kind == NodeKind.OTHER
          ? Gen.elements("concept", "channel", "metric", "team", "x1", "region-eu").generate(random, size)
          : kind.segment();
      int segments = random.nextInt(1, 4);
      StringBuilder sb = new StringBuilder(first);
      for (int i = 0; i < segments; i++) {
        sb.append('.').append(slugs().generate(random, size));
      }
      return NodeId.of(sb.toString());
    };
  }

  /**
   * Returns a generator of strings that are not valid ids, each with one defect: empty, one
   * segment, empty segment, upper case, a bad character, {@code ..}, a path separator, NUL,
   * non-ASCII, leading or doubled hyphens, too many segments, too long.
   *
   * @return the generator
   */
  public static Gen<String> invalidIds() {
    Gen<String> valid = nodeIds(NodeKind.VENDOR).map(NodeId::value);
    return Gen.oneOf(
        Gen.constant(""),
        slugs(),
        valid.map(v -> v + "."),
        valid.map(v -> "." + v),
        valid.map(v -> v.replaceFirst("\\.", "..")),
        valid.map(v -> v.toUpperCase(java.util.Locale.ROOT)),
        valid.map(v -> v + "/x"),
        valid.map(v -> "../" + v),
        valid.map(v -> v + "\\x"),
        valid.map(v -> v + "\u0000"),
        valid.map(v -> v + ".café"),
        valid.map(v -> v + " x"),
        valid.map(v -> v + "_x"),
        valid.map(v -> v + ".-x"),
        valid.map(v -> v + ".x-"),
        valid.map(v -> v + ".a--b"),
        Gen.constant("a.b.c.d.e.f.g.h.i"),
        Gen.ints(0, 50).map(n -> "vendor." + "a".repeat(200 + n)));
  }

  /**
   * Returns a generator of strings that single-line text fields refuse: empty, white space at either
   * end (including a no-break space and a line separator), a line break, a carriage return, a tab, a
   * control character, an unpaired surrogate.
   *
   * @return the generator
   */
  public static Gen<String> invalidLines() {
    return Gen.oneOf(Gen.elements("", "\n", "a\nb"), INVALID_PROSE, lines().map(l -> l + "\tx"));
  }

  /** Strings that prose refuses, and with it single-line text. */
  private static final Gen<String> INVALID_PROSE = Gen.oneOf(
      lines().map(l -> " " + l), lines().map(l -> l + " "), lines().map(l -> "\u00A0" + l),
      lines().map(l -> l + "\u2028"), lines().map(l -> l + "\n"), lines().map(l -> "\t" + l),
      lines().map(l -> l + "\r\nx"), lines().map(l -> l + "\u0000x"), lines().map(l -> l + "\u001bx"),
      lines().map(l -> l + "\u007fx"), lines().map(l -> l + "\uD800x"), lines().map(l -> "x\uDC00" + l));

  /**
   * Returns a generator of strings that slug fields (lens, channels, category, relation types) refuse:
   * empty, upper case, an underscore, a dot, white space, misplaced or doubled hyphens, non-ASCII
   * letters, more than 64 characters.
   *
   * @return the generator
   */
  public static Gen<String> invalidSlugs() {
    return Gen.oneOf(Gen.elements("", "-", "No", "NULL", "a_b", "a.b", "a b", "café", "-a", "a-", "a--b", "1e+3"),
        slugs().map(s -> s.toUpperCase(java.util.Locale.ROOT) + "X"), slugs().map(s -> s + "_"),
        Gen.ints(65, 80).map("a"::repeat));
  }

  /**
   * Returns a generator of strings that token fields (feedback and reviewer ids, custom-value keys)
   * refuse: empty, white space, a slash, a hash, a tilde, non-ASCII letters, a control character,
   * more than 128 characters.
   *
   * @return the generator
   */
  public static Gen<String> invalidTokens() {
    return Gen.oneOf(Gen.elements("", "~", "a b", "a/b", "a#b", "+1", "é", "a\u0000"),
        tokens().map(t -> t + " "), tokens().map(t -> "/" + t), Gen.ints(129, 140).map("r"::repeat));
  }

  /**
   * Returns a generator of single invalid field values, each on a record that is otherwise valid:
   * every field the model checks, with values it refuses. Numbers out of range (a confidence below 0,
   * above 1 or not a number; an interest outside 1..5; a version below 1), text that breaks its rule
   * (an empty title, a line break in a single-line field, a control character in prose), bad slugs,
   * bad tokens, relative or malformed URLs, ids of the wrong kind, repeated tags and channels, a
   * topic drawing from a topic. See {@link InvalidField#attempt()}.
   *
   * @return the generator
   */
  public static Gen<InvalidField> invalidFields() {
    Gen<String> badLine = invalidLines();
    Gen<String> badProse = INVALID_PROSE;
    NodeId node = NodeId.of("concept.some-node");
    NodeId topic = NodeId.of("topic.some-topic");
    LocalDate day = LocalDate.of(2026, 1, 1);
    Gen<Double> badConfidence = Gen.oneOf(Gen.elements(-0.001, 1.001, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, -Double.MIN_VALUE, Double.MAX_VALUE), Gen.doubles(1.0001, 1e6), Gen.doubles(-1e6, -1e-9));
    Gen<Integer> badInterest = Gen.oneOf(Gen.elements(0, 6, -1, Integer.MIN_VALUE, Integer.MAX_VALUE), Gen.ints(6, 1000),
        Gen.ints(-1000, 0));
    Gen<Integer> badVersion = Gen.oneOf(Gen.elements(0, -1, Integer.MIN_VALUE), Gen.ints(-1000, 0));
    Gen<String> badUrl = Gen.oneOf(Gen.elements("", "example.org/report", "/relative/path", "www.example.org",
        "https://exa mple.org", "http://[::1", "https://example.org/a b"), badLine);
    Gen<GenericNode.Builder> nodes = (random, size) -> GenericNode.builder().id(node).title("node");
    Gen<Topic.Builder> topics = (random, size) -> Topic.builder().id(topic).title("topic").proposed(day);
    Gen<Feedback.Builder> feedback = (random, size) -> Feedback.builder().id("fb-1").topic(topic).reviewer("r-1")
        .interest(3).at(FIRST_INSTANT);
    return Gen.oneOf(
        invalid("node", "title", badLine, v -> nodes.sample(0, 0).title(v).build()),
        invalid("node", "summary", badProse, v -> nodes.sample(0, 0).summary(v).build()),
        invalid("node", "tags", badLine, v -> nodes.sample(0, 0).addTags("ok", v).build()),
        invalid("node", "tags", lines(), v -> nodes.sample(0, 0).addTags(v, v).build()),
        invalid("node", "confidence", badConfidence, v -> nodes.sample(0, 0).confidence(v).build()),
        invalid("node", "version", badVersion, v -> nodes.sample(0, 0).version(v).build()),
        invalid("node", "extra key", invalidTokens(), v -> nodes.sample(0, 0).putExtra(v, "value").build()),
        invalid("node", "extra.key", badProse, v -> nodes.sample(0, 0).putExtra("key", v).build()),
        invalid("node", "id", Gen.elements("vendor.x", "org-dim.x", "pattern.x", "topic.x"),
            v -> nodes.sample(0, 0).id(NodeId.of(v)).build()),
        invalid("vendor", "category", invalidSlugs(),
            v -> Vendor.builder().id(NodeId.of("vendor.x")).title("vendor").category(v).build()),
        invalid("section", "heading", badLine, v -> Section.of(v, "")),
        invalid("section", "body", badProse, v -> Section.of("heading", v)),
        invalid("source", "source.title", badLine, v -> Source.of(v)),
        invalid("source", "source.url", badUrl, v -> Source.builder().title("source").url(v).build()),
        invalid("source", "source.publisher", badLine, v -> Source.builder().title("source").publisher(v).build()),
        invalid("relation", "rationale", badLine, v -> Relation.of(node, RelationType.ENABLES, node, v)),
        invalid("relation", "from", Gen.constant(topic.value()), v -> Relation.of(NodeId.of(v), RelationType.ENABLES,
            node, "why")),
        invalid("relation", "to", Gen.constant(topic.value()), v -> Relation.of(node, RelationType.ENABLES,
            NodeId.of(v), "why")),
        invalid("topic", "title", badLine, v -> topics.sample(0, 0).title(v).build()),
        invalid("topic", "lens", invalidSlugs(), v -> topics.sample(0, 0).lens(v).build()),
        invalid("topic", "channels", invalidSlugs(), v -> topics.sample(0, 0).addChannels("blog", v).build()),
        invalid("topic", "channels", slugs(), v -> topics.sample(0, 0).addChannels(v, v).build()),
        invalid("topic", "audience", badLine, v -> topics.sample(0, 0).audience(v).build()),
        invalid("topic", "angle", badProse, v -> topics.sample(0, 0).angle(v).build()),
        invalid("topic", "keyDecision", badLine, v -> topics.sample(0, 0).keyDecision(v).build()),
        invalid("topic", "openQuestions", badLine, v -> topics.sample(0, 0).addOpenQuestions(v).build()),
        invalid("topic", "drawsFrom", Gen.constant("topic.other"),
            v -> topics.sample(0, 0).addDrawsFrom(NodeId.of(v)).build()),
        invalid("topic", "id", Gen.elements("vendor.x", "concept.x"), v -> topics.sample(0, 0).id(NodeId.of(v)).build()),
        invalid("tradeoff", "tradeoff.left", badLine, v -> Tradeoff.of(v, "right")),
        invalid("tradeoff", "tradeoff.right", badLine, v -> Tradeoff.of("left", v)),
        invalid("feedback", "interest", badInterest, v -> feedback.sample(0, 0).interest(v).build()),
        invalid("feedback", "id", invalidTokens(), v -> feedback.sample(0, 0).id(v).build()),
        invalid("feedback", "reviewer", invalidTokens(), v -> feedback.sample(0, 0).reviewer(v).build()),
        invalid("feedback", "comment", Gen.oneOf(Gen.constant(""), badProse),
            v -> feedback.sample(0, 0).comment(v).build()),
        invalid("feedback", "topic", Gen.elements("vendor.x", "concept.x"),
            v -> feedback.sample(0, 0).topic(NodeId.of(v)).build()));
  }

  private static <V> Gen<InvalidField> invalid(String record, String field, Gen<V> values,
      java.util.function.Consumer<V> build) {
    return values.map(v -> new InvalidField(record, field, String.valueOf(v), () -> build.accept(v)));
  }

  /**
   * Returns a generator of single-line text: non-empty, no line breaks or tabs, no white space at
   * either end, with awkward fragments mixed in. About one value in eight is a bare YAML word as the
   * whole value (see {@link #yamlWords()}).
   *
   * @return the generator
   */
  public static Gen<String> lines() {
    return (random, size) -> {
      if (random.nextInt(YAML_WORD_ODDS) == 0) {
        return Texts.YAML_WORDS.get(random.nextInt(Texts.YAML_WORDS.size()));
      }
      int n = random.nextInt(1, 2 + Math.min(size, 12) / 2);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(random.nextInt(8) == 0 ? "  " : " ");
        }
        sb.append(random.nextInt(3) == 0
            ? Texts.AWKWARD.get(random.nextInt(Texts.AWKWARD.size()))
            : Texts.WORDS.get(random.nextInt(Texts.WORDS.size())));
      }
      return sb.toString();
    };
  }

  /**
   * Returns a generator of prose: possibly empty, several lines and paragraphs, Markdown block
   * syntax, tabs and awkward fragments, with no white space at either end. About one value in eight
   * is a bare YAML word as the whole value.
   *
   * @return the generator
   */
  public static Gen<String> prose() {
    return (random, size) -> {
      if (random.nextInt(YAML_WORD_ODDS) == 0) {
        return Texts.YAML_WORDS.get(random.nextInt(Texts.YAML_WORDS.size()));
      }
      int n = random.nextInt(0, 2 + Math.min(size, 10) / 2);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(Gen.elements(" ", "\n", "\n\n", " ").generate(random, size));
        }
        sb.append(random.nextInt(4) == 0
            ? Texts.BLOCKS.get(random.nextInt(Texts.BLOCKS.size()))
            : lines().generate(random, size));
      }
      return trim(sb.toString());
    };
  }

  /**
   * Returns a generator of non-empty prose.
   *
   * @return the generator
   */
  public static Gen<String> nonEmptyProse() {
    return prose().map(p -> p.isEmpty() ? "text" : p);
  }

  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Returns a generator of dates from 2020 to 2030.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Gen.ints(0, 11 * 365).map(FIRST_DAY::plusDays);
  }

  /**
   * Returns a generator of instants in 2026, mostly whole seconds, sometimes with milli- or
   * nanoseconds.
   *
   * @return the generator
   */
  public static Gen<Instant> instants() {
    return (random, size) -> {
      Instant at = FIRST_INSTANT.plusSeconds(random.nextLong(365L * 24 * 3600));
      switch (random.nextInt(6)) {
        case 0:
          return at.plusMillis(random.nextInt(1, 1000));
        case 1:
          return at.plusNanos(random.nextInt(1, 1_000_000_000));
        default:
          return at;
      }
    };
  }

  /**
   * Returns a generator of tokens, such as feedback and reviewer ids; about one in eight is a bare YAML
   * word that is also a token ({@code null}, {@code 2026-01-01}, {@code 1e3}).
   *
   * @return the generator
   */
  public static Gen<String> tokens() {
    return (random, size) -> {
      if (random.nextInt(YAML_WORD_ODDS) == 0) {
        return YAML_TOKENS.get(random.nextInt(YAML_TOKENS.size()));
      }
      String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:@-";
      int n = random.nextInt(1, 12);
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append(chars.charAt(random.nextInt(chars.length())));
      }
      return sb.toString();
    };
  }

  /**
   * Returns a generator of custom-value maps, usually empty.
   *
   * @return the generator
   */
  public static Gen<Map<String, String>> extras() {
    return (random, size) -> {
      if (random.nextInt(3) != 0) {
        return Map.of();
      }
      Map<String, String> out = new LinkedHashMap<>();
      int n = random.nextInt(1, 4);
      for (int i = 0; i < n; i++) {
        out.put(tokens().generate(random, size), prose().generate(random, size));
      }
      return out;
    };
  }

  /**
   * Returns a generator of sections. One heading in eight is one that a format may reserve or rewrite
   * ({@code Sources}, {@code Relations}, {@code Referenced by}, a heading that starts with a character
   * reference or ends with {@code #}), so that every format shows it keeps such headings as they are.
   *
   * @return the generator
   */
  public static Gen<Section> sections() {
    return RECORDS.records(RecordType.SECTION);
  }

  /**
   * Returns a generator of sources.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    return RECORDS.records(RecordType.SOURCE);
  }

  /**
   * Returns a generator of records of the given type, each field made from its {@linkplain
   * RecordType#fields() description}: its {@link dev.topicgraph.api.record.FieldType type}, its
   * {@link dev.topicgraph.api.record.TextRule text rule} and its {@linkplain
   * dev.topicgraph.api.record.Field#range range}. A required field is always stated, an optional one
   * half of the time; a list holds one to three distinct values; ids are of any kind. The binding
   * reads each record, so a field added to a description is generated with no other change, and a
   * record the model refuses (such as a node of another kind with a vendor's category) is made again.
   * The generators of this class make the model's records the same way, with the fields that point
   * into a graph drawn from it.
   *
   * @param type the record's description, the model's or one of a format's own
   * @param <R> the record
   * @return the generator
   * @throws IllegalStateException from the generator, if 100 records in a row are refused
   */
  public static <R> Gen<R> records(RecordType<R, ?> type) {
    return RECORDS.records(type);
  }

  /**
   * Returns a generator of nodes of every type, with random ids.
   *
   * @return the generator
   */
  public static Gen<Node> nodes() {
    return Gen.elements(NodeKind.ORG_DIMENSION, NodeKind.VENDOR, NodeKind.PATTERN, NodeKind.OTHER)
        .flatMap(kind -> nodeIds(kind).flatMap(Generators::node));
  }

  /**
   * Returns a generator of nodes with the given id; the node type follows the id's kind.
   *
   * @param id the id, not of kind {@link NodeKind#TOPIC}
   * @return the generator
   */
  public static Gen<Node> node(NodeId id) {
    if (id.kind() == NodeKind.TOPIC) {
      throw new IllegalArgumentException("a node cannot have the topic id " + id);
    }
    return nodeRecords(Gen.constant(RecordGen.string(id.value()))).records(RecordType.NODE);
  }

  private static final Gen<String> CATEGORIES =
      Gen.elements("composable-cdp", "packaged-cdp", "reverse-etl", "warehouse");

  /** Nodes with the given ids; only vendors have a category. */
  private static RecordGen nodeRecords(Gen<SyntaxTree> ids) {
    return RECORDS.with(RecordType.NODE, "id", ids)
        .with(RecordType.NODE, "category", (record, random, size) ->
            NodeId.of(RecordGen.get(record, "id").text()).kind() == NodeKind.VENDOR && random.nextBoolean()
                ? RecordGen.string(CATEGORIES.generate(random, size)) : null);
  }

  /**
   * Returns a generator of organisation dimensions.
   *
   * @return the generator
   */
  public static Gen<OrgDimension> orgDimensions() {
    return nodeIds(NodeKind.ORG_DIMENSION).flatMap(Generators::node).map(OrgDimension.class::cast);
  }

  /**
   * Returns a generator of vendors.
   *
   * @return the generator
   */
  public static Gen<Vendor> vendors() {
    return nodeIds(NodeKind.VENDOR).flatMap(Generators::node).map(Vendor.class::cast);
  }

  /**
   * Returns a generator of patterns.
   *
   * @return the generator
   */
  public static Gen<Pattern> patterns() {
    return nodeIds(NodeKind.PATTERN).flatMap(Generators::node).map(Pattern.class::cast);
  }

  /**
   * Returns a generator of generic nodes, of kinds the library does not know.
   *
   * @return the generator
   */
  public static Gen<GenericNode> genericNodes() {
    return nodeIds(NodeKind.OTHER).flatMap(Generators::node).map(GenericNode.class::cast);
  }

  /**
   * Returns a generator of relations between the given nodes (never from a node to itself).
   *
   * @param nodes at least two node ids
   * @return the generator
   */
  public static Gen<Relation> relations(List<NodeId> nodes) {
    if (nodes.size() < 2) {
      throw new IllegalArgumentException("relations need at least 2 nodes, not " + nodes.size());
    }
    List<NodeId> copy = List.copyOf(nodes);
    return relationRecords(copy, (record, random, size) -> {
      NodeId from = NodeId.of(RecordGen.get(record, "from").text());
      int b = random.nextInt(copy.size() - 1);
      return RecordGen.string(copy.get(b >= copy.indexOf(from) ? b + 1 : b).value());
    }).records(RecordType.RELATION);
  }

  private static RecordGen relationRecords(List<NodeId> nodes, RecordGen.FieldGen to) {
    return RECORDS.with(RecordType.RELATION, "from", Gen.elements(nodes).map(n -> RecordGen.string(n.value())))
        .with(RecordType.RELATION, "type", relationTypes().map(t -> RecordGen.string(t.name())))
        .with(RecordType.RELATION, "to", to);
  }

  /**
   * Returns a generator of self-loops: relations from one of the given nodes to itself, which the
   * model accepts (a pattern that refines itself, a vendor that replaces its own older product).
   *
   * @param nodes at least one node id
   * @return the generator
   */
  public static Gen<Relation> selfLoops(List<NodeId> nodes) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("a self-loop needs at least 1 node");
    }
    return relationRecords(List.copyOf(nodes), (record, random, size) -> RecordGen.get(record, "from"))
        .records(RecordType.RELATION);
  }

  /**
   * Returns a generator of relation types: mostly well-known ones, sometimes others.
   *
   * @return the generator
   */
  public static Gen<RelationType> relationTypes() {
    return Gen.frequency(
        Gen.weighted(4, Gen.elements(RelationType.ENABLES, RelationType.REQUIRES, RelationType.CONTRASTS_WITH,
            RelationType.COUNTER_INDICATES, RelationType.ALTERNATIVE_TO, RelationType.PART_OF)),
        Gen.weighted(1, slugs().map(RelationType::of)));
  }

  /**
   * Returns a generator of topics with random ids that draw from some of the given nodes.
   *
   * @param nodes the nodes a topic may draw from, possibly none
   * @return the generator
   */
  public static Gen<Topic> topics(List<NodeId> nodes) {
    return nodeIds(NodeKind.TOPIC).flatMap(id -> topic(id, nodes));
  }

  /**
   * Returns a generator of topics with the given id that draw from some of the given nodes.
   *
   * @param id an id of kind {@code topic}
   * @param nodes the nodes the topic may draw from, possibly none
   * @return the generator
   */
  public static Gen<Topic> topic(NodeId id, List<NodeId> nodes) {
    return topicRecords(Gen.constant(RecordGen.string(id.value())), nodes).records(RecordType.TOPIC);
  }

  private static final Gen<String> CHANNELS = Gen.elements("blog", "linkedin", "newsletter", "talk");

  /** Topics with the given ids, drawing from the given nodes, on well-known channels. */
  private static RecordGen topicRecords(Gen<SyntaxTree> ids, List<NodeId> nodes) {
    Gen<SyntaxTree> drawsFrom = nodes.isEmpty() ? (random, size) -> null
        : Gen.elements(List.copyOf(nodes)).distinctList(0, Math.min(4, nodes.size())).map(Generators::idList);
    return RECORDS.with(RecordType.TOPIC, "id", ids)
        .with(RecordType.TOPIC, "drawsFrom", drawsFrom)
        .with(RecordType.TOPIC, "channels", CHANNELS.distinctList(0, 3).map(Generators::stringList));
  }

  private static SyntaxTree idList(List<NodeId> ids) {
    return ids.isEmpty() ? null : stringList(ids.stream().map(NodeId::value).collect(Collectors.toList()));
  }

  private static SyntaxTree stringList(List<String> values) {
    if (values.isEmpty()) {
      return null;
    }
    SyntaxTree list = SyntaxTree.list(0, 0);
    values.forEach(v -> list.add(RecordGen.string(v)));
    return list;
  }

  /**
   * Returns a generator of feedback on the given topics, by reviewers {@code r-0} to {@code
   * r-(reviewers-1)}, with random ids.
   *
   * @param topics at least one topic id
   * @param reviewers the number of distinct reviewers, 1 or more
   * @return the generator
   */
  public static Gen<Feedback> feedback(List<NodeId> topics, int reviewers) {
    return tokens().flatMap(id -> feedback(id, topics, reviewers));
  }

  private static Gen<Feedback> feedback(String id, List<NodeId> topics, int reviewers) {
    return feedbackRecords(Gen.constant(RecordGen.string(id)), topics, reviewers).records(RecordType.FEEDBACK);
  }

  /** Feedback with the given ids on the given topics by reviewers r-0, r-1, ...; one in five has a comment. */
  private static RecordGen feedbackRecords(Gen<SyntaxTree> ids, List<NodeId> topics, int reviewers) {
    if (topics.isEmpty() || reviewers < 1) {
      throw new IllegalArgumentException("feedback needs at least one topic and one reviewer");
    }
    return RECORDS.with(RecordType.FEEDBACK, "id", ids)
        .with(RecordType.FEEDBACK, "topic", Gen.elements(List.copyOf(topics)).map(t -> RecordGen.string(t.value())))
        .with(RecordType.FEEDBACK, "reviewer", Gen.ints(0, reviewers - 1).map(r -> RecordGen.string("r-" + r)))
        .with(RecordType.FEEDBACK, "comment", (random, size) -> random.nextInt(5) == 0
            ? RecordGen.string(nonEmptyProse().generate(random, size)) : null);
  }

  /**
   * Returns a generator of valid graphs whose size follows the generator size: up to about {@code
   * size / 2 + 2} nodes, twice as many relations, {@code size / 4 + 1} topics and {@code size}
   * feedback events. Every reference resolves; reviewers repeat, so some feedback replaces older
   * feedback.
   *
   * @return the generator
   */
  public static Gen<TopicGraph> graphs() {
    return (random, size) -> {
      int nodes = random.nextInt(0, size / 2 + 3);
      int relations = nodes < 2 ? 0 : random.nextInt(0, 2 * nodes + 1);
      int topics = random.nextInt(0, size / 4 + 2);
      int feedback = topics == 0 ? 0 : random.nextInt(0, size + 1);
      GraphShape shape = GraphShape.of(nodes, relations, topics, feedback)
          .withReviewers(random.nextInt(1, 2 + feedback / 2));
      return graphs(shape).generate(random, size);
    };
  }

  /**
   * Returns a generator of valid graphs of the given shape; ids and text are random, counts are
   * exact except that relations stop at what distinct node pairs allow. About one relation in twelve
   * is a {@linkplain #selfLoops(List) self-loop}.
   *
   * @param shape the counts
   * @return the generator
   */
  public static Gen<TopicGraph> graphs(GraphShape shape) {
    return (random, size) -> {
      Set<NodeId> nodeIds = new LinkedHashSet<>();
      Gen<NodeKind> kinds = Gen.frequency(Gen.weighted(3, Gen.constant(NodeKind.ORG_DIMENSION)),
          Gen.weighted(3, Gen.constant(NodeKind.VENDOR)), Gen.weighted(2, Gen.constant(NodeKind.PATTERN)),
          Gen.weighted(1, Gen.constant(NodeKind.OTHER)));
      int serial = 0;
      while (nodeIds.size() < shape.nodes()) {
        NodeId id = nodeIds(kinds.generate(random, size)).generate(random, size);
        if (!nodeIds.add(id)) {
          nodeIds.add(NodeId.of(id.value() + "-" + serial++));
        }
      }
      List<NodeId> nodeList = new ArrayList<>(nodeIds);
      TopicGraph.Builder b = TopicGraph.builder();
      String[] current = new String[1];
      Gen<SyntaxTree> currentId = (r, s) -> RecordGen.string(current[0]);
      Gen<Node> nodes = nodeRecords(currentId).records(RecordType.NODE);
      for (NodeId id : nodeList) {
        current[0] = id.value();
        b.addNode(nodes.generate(random, size));
      }
      if (shape.relations() > 0) {
        Set<List<Object>> edges = new HashSet<>();
        Gen<Relation> rel = Gen.frequency(Gen.weighted(SELF_LOOP_ODDS - 1, relations(nodeList)),
            Gen.weighted(1, selfLoops(nodeList)));
        int misses = 0;
        while (edges.size() < shape.relations() && misses < 100 + shape.relations()) {
          Relation r = rel.generate(random, size);
          if (edges.add(List.of(r.from(), r.type(), r.to()))) {
            b.addRelation(r);
          } else {
            misses++;
          }
        }
      }
      Set<NodeId> topicIds = new LinkedHashSet<>();
      while (topicIds.size() < shape.topics()) {
        NodeId id = nodeIds(NodeKind.TOPIC).generate(random, size);
        if (!topicIds.add(id)) {
          topicIds.add(NodeId.of(id.value() + "-" + serial++));
        }
      }
      Gen<Topic> topics = topicRecords(currentId, nodeList).records(RecordType.TOPIC);
      for (NodeId id : topicIds) {
        current[0] = id.value();
        b.addTopic(topics.generate(random, size));
      }
      if (shape.feedback() > 0) {
        Gen<Feedback> events = feedbackRecords(currentId, new ArrayList<>(topicIds), shape.reviewers())
            .records(RecordType.FEEDBACK);
        for (int i = 0; i < shape.feedback(); i++) {
          current[0] = "fb-" + i;
          b.addFeedback(events.generate(random, size));
        }
      }
      return b.build();
    };
  }
}
