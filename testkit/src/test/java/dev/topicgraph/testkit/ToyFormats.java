package dev.topicgraph.testkit;

import dev.topicgraph.api.format.AtomicOutput;
import dev.topicgraph.api.format.Capability;
import dev.topicgraph.api.format.DiagnosticCollector;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.FormatProvider;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.GraphWriter;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GenericNode;
import dev.topicgraph.model.GraphValidationException;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
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
import dev.topicgraph.model.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Toy formats for testing the conformance kit: a small lossless line format ({@code toy}) that follows
 * the contract, and copies of it with one defect each, which the kit must catch.
 *
 * <p>A document is the line {@code topicgraph-toy 1}, then one line per record: its kind ({@code N},
 * {@code R}, {@code T}, {@code F}) and tab-separated {@code key=value} cells, a repeated key for each
 * list item, {@code |} between the parts of a section, source, trade-off or custom value. Values
 * escape {@code \}, tab, line feed, carriage return and {@code |} as {@code \\}, {@code \t}, {@code
 * \n}, {@code \r} and {@code \p}.
 */
public final class ToyFormats {
  private ToyFormats() {}

  /** The defects a toy format may have. */
  enum Defect {
    /** None: the format follows the contract. */
    NONE,
    /** The writer leaves out a node's optional {@code reviewed} date. */
    DROPPED_FIELD,
    /** The writer writes custom values in the map's own order instead of sorted by key. */
    EXTRA_MAP_ORDER,
    /** The writer writes feedback in the order of a {@link HashSet}. */
    FEEDBACK_SET_ORDER,
    /** The writer writes relations in another order each time. */
    SHUFFLED_RELATIONS,
    /** The reader lets whatever a bad line causes escape, such as a NullPointerException. */
    UNDOCUMENTED_EXCEPTION,
    /** The writer works only on the thread that created it. */
    THREAD_CONFINED
  }

  private static final String HEADER = "topicgraph-toy 1";
  private static final NodeId PLACEHOLDER = NodeId.of("toy.node");

  /**
   * A toy format: the line format above, with one defect or none. Only the sound one is a service;
   * the kit gets the others from its test class's {@code provider()}.
   */
  static class Toy implements FormatProvider {
    private final FormatDescriptor descriptor;
    private final Defect defect;

    Toy(Defect defect) {
      String id = defect == Defect.NONE ? "toy" : "toy-" + defect.name().toLowerCase(Locale.ROOT).replace('_', '-');
      this.descriptor = FormatDescriptor.builder().id(id).displayName("Toy (" + defect + ", test)")
          .addFileExtensions("toy").addCapabilities(Capability.READ, Capability.WRITE, Capability.LOSSLESS).build();
      this.defect = defect;
    }

    @Override
    public FormatDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public GraphReader reader(ReadOptions options) {
      options.requireKnownFormatOptions(descriptor.id(), readOptionNames());
      return new Reader(descriptor, defect, options);
    }

    @Override
    public GraphWriter writer(WriteOptions options) {
      options.requireKnownFormatOptions(descriptor.id(), writeOptionNames());
      return new Writer(descriptor, defect);
    }
  }

  /** The format {@code toy}, found as a service: follows the contract. */
  public static final class Sound extends Toy {
    /** Creates the provider. */
    public Sound() {
      super(Defect.NONE);
    }
  }

  private static final class Writer implements GraphWriter {
    private static final AtomicLong WRITES = new AtomicLong();
    private final FormatDescriptor descriptor;
    private final Defect defect;
    private final Thread owner = Thread.currentThread();

    Writer(FormatDescriptor descriptor, Defect defect) {
      this.descriptor = descriptor;
      this.defect = defect;
    }

    @Override
    public FormatDescriptor format() {
      return descriptor;
    }

    @Override
    public void write(TopicGraph graph, Path target) throws IOException {
      AtomicOutput.writeFile(target, out -> write(graph, out));
    }

