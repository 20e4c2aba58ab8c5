package dev.topicgraph.io.markdown.internal;

import static java.util.Objects.requireNonNull;

import dev.topicgraph.api.format.DirectorySnapshot;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GraphCheck;
import dev.topicgraph.model.GraphValidationException;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a directory of pages, or one page. Immutable and thread-safe. */
public final class MarkdownGraphReader implements GraphReader {
  private final FormatDescriptor descriptor;
  private final ReadOptions options;

  /**
   * Creates a reader.
   *
   * @param descriptor the format's descriptor
   * @param options the read options
   */
  public MarkdownGraphReader(FormatDescriptor descriptor, ReadOptions options) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
    this.options = requireNonNull(options, "options");
  }

  @Override
  public FormatDescriptor format() {
    return descriptor;
  }

  @Override
  public TopicGraph read(Path path) throws IOException {
    requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      return DirectorySnapshot.read(path, view -> readOnce(path, Optional.of(view)));
    }
    return readOnce(path, Optional.empty());
  }

  private TopicGraph readOnce(Path path, Optional<DirectorySnapshot> directory) throws IOException {
    Problems problems = new Problems(path.toString(), options.maxProblems());
    TopicGraph.Builder builder = TopicGraph.builder();
    try {
      if (directory.isPresent()) {
        readDirectory(directory.get(), problems, builder);
      } else {
        readOne(path, path.toString(), Optional.empty(), problems, builder, new State());
        problems.throwIfErrors();
        return builder.build();
      }
    } catch (Problems.Full full) {
      // Reported below with everything found so far.
    }
    problems.throwIfErrors();
    try {
      return builder.mode(options.mode()).build();
    } catch (GraphValidationException e) {
      for (Diagnostic d : e.diagnostics()) {
        problems.add(d.toBuilder().source(path.toString()).build());
      }
      problems.throwIfErrors();
      throw new IllegalStateException("unreachable", e);
    }
  }

  /** What the pages read so far define, to find duplicates and dangling references with their places. */
  private static final class State {
    final Set<NodeId> nodes = new HashSet<>();
    final Set<NodeId> topics = new HashSet<>();
    final Map<String, String> feedbackIds = new HashMap<>();
    final List<PageReader.Located<Relation>> relations = new ArrayList<>();
    final List<PageReader.Located<NodeId>> drawsFrom = new ArrayList<>();
  }

  private void readDirectory(DirectorySnapshot view, Problems problems, TopicGraph.Builder builder)
      throws IOException {
    List<String> nodes = pages(view, "nodes");
    List<String> topics = pages(view, "topics");
    if (nodes.isEmpty() && topics.isEmpty() && !Files.isDirectory(view.root().resolve("nodes"))
        && !Files.isDirectory(view.root().resolve("topics")) && !view.list("").contains("index.md")) {
      problems.error(view.root().toString(), "md.layout", "not a topicgraph Markdown directory: expected nodes/, "
          + "topics/ and index.md", 0, 0);
      return;
    }
    State state = new State();
    for (String page : nodes) {
      readPage(page, view.path(page), false, problems, builder, state);
    }
    for (String page : topics) {
      readPage(page, view.path(page), true, problems, builder, state);
    }
    if (options.mode() == ValidationMode.STRICT) {
      for (PageReader.Located<Relation> r : state.relations) {
        if (!state.nodes.contains(r.value.to())) {
          problems.error(r.source, GraphCheck.DANGLING_RELATION.code(), "the relation points at " + r.value.to()
              + ", which has no page in nodes/", r.line, r.column);
        }
      }
      for (PageReader.Located<NodeId> d : state.drawsFrom) {
        if (!state.nodes.contains(d.value)) {
          problems.error(d.source, GraphCheck.DANGLING_DRAWS_FROM.code(), "the topic draws from " + d.value
              + ", which has no page in nodes/", d.line, d.column);
        }
      }
    }
  }

  /** The pages of a folder of the directory, by their paths relative to it, such as {@code nodes/x.md}. */
  private static List<String> pages(DirectorySnapshot view, String folder) throws IOException {
    return view.list(folder).stream().filter(p -> p.endsWith(".md")).collect(Collectors.toList());
  }

  private void readPage(String source, Path file, boolean topic, Problems problems, TopicGraph.Builder builder,
      State state) throws IOException {
    String name = source.substring(source.lastIndexOf('/') + 1);
    String idText = name.substring(0, name.length() - 3);
    if (!NodeId.isValid(idText) || (NodeId.of(idText).kind() == NodeKind.TOPIC) != topic) {
      problems.error(source, "md.file-name", "the file name is not " + (topic ? "a topic id" : "a node id")
          + " followed by .md" + (NodeId.isValid(idText) ? "; topics go in topics/, nodes in nodes/" : ""), 0, 0);
      return;
    }
    readOne(file, source, Optional.of(NodeId.of(idText)), problems, builder, state);
  }

  private void readOne(Path file, String source, Optional<NodeId> expected, Problems problems,
      TopicGraph.Builder builder, State state) throws IOException {
    long size = Files.size(file);
    if (size > options.maxDocumentBytes()) {
      problems.error(source, "md.limit", "the page has " + size + " bytes, more than the limit of "
          + options.maxDocumentBytes() + " (ReadOptions.maxDocumentBytes)", 0, 0);
      return;
    }
    String text = decode(Files.readAllBytes(file), source, problems);
    if (text == null) {
      return;
    }
    Page page = Page.parse(source, text, problems);
    if (page == null) {
      return;
    }
    PageReader reader = new PageReader(problems, options.mode());
    Page.Entry id = page.frontMatter.get("id");
    boolean topic = expected.map(e -> e.kind() == NodeKind.TOPIC)
        .orElse(id != null && id.isScalar() && id.scalar.startsWith("topic."));
    if (topic) {
      PageReader.TopicPage p = reader.topicPage(page, expected);
      if (p == null) {
        return;
      }
      state.topics.add(p.topic.id());
      builder.addTopic(p.topic);
      state.drawsFrom.addAll(p.drawsFrom);
      for (Feedback f : p.feedback) {
        String previous = state.feedbackIds.putIfAbsent(f.id(), source);
        if (previous != null) {
          problems.error(source, GraphCheck.DUPLICATE_FEEDBACK_ID.code(), "the feedback id " + f.id()
              + " is already used in " + previous + "; ids must be unique", 0, 0);
          continue;
        }
        builder.addFeedback(f);
      }
    } else {
      PageReader.NodePage p = reader.nodePage(page, expected);
      if (p == null) {
        return;
      }
      state.nodes.add(p.node.id());
      builder.addNode(p.node);
      for (PageReader.Located<Relation> r : p.relations) {
        builder.addRelation(r.value);
        state.relations.add(r);
      }
    }
  }

  /** Strict UTF-8; reports the line of the first malformed byte. */
  private static String decode(byte[] bytes, String source, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.error(source, "md.encoding", "the page is not valid UTF-8 (byte " + (in.position() + 1) + ")", line, 0);
      return null;
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (text.indexOf('\0') >= 0) {
      int line = 1 + (int) text.substring(0, text.indexOf('\0')).chars().filter(c -> c == '\n').count();
      problems.error(source, "md.encoding", "the page holds a NUL character", line, 0);
      return null;
    }
    return text;
  }
}
