package dev.topicgraph.io.markdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * One page split into its YAML front matter, parsed into {@link Entry entries}, and its Markdown body.
 * Problems are reported to the collector with the page's name and lines counted from the top of
 * the file.
 */
final class Page {
  /** A front-matter value: a scalar, a list of scalars, or a map of scalars. */
  static final class Entry {
    final String key;
    final int keyLine;
    final int keyColumn;
    final int line;
    final int column;
    final String scalar;
    final JsonToken token;
    final List<Entry> items;
    final Map<String, Entry> map;

    Entry(String key, int keyLine, int keyColumn, int line, int column, String scalar, JsonToken token,
        List<Entry> items, Map<String, Entry> map) {
      this.key = key;
      this.keyLine = keyLine;
      this.keyColumn = keyColumn;
      this.line = line;
      this.column = column;
      this.scalar = scalar;
      this.token = token;
      this.items = items;
      this.map = map;
    }

    boolean isScalar() {
      return scalar != null;
    }
  }

  private static final YAMLFactory YAML = YAMLFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build())
      .build();

  final String source;
  final Map<String, Entry> frontMatter;
  final String body;
  /** The 1-based line of the file on which the body starts. */
  final int bodyLine;

  private Page(String source, Map<String, Entry> frontMatter, String body, int bodyLine) {
    this.source = source;
    this.frontMatter = frontMatter;
    this.body = body;
    this.bodyLine = bodyLine;
  }

  /** Splits and parses a page; returns null after reporting why when the page has no usable front matter. */
  static Page parse(String source, String text, Problems c, int maxString) {
    String t = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n") : text;
    if (t.startsWith("\uFEFF")) {
      t = t.substring(1);
    }
    if (!t.startsWith("---\n")) {
      error(c, source, "md.front-matter", "a page starts with a line \"---\" that opens its YAML front matter", 1, 1);
      return null;
    }
    int end = -1;
    int line = 2;
    int pos = 4;
    while (pos <= t.length()) {
      int next = t.indexOf('\n', pos);
      String l = next < 0 ? t.substring(pos) : t.substring(pos, next);
      if (l.equals("---")) {
        end = pos;
        break;
      }
      if (next < 0) {
        break;
      }
      pos = next + 1;
      line++;
    }
    if (end < 0) {
      error(c, source, "md.front-matter", "the front matter opened on line 1 never ends; expected a line \"---\"",
          1, 1);
      return null;
    }
    String yaml = t.substring(4, end);
    int bodyStart = Math.min(t.length(), end + 4);
    Map<String, Entry> entries = yaml(source, yaml, c, maxString);
    if (entries == null) {
      return null;
    }
    return new Page(source, entries, t.substring(bodyStart), line + 1);
  }

  private static Map<String, Entry> yaml(String source, String yaml, Problems c, int maxString) {
    Map<String, Entry> out = new LinkedHashMap<>();
    try (YAMLParser p = (YAMLParser) YAML.createParser(ObjectReadContext.empty(), yaml)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return out;
      }
      if (t != JsonToken.START_OBJECT) {
        at(c, source, "md.front-matter", "the front matter must be a YAML mapping of keys to values", p);
        return null;
      }
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String key = p.currentName();
        int line = line(p);
        int column = column(p);
        p.nextToken();
        if (!fits(c, source, key, key, line, column, maxString)) {
          return null;
        }
        Entry e = value(source, key, line, column, p, c, true, maxString);
        if (e == null) {
          return null;
        }
        if (out.putIfAbsent(key, e) != null) {
          error(c, source, "md.duplicate-field", "the key \"" + key + "\" appears more than once", line, column);
        }
      }
      if (t == JsonToken.END_OBJECT && (t = p.nextToken()) != null) {
        at(c, source, "md.front-matter", "the front matter holds more than one YAML document (after \"...\" or "
            + "\"---\"); a page has one mapping of keys to values", p);
        return null;
      }
      return out;
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      String message = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage().strip();
      int nl = message.indexOf('\n');
      error(c, source, "md.yaml", "malformed YAML front matter: " + (nl > 0 ? message.substring(0, nl) : message),
          loc == null ? 1 : Math.max(1, loc.getLineNr() + 1), loc == null ? 0 : Math.max(0, loc.getColumnNr()));
      return null;
    } catch (RuntimeException e) {
      // A YAML parser failing on input in a way it does not document: still bad input, not a crash.
      error(c, source, "md.yaml", "the YAML parser could not read this front matter (" + e.getClass().getSimpleName()
          + ")", 1, 1);
      return null;
    }
  }

  private static Entry value(String source, String key, int line, int column, YAMLParser p, Problems c,
      boolean top, int maxString) {
    if (p.isCurrentAlias() || p.getObjectId() != null) {
      at(c, source, "md.yaml", "YAML anchors and aliases are not allowed in front matter (at \"" + key + "\")", p);
      return null;
    }
    JsonToken t = p.currentToken();
    if (t.isScalarValue()) {
      String text = p.getString();
      if (!fits(c, source, key, text, line(p), column(p), maxString)) {
        return null;
      }
      return new Entry(key, line, column, line(p), column(p), text, t, null, null);
    }
    if (!top) {
      at(c, source, "md.yaml", "\"" + key + "\" nests too deep; front matter values are scalars, lists of "
          + "scalars, or one level of key: value pairs", p);
      return null;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Entry> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Entry item = value(source, key, line, column, p, c, false, maxString);
        if (item == null) {
          return null;
        }
        items.add(item);
      }
      return new Entry(key, line, column, line, column, null, t, items, null);
    }
    Map<String, Entry> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String k = p.currentName();
      int l = line(p);
      int col = column(p);
      if (!fits(c, source, key, k, l, col, maxString)) {
        return null;
      }
      p.nextToken();
      Entry item = value(source, key + "." + k, l, col, p, c, false, maxString);
      if (item == null) {
        return null;
      }
      if (map.putIfAbsent(k, item) != null) {
        error(c, source, "md.duplicate-field", "the key \"" + k + "\" appears more than once in \"" + key + "\"", l,
            col);
      }
    }
    return new Entry(key, line, column, line, column, null, t, null, map);
  }

  /** Reports a key or value longer than {@code ReadOptions.maxStringLength}. */
  private static boolean fits(Problems c, String source, String key, String text, int line, int column, int max) {
    if (text != null && text.length() > max) {
      error(c, source, "md.limit", "\"" + key + "\" has " + text.length() + " characters, more than the limit of "
          + max + " (ReadOptions.maxStringLength)", line, column);
      return false;
    }
    return true;
  }

  /** The line in the file: the YAML starts on line 2, after the opening "---". */
  private static int line(YAMLParser p) {
    return Math.max(1, p.currentTokenLocation().getLineNr()) + 1;
  }

  private static int column(YAMLParser p) {
    return Math.max(1, p.currentTokenLocation().getColumnNr());
  }

  private static void at(Problems c, String source, String code, String message, YAMLParser p) {
    error(c, source, code, message, line(p), column(p));
  }

  static void error(Problems c, String source, String code, String message, int line, int column) {
    c.error(source, code, message, line, column);
  }
}