    @Override
    public void write(TopicGraph graph, OutputStream out) throws IOException {
      if (defect == Defect.THREAD_CONFINED && Thread.currentThread() != owner) {
        throw new IllegalStateException("this writer belongs to the thread " + owner.getName());
      }
      StringBuilder sb = new StringBuilder(HEADER).append('\n');
      for (Node n : graph.nodes()) {
        Line l = new Line("N").put("id", n.id().value()).put("title", n.title());
        if (!n.summary().isEmpty()) {
          l.put("summary", n.summary());
        }
        n.tags().forEach(t -> l.put("tag", t));
        n.confidence().ifPresent(c -> l.put("confidence", Double.toString(c)));
        n.version().ifPresent(v -> l.put("version", Integer.toString(v)));
        if (defect != Defect.DROPPED_FIELD) {
          n.reviewed().ifPresent(d -> l.put("reviewed", d.toString()));
        }
        n.sections().forEach(s -> l.put("section", s.heading(), s.body()));
        n.sources().forEach(s -> l.put("source", s.title(), s.url().orElse(""), s.publisher().orElse(""),
            s.published().map(LocalDate::toString).orElse("")));
        extra(l, n.extra());
        if (n instanceof Vendor) {
          ((Vendor) n).category().ifPresent(c -> l.put("category", c));
        }
        sb.append(l).append('\n');
      }
      List<Relation> relations = new ArrayList<>(graph.relations());
      if (defect == Defect.SHUFFLED_RELATIONS) {
        Collections.shuffle(relations, new Random(WRITES.incrementAndGet()));
      }
      for (Relation r : relations) {
        sb.append(new Line("R").put("from", r.from().value()).put("type", r.type().name()).put("to", r.to().value())
            .put("rationale", r.rationale())).append('\n');
      }
      for (Topic t : graph.topics()) {
        Line l = new Line("T").put("id", t.id().value()).put("title", t.title());
        t.lens().ifPresent(v -> l.put("lens", v));
        t.channels().forEach(c -> l.put("channel", c));
        t.audience().ifPresent(v -> l.put("audience", v));
        if (!t.angle().isEmpty()) {
          l.put("angle", t.angle());
        }
        t.keyDecision().ifPresent(v -> l.put("keyDecision", v));
        t.tradeoffs().forEach(x -> l.put("tradeoff", x.left(), x.right()));
        t.openQuestions().forEach(q -> l.put("question", q));
        t.drawsFrom().forEach(d -> l.put("drawsFrom", d.value()));
        l.put("status", t.status().wireName()).put("proposed", t.proposed().toString());
        extra(l, t.extra());
        sb.append(l).append('\n');
      }
      Iterable<Feedback> feedback = defect == Defect.FEEDBACK_SET_ORDER ? new HashSet<>(graph.feedback()) : graph.feedback();
      for (Feedback f : feedback) {
        Line l = new Line("F").put("id", f.id()).put("topic", f.topic().value()).put("reviewer", f.reviewer())
            .put("interest", Integer.toString(f.interest())).put("optIn", Boolean.toString(f.optIn()))
            .put("at", f.at().toString());
        f.comment().ifPresent(c -> l.put("comment", c));
        sb.append(l).append('\n');
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    private void extra(Line l, Map<String, String> extra) {
      Map<String, String> ordered = defect == Defect.EXTRA_MAP_ORDER ? extra : new TreeMap<>(extra);
      ordered.forEach((k, v) -> l.put("extra", k, v));
    }
  }

  /** One line being written. */
  private static final class Line {
    private final StringBuilder sb;

    Line(String kind) {
      sb = new StringBuilder(kind);
    }

    Line put(String key, String... parts) {
      sb.append('\t').append(key).append('=');
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          sb.append('|');
        }
        escape(parts[i]);
      }
      return this;
    }

