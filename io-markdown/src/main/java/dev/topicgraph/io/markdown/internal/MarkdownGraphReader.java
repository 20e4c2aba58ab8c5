package dev.topicgraph.io.markdown.internal;

import static java.util.Objects.requireNonNull;

import dev.topicgraph.api.format.DirectorySnapshot;
import dev.topicgraph.api.format.FormatDescriptor;
import dev.topicgraph.api.format.GraphReader;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.format.ReadResult;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
    return readWithWarnings(path).graph();
  }

  @Override
  public ReadResult readWithWarnings(Path path) throws IOException {
    requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      return DirectorySnapshot.read(path, view -> readOnce(path, Optional.of(view)));
    }
    return readOnce(path, Optional.empty());
  }

  private ReadResult readOnce(Path path, Optional<DirectorySnapshot> directory) throws IOException {
    Problems problems = new Problems(path.toString(), options.maxProblems());
    TopicGraph.Builder builder = TopicGraph.builder();
    try {
      if (directory.isPresent()) {
        readDirectory(directory.get(), problems, builder);
      } else {
        readOne(path, path.toAbsolutePath().getParent(), path.toString(), Optional.empty(), problems, builder,
            new State());
        problems.throwIfErrors();
        return ReadResult.of(builder.build(), problems.warnings());
      }
    } catch (Problems.Full full) {
      // Reported below with everything found so far.
    }
    problems.throwIfErrors();
    try {
      return ReadResult.of(builder.mode(options.mode()).build(), problems.warnings());
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
    long totalBytes;
    boolean overTotal;
  }

  private void readDirectory(DirectorySnapshot view, Problems problems, TopicGraph.Builder builder)
      throws IOException {
    List<String> nodes = pages(view, "nodes", problems);
    List<String> topics = pages(view, "topics", problems);
    if (nodes.isEmpty() && topics.isEmpty() && !Files.isDirectory(view.root().resolve("nodes"))
        && !Files.isDirectory(view.root().resolve("topics")) && !view.list("").contains("index.md")) {
      problems.error(view.root().toString(), "md.layout", "not a topicgraph Markdown directory: expected nodes/, "
          + "topics/ and index.md", 0, 0);
      return;
    }
    State state = new State();
    for (String page : nodes) {
      readPage(page, view.path(page), view.root(), false, problems, builder, state);
    }
    for (String page : topics) {
      readPage(page, view.path(page), view.root(), true, problems, builder, state);
    }
    boolean strict = options.mode() == ValidationMode.STRICT;
    for (PageReader.Located<Relation> r : state.relations) {
      if (!state.nodes.contains(r.value.to())) {
        problems.check(strict, r.source, GraphCheck.DANGLING_RELATION.code(), "the relation points at "
            + r.value.to() + ", which has no page in nodes/", r.line, r.column);
      }
    }
    for (PageReader.Located<NodeId> d : state.drawsFrom) {
      if (!state.nodes.contains(d.value)) {
        problems.check(strict, d.source, GraphCheck.DANGLING_DRAWS_FROM.code(), "the topic draws from " + d.value
            + ", which has no page in nodes/", d.line, d.column);
      }
    }
  }

  /**
   * The pages of a folder of the directory, by their paths relative to it, such as {@code nodes/x.md};
   * none, reported, if the folder is a link that leads outside the directory.
   */
  private static List<String> pages(DirectorySnapshot view, String folder, Problems problems) throws IOException {
    Path path = view.root().resolve(folder);
    if (Files.isSymbolicLink(path)) {
      Path real;
      try {
        real = path.toRealPath();
      } catch (IOException e) {
        return List.of();
      }
      if (!real.startsWith(view.root().toRealPath())) {
        problems.error(folder + "/", "md.file-type", "the folder is a symbolic link that leads outside the directory, "
            + "to " + real + "; only links inside the directory are followed", 1, 1);
        return List.of();
      }
    }
    return view.list(folder).stream().filter(p -> p.endsWith(".md")).collect(Collectors.toList());
  }

  private void readPage(String source, Path file, Path root, boolean topic, Problems problems,
      TopicGraph.Builder builder, State state) throws IOException {
    String name = source.substring(source.lastIndexOf('/') + 1);
    String idText = name.substring(0, name.length() - 3);
    if (!NodeId.isValid(idText) || (NodeId.of(idText).kind() == NodeKind.TOPIC) != topic) {
      problems.error(source, "md.file-name", "the file name is not " + (topic ? "a topic id" : "a node id")
          + " followed by .md" + (NodeId.isValid(idText) ? "; topics go in topics/, nodes in nodes/" : ""), 1, 1);
      return;
    }
    readOne(file, root, source, Optional.of(NodeId.of(idText)), problems, builder, state);
  }

  private void readOne(Path file, Path folder, String source, Optional<NodeId> expected, Problems problems,
      TopicGraph.Builder builder, State state) throws IOException {
    if (state.overTotal) {
      return;
    }
    Path open = regularFile(file, folder, problems, source);
    if (open == null) {
      return;
    }
    long pageLimit = Math.min(options.maxPageBytes(), options.maxDocumentBytes() - state.totalBytes);
    // A Java array (and string) holds at most about 2^31 bytes, whatever the options allow.
    long readLimit = Math.min(pageLimit, Integer.MAX_VALUE - 16);
    byte[] bytes;
    int length;
    try (InputStream in = Files.newInputStream(open, LinkOption.NOFOLLOW_LINKS)) {
      bytes = new byte[(int) Math.min(8192, readLimit + 1)];
      length = 0;
      while (true) {
        if (length == bytes.length) {
          if (length > readLimit) {
            break;
          }
          bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(readLimit + 1, Math.max(8192L, 2L * length)));
        }
        int n = in.read(bytes, length, bytes.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    }
    if (length > readLimit) {
      if (readLimit < pageLimit) {
        problems.error(source, "md.limit", "the page has more than " + readLimit + " bytes, the most one page can "
            + "hold", 1, 1);
      } else if (pageLimit == options.maxPageBytes()) {
        problems.error(source, "md.limit", "the page has more than " + options.maxPageBytes()
            + " bytes, the limit for one page (ReadOptions.maxPageBytes)", 1, 1);
      } else {
        state.overTotal = true;
        problems.error(source, "md.limit", "the pages read up to this one have more than " + options.maxDocumentBytes()
            + " bytes together, the limit for one read (ReadOptions.maxDocumentBytes); reading stopped here", 1, 1);
      }
      return;
    }
    state.totalBytes += length;
    String text = decode(bytes, length, source, problems);
    bytes = null;
    if (text == null) {
      return;
    }
    Page page = Page.parse(source, text, problems, options.maxStringLength());
    text = null; // the page holds what it needs of it
    if (page == null) {
      return;
    }
    PageReader reader = new PageReader(problems, options);
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
      for (PageReader.Located<Feedback> located : p.feedback) {
        Feedback f = located.value;
        String previous = state.feedbackIds.putIfAbsent(f.id(), source + ":" + located.line);
        if (previous != null) {
          problems.error(source, GraphCheck.DUPLICATE_FEEDBACK_ID.code(), "the feedback id " + f.id()
              + " is already used at " + previous + "; ids must be unique", located.line, located.column);
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

  /**
   * Opens nothing: returns the path to read when the page is a regular file, or a symbolic link whose real
   * path stays inside the real path of {@code folder} (the directory being read) and is a regular file; reports anything else (a FIFO, a device,
   * a directory, a link leading elsewhere) without reading from it.
   */
  private static Path regularFile(Path file, Path folder, Problems problems, String source) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Path open = file;
    if (a.isSymbolicLink()) {
      Path real;
      Path realFolder;
      try {
        real = file.toRealPath();
        realFolder = folder.toRealPath();
      } catch (IOException e) {
        problems.error(source, "md.file-type", "the page is a symbolic link that leads nowhere", 1, 1);
        return null;
      }
      if (!real.startsWith(realFolder)) {
        problems.error(source, "md.file-type", "the page is a symbolic link that leads outside its directory, to "
            + real + "; only links inside the directory are followed", 1, 1);
        return null;
      }
      a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      open = real;
    }
    if (!a.isRegularFile()) {
      String what = a.isDirectory() ? "a directory" : "not a regular file (a FIFO, socket or device)";
      problems.error(source, "md.file-type", "the page is " + what + "; only regular files are read", 1, 1);
      return null;
    }
    return open;
  }

  /**
   * Strict UTF-8 without a NUL or a carriage return that is not part of a CRLF line end; reports the line
   * and column of the first bad byte. Allocates only the resulting string.
   */
  static String decode(byte[] bytes, int length, String source, Problems problems) {
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        if (b == '\n') {
          line++;
          lineStart = i + 1;
        } else if (b == 0) {
          problems.error(source, "md.encoding", "the page holds a NUL character", line, i - lineStart + 1);
          return null;
        } else if (b == '\r' && (i + 1 >= length || bytes[i + 1] != '\n')) {
          problems.error(source, "md.encoding", "a carriage return that is not followed by a line feed; line ends "
              + "are \\n or \\r\\n", line, i - lineStart + 1);
          return null;
        }
        i++;
        continue;
      }
      int n = utf8Sequence(bytes, i, length);
      if (n < 0) {
        problems.error(source, "md.encoding", "the page is not valid UTF-8 (byte " + (i + 1) + ")", line,
            i - lineStart + 1);
        return null;
      }
      i += n;
    }
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  /** The length of the well-formed UTF-8 sequence (of 2 to 4 bytes) at {@code i}, or -1. */
  private static int utf8Sequence(byte[] b, int i, int length) {
    int b0 = b[i] & 0xff;
    int n;
    int min;
    int lo = 0x80;
    int hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      n = 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      n = 3;
      if (b0 == 0xe0) {
        lo = 0xa0;
      } else if (b0 == 0xed) {
        hi = 0x9f;
      }
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      n = 4;
      if (b0 == 0xf0) {
        lo = 0x90;
      } else if (b0 == 0xf4) {
        hi = 0x8f;
      }
    } else {
      return -1;
    }
    if (i + n > length) {
      return -1;
    }
    int b1 = b[i + 1] & 0xff;
    if (b1 < lo || b1 > hi) {
      return -1;
    }
    for (int k = 2; k < n; k++) {
      int bk = b[i + k] & 0xff;
      if (bk < 0x80 || bk > 0xbf) {
        return -1;
      }
    }
    return n;
  }
}
