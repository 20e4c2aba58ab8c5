package dev.topicgraph.io.markdown.internal;

import dev.topicgraph.api.format.FormatException;
import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.record.FieldType;
import dev.topicgraph.api.record.GraphAssembler;
import dev.topicgraph.api.record.RecordType;
import dev.topicgraph.api.record.SyntaxReader;
import dev.topicgraph.api.record.SyntaxTree;
import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.ValidationMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import tools.jackson.core.JsonToken;

/** Reads node and topic pages. One reader per read; not thread-safe. */
final class PageReader {
  /** Most cells a page's tables may hold together: commonmark's own default bound, or fewer for small pages. */
  private static final int MAX_CELLS = 1_000_000;

  private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile(
      "^ {0,3}[-*+][ \\t]?", java.util.regex.Pattern.UNIX_LINES);

  private final Problems problems;
  private final ReadOptions options;
  private final boolean strict;
  private final int maxString;
  private final int maxCells;
  private final Parser parser;
  private final long maxLines;

  /**
   * The page limit divided by this is the most lines that are not blank a page may have. The Markdown parser
   * keeps several objects per line until it returns (about 700 bytes for a one-word list item), so this bound
   * is what keeps a page's heap proportional to its size limit rather than to its number of lines.
   */
  static final int BYTES_PER_LINE = 32;

  /** The page limit divided by this is the most lines, blank or not, a page may have; blank lines cost less. */
  static final int BYTES_PER_ANY_LINE = 8;