    private void escape(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\': sb.append("\\\\"); break;
          case '\t': sb.append("\\t"); break;
          case '\n': sb.append("\\n"); break;
          case '\r': sb.append("\\r"); break;
          case '|': sb.append("\\p"); break;
          default: sb.append(c);
        }
      }
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  private static final class Reader implements GraphReader {
    private final FormatDescriptor descriptor;
    private final Defect defect;
    private final ReadOptions options;

    Reader(FormatDescriptor descriptor, Defect defect, ReadOptions options) {
      this.descriptor = descriptor;
      this.defect = defect;
      this.options = options;
    }

    @Override
    public FormatDescriptor format() {
      return descriptor;
    }

    @Override
    public TopicGraph read(Path path) throws IOException {
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, path.toString());
      }
    }

    @Override
    public TopicGraph read(InputStream in, String sourceName) throws IOException {
      DiagnosticCollector c = new DiagnosticCollector(sourceName, options.maxProblems());
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxDocumentBytes() + 1));
      if (bytes.length > options.maxDocumentBytes()) {
        c.error("toy.limit", "the document has more than " + options.maxDocumentBytes() + " bytes", 1, 1, "");
        c.throwIfErrors();
      }
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        c.error("toy.encoding", "the document is not UTF-8", 1, 1, "");
        c.throwIfErrors();
        throw new AssertionError(e);
      }
      String[] lines = text.split("\n", -1);
      if (!lines[0].equals(HEADER)) {
        if (defect == Defect.UNDOCUMENTED_EXCEPTION) {
          throw new IllegalStateException("not a toy document");
        }
        c.error("toy.header", "expected the line \"" + HEADER + "\"", 1, 1, "");
        c.throwIfErrors();
      }
      TopicGraph.Builder graph = TopicGraph.builder().mode(options.mode());
      for (int i = 1; i < lines.length && !c.isFull(); i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        if (options.maxDepth() < 2) {
          c.error("toy.limit", "a record nests 2 deep, more than maxDepth " + options.maxDepth(), i + 1, 1, "");
          continue;
        }
        if (defect == Defect.UNDOCUMENTED_EXCEPTION) {
          record(lines[i], i + 1, c, graph);
          continue;
        }
        try {
          record(lines[i], i + 1, c, graph);
        } catch (RuntimeException e) {
          c.error("toy.invalid", String.valueOf(e.getMessage()), i + 1, 1, "");
        }
      }
      c.throwIfErrors();
      try {
        return graph.build();
      } catch (GraphValidationException e) {
        for (Diagnostic d : e.diagnostics()) {
          c.add(d.toBuilder().source(sourceName).build());
        }
        c.throwIfErrors();
        throw new AssertionError(e);
      }
    }

    private void record(String line, int number, DiagnosticCollector c, TopicGraph.Builder graph) {
      String[] cells = line.split("\t", -1);
      Fields f = new Fields();
      for (int i = 1; i < cells.length; i++) {
        int eq = cells[i].indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException("a cell is not key=value");
        }
        String value = cells[i].substring(eq + 1);
        if (value.length() > options.maxStringLength()) {
          throw new IllegalArgumentException("a value is longer than maxStringLength " + options.maxStringLength());
        }
        f.computeIfAbsent(cells[i].substring(0, eq), k -> new ArrayList<>()).add(value);
      }
      Map<String, Runnable> kinds = Map.of("N", () -> graph.addNode(node(f)), "R", () -> graph.addRelation(
          Relation.of(NodeId.of(f.one("from")), RelationType.of(f.one("type")), NodeId.of(f.one("to")),
              f.one("rationale"))), "T", () -> graph.addTopic(topic(f)), "F", () -> graph.addFeedback(feedback(f)));
      Runnable read = kinds.get(cells[0]);
      if (defect == Defect.UNDOCUMENTED_EXCEPTION) {
        Objects.requireNonNull(read).run();
      } else if (read == null) {
        throw new IllegalArgumentException("unknown record kind \"" + cells[0] + "\"");
      } else {
        read.run();
      }
      f.keySet().removeAll(f.used);
      for (String unknown : f.keySet()) {
        c.add(options.mode() == ValidationMode.STRICT ? Severity.ERROR
            : Severity.WARNING, "toy.unknown-field", "unknown key " + unknown, number, 1, "");
      }
    }

    private static Node node(Fields f) {
      GenericNode.Builder b = GenericNode.builder().id(PLACEHOLDER).title(f.one("title"));
      f.optional("summary").ifPresent(b::summary);
      b.addAllTags(f.all("tag"));
      f.optional("confidence").ifPresent(v -> b.confidence(Double.parseDouble(v)));
      f.optional("version").ifPresent(v -> b.version(Integer.parseInt(v)));
      f.optional("reviewed").ifPresent(v -> b.reviewed(LocalDate.parse(v)));
      for (String s : f.all("section")) {
        List<String> p = parts(s, 2);
        b.addSections(Section.of(p.get(0), p.get(1)));
      }
      for (String s : f.all("source")) {
        List<String> p = parts(s, 4);
        Source.Builder source = Source.builder().title(p.get(0));
        if (!p.get(1).isEmpty()) {
          source.url(p.get(1));
        }
        if (!p.get(2).isEmpty()) {
          source.publisher(p.get(2));
        }
        if (!p.get(3).isEmpty()) {
          source.published(LocalDate.parse(p.get(3)));
        }
        b.addSources(source.build());
      }
      extra(f, b::putExtra);
      return Node.of(NodeId.of(f.one("id")), b.build(), f.optional("category"));
    }

    private static Topic topic(Fields f) {
      Topic.Builder b = Topic.builder().id(NodeId.of(f.one("id"))).title(f.one("title"));
      f.optional("lens").ifPresent(b::lens);
      b.addAllChannels(f.all("channel"));
      f.optional("audience").ifPresent(b::audience);
      f.optional("angle").ifPresent(b::angle);
      f.optional("keyDecision").ifPresent(b::keyDecision);
      for (String t : f.all("tradeoff")) {
        List<String> p = parts(t, 2);
        b.addTradeoffs(Tradeoff.of(p.get(0), p.get(1)));
      }
      b.addAllOpenQuestions(f.all("question"));
      f.all("drawsFrom").forEach(d -> b.addDrawsFrom(NodeId.of(d)));
      b.status(TopicStatus.fromWireName(f.one("status")).orElseThrow(
          () -> new IllegalArgumentException("unknown status")));
      b.proposed(LocalDate.parse(f.one("proposed")));
      extra(f, b::putExtra);
      return b.build();
    }

    private static Feedback feedback(Fields f) {
      Feedback.Builder b = Feedback.builder().id(f.one("id")).topic(NodeId.of(f.one("topic")))
          .reviewer(f.one("reviewer")).interest(Integer.parseInt(f.one("interest")))
          .optIn(Boolean.parseBoolean(f.one("optIn"))).at(Instant.parse(f.one("at")));
      f.optional("comment").ifPresent(b::comment);
      return b.build();
    }

    private static void extra(Fields f, java.util.function.BiConsumer<String, String> put) {
      for (String e : f.all("extra")) {
        List<String> p = parts(e, 2);
        put.accept(p.get(0), p.get(1));
      }
    }

    /** The parts of a raw value split at {@code |}, each unescaped; exactly {@code n} of them. */
    private static List<String> parts(String raw, int n) {
      String[] split = raw.split("\\|", -1);
      if (split.length != n) {
        throw new IllegalArgumentException("expected " + n + " parts separated by |, not " + split.length);
      }
      List<String> out = new ArrayList<>();
      for (String s : split) {
        out.add(unescape(s));
      }
      return out;
    }

    private static String unescape(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch != '\\') {
          sb.append(ch);
          continue;
        }
        if (++i == s.length()) {
          throw new IllegalArgumentException("a value ends with a lone \\");
        }
        switch (s.charAt(i)) {
          case '\\': sb.append('\\'); break;
          case 't': sb.append('\t'); break;
          case 'n': sb.append('\n'); break;
          case 'r': sb.append('\r'); break;
          case 'p': sb.append('|'); break;
          default: throw new IllegalArgumentException("unknown escape \\" + s.charAt(i));
        }
      }
      return sb.toString();
    }
  }

  /** The cells of one line by key, remembering which keys were read. */
  private static final class Fields extends TreeMap<String, List<String>> {
    private static final long serialVersionUID = 1L;
    final transient Set<String> used = new HashSet<>();

    String one(String key) {
      List<String> values = all(key);
      if (values.size() != 1) {
        throw new IllegalArgumentException("expected one " + key + ", found " + values.size());
      }
      return values.get(0);
    }

    java.util.Optional<String> optional(String key) {
      List<String> values = all(key);
      if (values.size() > 1) {
        throw new IllegalArgumentException("expected at most one " + key + ", found " + values.size());
      }
      return values.stream().findFirst();
    }

    List<String> all(String key) {
      used.add(key);
      List<String> raw = getOrDefault(key, List.of());
      List<String> out = new ArrayList<>(raw.size());
      for (String r : raw) {
        out.add(r.indexOf('|') >= 0 ? r : Reader.unescape(r));
      }
      return out;
    }
  }
}