  PageReader(Problems problems, ReadOptions options) {
    this.problems = problems;
    this.options = options;
    this.strict = options.mode() == ValidationMode.STRICT;
    this.maxString = options.maxStringLength();
    this.maxLines = Math.max(1024, options.maxPageBytes() / BYTES_PER_LINE);
    this.maxCells = (int) Math.max(1024, Math.min(MAX_CELLS, options.maxPageBytes() / BYTES_PER_LINE));
    // Inline content is never used (text is taken from the page's lines), so it is not parsed: no inline
    // nodes are built, which keeps the tree small. maxDepth bounds the nesting of blocks.
    this.parser = Parser.builder()
        .extensions(List.of(TablesExtension.builder().maxCells(maxCells).build()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS)
        .inlineParserFactory(context -> (lines, node) -> { })
        .maxOpenBlockParsers(options.maxDepth())
        .build();
  }

  /** A relation and where its line is, for reporting a target that does not exist. */
  static final class Located<T> {
    final T value;
    final String source;
    final int line;
    final int column;

    Located(T value, String source, int line, int column) {
      this.value = value;
      this.source = source;
      this.line = line;
      this.column = column;
    }
  }

  /** What a node page holds. */
  static final class NodePage {
    final dev.topicgraph.model.Node node;
    final List<Located<Relation>> relations;

    NodePage(dev.topicgraph.model.Node node, List<Located<Relation>> relations) {
      this.node = node;
      this.relations = relations;
    }
  }

  /** What a topic page holds. */
  static final class TopicPage {
    final Topic topic;
    final List<Located<NodeId>> drawsFrom;
    final List<Located<Feedback>> feedback;

    TopicPage(Topic topic, List<Located<NodeId>> drawsFrom, List<Located<Feedback>> feedback) {
      this.topic = topic;
      this.drawsFrom = drawsFrom;
      this.feedback = feedback;
    }
  }

  // ------------------------------------------------------------------ the body's structure

  /**
   * What the reader needs of a top-level block: its kind and lines, and for a bullet list the lines of
   * each item. Keeping this instead of commonmark's nodes lets the parsed tree go as soon as the parts
   * are found.
   */
  private static final class Block {
    final boolean list;
    final boolean table;
    final int first;
    final int last;
    /** For a bullet list, the first and last line of each item, in pairs. */
    final int[] items;

    Block(Node block) {
      this.list = block instanceof BulletList;
      this.table = block instanceof TableBlock;
      this.first = firstLine(block);
      this.last = lastLine(block);
      int n = 0;
      if (list) {
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
          n++;
        }
      }
      this.items = new int[2 * n];
      int k = 0;
      if (list) {
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
          items[k++] = firstLine(item);
          items[k++] = lastLine(item);
        }
      }
    }
  }

  /** A top-level heading of level 1 or 2 and the blocks after it, up to the next such heading. */
  private static final class Part {
    final int level;
    final String heading;
    final int line;
    final List<Block> blocks = new ArrayList<>();
    int firstContentLine;
    int endLine;

    Part(int level, String heading, int line) {
      this.level = level;
      this.heading = heading;
      this.line = line;
    }
  }

  private final class Body {
    final Page page;
    /** The offset in the body at which each line starts; the line after the last starts after a virtual \n. */
    final int[] starts;
    final int lineCount;
    final List<Part> parts = new ArrayList<>();
    /** Whether the body was refused as a whole (reported), so that its parts are not looked for. */
    boolean refused;

    Body(Page page) {
      this.page = page;
      String text = page.body;
      int n = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        n++;
      }
      this.lineCount = n;
      this.starts = new int[n + 1];
      int k = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        starts[k++] = i + 1;
      }
      starts[n] = text.length() + 1;
      if (n > maxLines * BYTES_PER_LINE / BYTES_PER_ANY_LINE) {
        int at = (int) (maxLines * BYTES_PER_LINE / BYTES_PER_ANY_LINE);
        error("md.limit", "the page has more than " + at + " lines, the limit for a page of this size "
            + "(ReadOptions.maxPageBytes / " + BYTES_PER_ANY_LINE + ")", at, 1);
        refused = true;
        return;
      }
      int nonBlank = 0;
      for (int i = 0; i < n; i++) {
        if (!blank(i) && ++nonBlank > maxLines) {
          error("md.limit", "the page has more than " + maxLines + " lines that are not blank, the limit for a page "
              + "of this size (ReadOptions.maxPageBytes / " + BYTES_PER_LINE + ")", i, 1);
          refused = true;
          return;
        }
      }
      Node doc;
      try {
        doc = parser.parse(text);
      } catch (IllegalArgumentException e) {
        // commonmark stops at its bound on table cells; nothing else it throws is documented.
        int first = 0;
        while (first < n - 1 && text.indexOf('|', starts[first]) >= starts[first + 1]) {
          first++;
        }
        error("md.limit", "the page's tables hold more than " + maxCells + " cells, the limit for a page of this "
            + "size (ReadOptions.maxPageBytes / " + BYTES_PER_LINE + "); the first table starts here", first, 1);
        refused = true;
        return;
      } catch (RuntimeException e) {
        error("md.structure", "the Markdown parser could not read this page (" + e.getClass().getSimpleName() + ")",
            0, 1);
        refused = true;
        return;
      }
      Part current = null;
      for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
        if (block instanceof Heading && ((Heading) block).getLevel() <= 2) {
          int line = firstLine(block);
          int last = lastLine(block);
          if (current != null) {
            current.endLine = line;
          }
          String heading = headingText(line(line), ((Heading) block).getLevel());
          if (last != line) {
            error("md.heading", "a heading must be written on one line, as \"## Heading\"", line, 0);
          }
          fits("a heading", heading.length(), line, 1);
          current = new Part(((Heading) block).getLevel(), heading, line);
          current.firstContentLine = last + 1;
          parts.add(current);
        } else if (current == null) {
          error("md.structure", "the page must start with a \"# Title\" heading after the front matter",
              firstLine(block), 0);
        } else {
          current.blocks.add(new Block(block));
        }
      }
      if (current != null) {
        current.endLine = lineCount;
      }
    }

    /** The body's line with this 0-based index, without its line end. */
    String line(int i) {
      return page.body.substring(starts[i], starts[i + 1] - 1);
    }

    boolean blank(int i) {
      for (int k = starts[i]; k < starts[i + 1] - 1; k++) {
        char c = page.body.charAt(k);
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }

    /** Reports text longer than {@code ReadOptions.maxStringLength}; returns whether it fits. */
    boolean fits(String what, int length, int bodyLineIndex, int column) {
      if (length <= maxString) {
        return true;
      }
      error("md.limit", what + " has " + length + " characters, more than the limit of " + maxString
          + " (ReadOptions.maxStringLength)", bodyLineIndex, column);
      return false;
    }

    /** The prose of a part: its lines without blank lines around them, with the escapes removed. */
    String prose(Part p) {
      int from = p.firstContentLine;
      int to = p.endLine;
      while (from < to && blank(from)) {
        from++;
      }
      while (to > from && blank(to - 1)) {
        to--;
      }
      if (from >= to) {
        return "";
      }
      String raw = page.body.substring(starts[from], starts[to] - 1);
      String text = Text.unprose(raw);
      return fits("the text of \"" + p.heading + "\"", text.length(), from, 1) ? text : null;
    }

    /** The bullet items of a part; reports anything else. */
    List<Located<String>> items(Part p, String expected) {
      List<Located<String>> out = new ArrayList<>();
      for (Block block : p.blocks) {
        if (!block.list) {
          error("md.structure", "the section \"" + p.heading + "\" holds a list: " + expected, block.first, 0);
          continue;
        }
        for (int k = 0; k < block.items.length; k += 2) {
          int first = block.items[k];
          int last = block.items[k + 1];
          StringBuilder sb = new StringBuilder();
          for (int i = first; i <= last; i++) {
            String line = line(i);
            if (i == first) {
              Matcher m = LIST_MARKER.matcher(line);
              line = m.find() ? line.substring(m.end()) : line.strip();
            } else {
              line = line.strip();
            }
            if (line.isEmpty()) {
              continue;
            }
            if (sb.length() > 0) {
              sb.append(' ');
            }
            sb.append(stripEnd(line));
            if (sb.length() > maxString) {
              break;
            }
          }
          String firstLine = line(first);
          int column = firstLine.indexOf(firstLine.stripLeading()) + 3;
          if (fits("a list item", sb.length(), first, column)) {
            out.add(new Located<>(sb.toString(), page.source, page.bodyLine + first, column));
          }
        }
      }
      return out;
    }

    /** The cells of the data rows of the one table of a part; reports anything else. */
    List<Located<List<String>>> table(Part p, int columns, String expected) {
      List<Located<List<String>>> out = new ArrayList<>();
      for (Block block : p.blocks) {
        if (!block.table) {
          error("md.structure", "the section \"" + p.heading + "\" holds a table: " + expected, block.first, 0);
          continue;
        }
        int first = block.first;
        int last = block.last;
        for (int i = first + 2; i <= last; i++) {
          List<String> cells = cells(line(i), columns + 1);
          int longest = 0;
          for (String cell : cells) {
            longest = Math.max(longest, cell.length());
          }
          if (!fits("a cell", longest, i, 1)) {
            continue;
          }
          if (cells.size() != columns) {
            error("md.table", "a row of \"" + p.heading + "\" has " + cells.size() + " cells; expected " + columns
                + ": " + expected, i, 1);
            continue;
          }
          out.add(new Located<>(cells, page.source, page.bodyLine + i, 1));
        }
      }
      return out;
    }

    void error(String code, String message, int bodyLineIndex, int column) {
      problems.error(page.source, code, message, page.bodyLine + bodyLineIndex, column > 0 ? column : 1);
    }
  }

  private static int firstLine(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
  }

  private static int lastLine(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
  }

  private static String headingText(String line, int level) {
    String s = line.stripLeading();
    if (s.startsWith("#")) {
      int i = 0;
      while (i < s.length() && s.charAt(i) == '#') {
        i++;
      }
      s = s.substring(i);
      return s.isEmpty() ? s : stripEnd(s.substring(1)).stripLeading();
    }
    return stripEnd(s);
  }

  private static String stripEnd(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Splits a table row on pipes that are not escaped, and unescapes each cell; stops after {@code most} cells. */
  private static List<String> cells(String row, int most) {
    String s = row.strip();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean closed = false;
    for (int i = 0; i < s.length() && out.size() < most; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        cell.append(c).append(s.charAt(++i));
        closed = false;
      } else if (c == '|') {
        out.add(Text.unescape(cell.toString().strip()));
        cell.setLength(0);
        closed = true;
      } else {
        cell.append(c);
        closed = closed && c == ' ';
      }
    }
    if (out.size() < most && (!closed || cell.toString().strip().length() > 0)) {
      out.add(Text.unescape(cell.toString().strip()));
    }
    return out;
  }

  // ------------------------------------------------------------------ node pages

  NodePage nodePage(Page page, Optional<NodeId> expected) {
    Body body = new Body(page);
    NodeId id = id(page, expected);
    String title = scalar(page, "title");
    SyntaxTree record = frontMatter(page, RecordType.NODE);
    SyntaxTree sections = SyntaxTree.list(page.bodyLine, 1);
    SyntaxTree sources = SyntaxTree.list(page.bodyLine, 1);
    List<Located<Relation>> relations = new ArrayList<>();
    boolean titled = false;
    Set<String> seen = new HashSet<>();
    for (Part p : body.parts) {
      int line = page.bodyLine + p.line;
      if (p.level == 1) {
        String prose = titlePart(body, p, title, titled);
        titled = true;
        if (prose != null && !prose.isEmpty()) {
          record.field("summary", line, 1, SyntaxTree.string(prose, line + 1, 1));
        }
        continue;
      }
      if (PageWriter.RESERVED.contains(p.heading)) {
        if (!seen.add(p.heading)) {
          body.error("md.structure", "the section \"" + p.heading + "\" appears twice", p.line, 1);
          continue;
        }
        if (p.heading.equals(PageWriter.SOURCES)) {
          sources(body, p, sources);
        } else if (p.heading.equals(PageWriter.RELATIONS) && id != null) {
          relations.addAll(relations(body, p, id));
        }
        continue;
      }
      if (!seen.isEmpty()) {
        body.error("md.structure", "the section \"" + p.heading + "\" comes after \"" + seen.iterator().next()
            + "\"; a node's own sections come before Sources, Relations and Referenced by", p.line, 1);
        continue;
      }
      String text = body.prose(p);
      if (text != null) {
        sections.add(SyntaxTree.record(line, 1)
            .field("heading", line, 1, SyntaxTree.string(Text.unheading(p.heading), line, 1))
            .field("body", line, 1, SyntaxTree.string(text, line, 1)));
      }
    }
    if (!titled && !body.refused) {
      problems.error(page.source, "md.structure", "the page has no \"# Title\" heading", page.bodyLine, 1);
    }
    record.field("sections", page.bodyLine, 1, sections).field("sources", page.bodyLine, 1, sources);
    dev.topicgraph.model.Node node = read(RecordType.NODE, record, page.source); // reports the front matter
    return node == null || id == null || !titled ? null : new NodePage(node, relations);
  }

  /**
   * The text under the page's "# Title" heading, which must repeat the front matter's title; null for
   * a second such heading, which is reported.
   */
  private String titlePart(Body body, Part p, String title, boolean titledBefore) {
    if (titledBefore) {
      body.error("md.structure", "a page has one \"# Title\" heading; this is a second one", p.line, 1);
      return null;
    }
    if (title != null && !p.heading.equals(title)) {
      body.error("md.title", "the heading \"" + p.heading + "\" differs from the title \"" + title
          + "\" in the front matter; change both", p.line, 1);
    }
    return body.prose(p);
  }

  /** The front matter as a record of the type, each scalar typed as the record's field expects it. */
  private SyntaxTree frontMatter(Page page, RecordType<?, ?> type) {
    SyntaxTree record = SyntaxTree.record(1, 1);
    for (Page.Entry e : page.frontMatter.values()) {
      FieldType expected = type.field(e.key).map(f -> f.type()).orElse(FieldType.STRING);
      record.field(e.key, e.keyLine, e.keyColumn, value(e, expected));
    }
    return record;
  }

  /**
   * A front-matter value. YAML types its bare scalars, but a page is written by hand: a scalar is text
   * unless the field holds a number or a boolean, so that a title of 2026 or no stays the text it is.
   */
  private static SyntaxTree value(Page.Entry e, FieldType expected) {
    if (e.items != null) {
      SyntaxTree list = SyntaxTree.list(e.line, e.column);
      e.items.forEach(item -> list.add(value(item, FieldType.STRING)));
      return list;
    }
    if (e.map != null) {
      SyntaxTree map = SyntaxTree.record(e.line, e.column);
      e.map.forEach((k, v) -> map.field(k, v.line, v.column, value(v, FieldType.STRING)));
      return map;
    }
    boolean number = e.token == JsonToken.VALUE_NUMBER_INT || e.token == JsonToken.VALUE_NUMBER_FLOAT;
    if ((expected == FieldType.NUMBER || expected == FieldType.INTEGER) && number) {
      return SyntaxTree.number(e.scalar, e.line, e.column);
    }
    if (expected == FieldType.BOOLEAN && (e.token == JsonToken.VALUE_TRUE || e.token == JsonToken.VALUE_FALSE)) {
      return SyntaxTree.bool(e.token == JsonToken.VALUE_TRUE, e.line, e.column);
    }
    return SyntaxTree.string(e.scalar, e.line, e.column);
  }

  /** Reads a record through the binding; its problems become the page's. */
  private <R> R read(RecordType<R, ?> type, SyntaxTree record, String source) {
    SyntaxReader in = record.reader();
    try {
      in.next();
      return GraphAssembler.readRecord(type, in, source, options, "md");
    } catch (FormatException e) {
      for (Diagnostic d : e.diagnostics()) {
        problems.error(source, d.code(), d.message(), d.line().orElse(1), d.column().orElse(1));
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a tree is in memory
    }
  }

  /** The page's id, checked against its file name; null, reported, when absent, invalid or another. */
  private NodeId id(Page page, Optional<NodeId> expected) {
    Page.Entry e = page.frontMatter.get("id");
    if (e == null || !e.isScalar() || !NodeId.isValid(e.scalar)) {
      return null; // the binding reports it
    }
    NodeId id = NodeId.of(e.scalar);
    if (expected.isPresent() && !expected.get().equals(id)) {
      problems.error(page.source, "md.id-mismatch", "\"id\": the page's id is " + id + " but its file is named "
          + expected.get() + ".md; rename the file or fix the id", e.line, e.column);
      return null;
    }
    return id;
  }

  private static String scalar(Page page, String key) {
    Page.Entry e = page.frontMatter.get(key);
    return e == null ? null : e.scalar;
  }

  private void sources(Body body, Part p, SyntaxTree sources) {
    String expected = "| Title | URL | Publisher | Published |";
    for (Located<List<String>> row : body.table(p, 4, expected)) {
      List<String> c = row.value;
      SyntaxTree source = SyntaxTree.record(row.line, row.column)
          .field("title", row.line, row.column, SyntaxTree.string(c.get(0), row.line, row.column));
      String url = c.get(1);
      if (!url.isEmpty()) {
        url = url.startsWith("<") && url.endsWith(">") ? url.substring(1, url.length() - 1) : url;
        source.field("url", row.line, row.column, SyntaxTree.string(url, row.line, row.column));
      }
      if (!c.get(2).isEmpty()) {
        source.field("publisher", row.line, row.column, SyntaxTree.string(c.get(2), row.line, row.column));
      }
      if (!c.get(3).isEmpty()) {
        source.field("published", row.line, row.column, SyntaxTree.string(c.get(3), row.line, row.column));
      }
      sources.add(source);
    }
  }

  private List<Located<Relation>> relations(Body body, Part p, NodeId from) {
    List<Located<Relation>> out = new ArrayList<>();
    Set<List<Object>> keys = new HashSet<>();
    for (Located<String> item : body.items(p, "- <type> [<title>](<target id>.md): <rationale>")) {
      String[] m = relation(item.value);
      if (m == null) {
        problems.error(item.source, "md.relation", "a relation is written \"- <type> [<title>](<target id>.md):"
            + " <rationale>\", such as \"- enables [Hightouch](vendor.hightouch.md): SQL teams own syncs\"",
            item.line, item.column);
        continue;
      }
      NodeId to = target(m[1], "", item);
      if (to == null) {
        continue;
      }
      String why = Text.unescape(m[2]);
      int l = item.line;
      int c = item.column;
      Relation r = read(RecordType.RELATION, SyntaxTree.record(l, c)
          .field("from", l, c, SyntaxTree.string(from.value(), l, c))
          .field("type", l, c, SyntaxTree.string(m[0], l, c))
          .field("to", l, c, SyntaxTree.string(to.value(), l, c))
          .field("rationale", l, c, SyntaxTree.string(why, l, c)), item.source);
      if (r == null) {
        continue;
      }
      if (!keys.add(List.of(r.from(), r.type(), r.to()))) {
        problems.error(item.source, "graph.duplicate-relation", "the relation " + r.type() + " " + r.to()
            + " is listed twice on this page; keep one and merge the rationales", item.line, item.column);
        continue;
      }
      out.add(new Located<>(r, item.source, item.line, item.column));
    }
    return out;
  }

  /**
   * Splits a relation item, {@code <type> [<text>](<dest>): <rationale>}, into its type, destination and
   * (still escaped) rationale; returns null when the item has another shape. Linear in the item's length.
   */
  static String[] relation(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) >= 'a' && s.charAt(i) <= 'z' || s.charAt(i) >= '0' && s.charAt(i) <= '9'
        || s.charAt(i) == '-')) {
      i++;
    }
    String type = s.substring(0, i);
    if (type.isEmpty() || type.startsWith("-") || type.endsWith("-") || type.contains("--")
        || i >= s.length() || s.charAt(i) != ' ') {
      return null;
    }
    String[] dest = new String[1];
    int end = link(s, i + 1, dest);
    if (end < 0 || !s.startsWith(": ", end)) {
      return null;
    }
    return new String[] {type, dest[0], s.substring(end + 2)};
  }

  /**
   * Reads a link {@code [<text>](<dest>)} starting at {@code at}: the text holds backslash escapes and any
   * character but {@code ]} and {@code \\}; the destination is one or more characters other than white
   * space and parentheses. Puts the destination in {@code dest[0]} and returns the index after the link, or
   * -1 when there is none. Linear in the text's length, with no backtracking.
   */
  static int link(String s, int at, String[] dest) {
    int n = s.length();
    if (at >= n || s.charAt(at) != '[') {
      return -1;
    }
    int i = at + 1;
    while (i < n && s.charAt(i) != ']') {
      if (s.charAt(i) == '\\') {
        if (i + 1 >= n) {
          return -1;
        }
        i++;
      }
      i++;
    }
    if (i + 1 >= n || s.charAt(i + 1) != '(') {
      return -1;
    }
    int from = i + 2;
    int to = from;
    while (to < n && s.charAt(to) != '(' && s.charAt(to) != ')' && !isRegexSpace(s.charAt(to))) {
      to++;
    }
    if (to == from || to >= n || s.charAt(to) != ')') {
      return -1;
    }
    dest[0] = s.substring(from, to);
    return to + 1;
  }

  /** {@code \\s} of {@link java.util.regex.Pattern}: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The node id a link destination names, such as {@code vendor.x.md} or {@code ../nodes/vendor.x.md}. */
  private NodeId target(String dest, String prefix, Located<String> item) {
    String name = dest.startsWith(prefix) ? dest.substring(prefix.length()) : null;
    if (name == null || !name.endsWith(".md") || !NodeId.isValid(name.substring(0, name.length() - 3))) {
      problems.error(item.source, "md.link", "the link \"" + dest + "\" does not name a node page; expected "
          + prefix + "<node id>.md", item.line, item.column);
      return null;
    }
    return NodeId.of(name.substring(0, name.length() - 3));
  }

  // ------------------------------------------------------------------ topic pages

  TopicPage topicPage(Page page, Optional<NodeId> expected) {
    Body body = new Body(page);
    NodeId id = id(page, expected);
    String title = scalar(page, "title");
    SyntaxTree record = frontMatter(page, RecordType.TOPIC);
    List<Located<NodeId>> drawn = new ArrayList<>();
    List<Located<Feedback>> feedback = new ArrayList<>();
    boolean titled = false;
    Set<String> seen = new HashSet<>();
    for (Part p : body.parts) {
      int line = page.bodyLine + p.line;
      if (p.level == 1) {
        String prose = titlePart(body, p, title, titled);
        titled = true;
        if (prose != null && !prose.isEmpty()) {
          body.error("md.structure", "a topic page has no text between its title and its first section",
              p.firstContentLine, 1);
        }
        continue;
      }
      if (!seen.add(p.heading)) {
        body.error("md.structure", "the section \"" + p.heading + "\" appears twice", p.line, 1);
        continue;
      }
      switch (p.heading) {
        case PageWriter.ANGLE:
        case PageWriter.KEY_DECISION:
          String text = body.prose(p);
          if (text != null) {
            record.field(p.heading.equals(PageWriter.ANGLE) ? "angle" : "keyDecision", line, 1,
                SyntaxTree.string(text, line + 1, 1));
          }
          break;
        case PageWriter.TRADEOFFS:
          SyntaxTree tradeoffs = SyntaxTree.list(line, 1);
          for (Located<String> item : body.items(p, "- <one option> **vs.** <the other>")) {
            int at = item.value.indexOf(PageWriter.VS);
            if (at < 0) {
              problems.error(item.source, "md.tradeoff", "a trade-off is written \"- <one option> **vs.** "
                  + "<the other>\"", item.line, item.column);
              continue;
            }
            tradeoffs.add(SyntaxTree.record(item.line, item.column)
                .field("left", item.line, item.column,
                    SyntaxTree.string(Text.unescape(item.value.substring(0, at)), item.line, item.column))
                .field("right", item.line, item.column, SyntaxTree.string(
                    Text.unescape(item.value.substring(at + PageWriter.VS.length())), item.line, item.column)));
          }
          record.field("tradeoffs", line, 1, tradeoffs);
          break;
        case PageWriter.OPEN_QUESTIONS:
          SyntaxTree questions = SyntaxTree.list(line, 1);
          for (Located<String> item : body.items(p, "- <question>")) {
            questions.add(SyntaxTree.string(Text.unescape(item.value), item.line, item.column));
          }
          record.field("openQuestions", line, 1, questions);
          break;
        case PageWriter.DRAWS_FROM:
          SyntaxTree nodes = SyntaxTree.list(line, 1);
          for (Located<String> item : body.items(p, "- [<title>](../nodes/<node id>.md)")) {
            String[] dest = new String[1];
            if (link(item.value, 0, dest) != item.value.length()) {
              problems.error(item.source, "md.link", "a drawn-on node is written \"- [<title>](../nodes/<node id>.md)\"",
                  item.line, item.column);
              continue;
            }
            NodeId node = target(dest[0], "../nodes/", item);
            if (node != null) {
              nodes.add(SyntaxTree.string(node.value(), item.line, item.column));
              drawn.add(new Located<>(node, item.source, item.line, item.column));
            }
          }
          record.field("drawsFrom", line, 1, nodes);
          break;
        case PageWriter.FEEDBACK:
          if (id != null) {
            feedback.addAll(feedback(body, p, id));
          }
          break;
        case PageWriter.READER_INTEREST:
          break; // counts derived from the feedback, for readers
        default:
          body.error("md.unknown-section", "unknown section \"" + p.heading + "\"; a topic page has Angle, Key "
              + "decision, Trade-offs, Open questions, Draws from, Feedback and Reader interest", p.line, 1);
      }
    }
    if (!titled && !body.refused) {
      problems.error(page.source, "md.structure", "the page has no \"# Title\" heading", page.bodyLine, 1);
    }
    Topic topic = read(RecordType.TOPIC, record, page.source); // reports the front matter
    return topic == null || id == null || !titled ? null : new TopicPage(topic, drawn, feedback);
  }

  private List<Located<Feedback>> feedback(Body body, Part p, NodeId topic) {
    List<Located<Feedback>> out = new ArrayList<>();
    String expected = "| ID | Reviewer | Interest | Opt-in | At | Comment |";
    for (Located<List<String>> row : body.table(p, 6, expected)) {
      List<String> c = row.value;
      int l = row.line;
      int col = row.column;
      SyntaxTree event = SyntaxTree.record(l, col)
          .field("id", l, col, SyntaxTree.string(c.get(0), l, col))
          .field("topic", l, col, SyntaxTree.string(topic.value(), l, col))
          .field("reviewer", l, col, SyntaxTree.string(c.get(1), l, col))
          .field("interest", l, col, c.get(2).matches("[0-9]{1,9}") ? SyntaxTree.number(c.get(2), l, col)
              : SyntaxTree.string(c.get(2), l, col))
          .field("optIn", l, col, c.get(3).equals("yes") || c.get(3).equals("no")
              ? SyntaxTree.bool(c.get(3).equals("yes"), l, col) : SyntaxTree.string(c.get(3), l, col))
          .field("at", l, col, SyntaxTree.string(c.get(4), l, col));
      if (!c.get(5).isEmpty()) {
        event.field("comment", l, col, SyntaxTree.string(c.get(5), l, col));
      }
      Feedback fb = read(RecordType.FEEDBACK, event, row.source);
      if (fb != null) {
        out.add(new Located<>(fb, row.source, l, col));
      }
    }
    return out;
  }
}
