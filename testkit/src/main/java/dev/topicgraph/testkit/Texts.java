package dev.topicgraph.testkit;

import java.util.List;

/** Fragments of awkward text that formats must carry unchanged. */
final class Texts {
  private Texts() {}

  /** Plain words. */
  static final List<String> WORDS = List.of(
      "activation", "warehouse", "segment", "audience", "pipeline", "marketing", "engineering",
      "latency", "budget", "ownership", "consent", "identity", "schema", "connector", "cost",
      "governance", "signal", "model", "real-time", "batch", "API", "SQL", "dbt", "on-call",
      "team", "vendor", "pattern", "trade-off", "evaluation", "decision");

  /**
   * Fragments that mean something to YAML, Markdown or JSON, or that stress Unicode handling. None
   * starts or ends with white space.
   */
  static final List<String> AWKWARD = List.of(
      "no", "on", "off", "yes", "null", "~", "true", "False", "NaN", ".inf", "2026-01-01",
      "12:30", "0x1F", "1e3", "007", "-1", "3.14", "-", "- item", "* item", "+", "1.", "1)",
      "#", "## Heading", "#hashtag", "|", "| a | b |", "---", "***", "___", "===", "```", "~~~",
      "`code`", "**bold**", "_em_", "[link](https://example.org)", "<div>", "</p>", "&amp;", "&#35;",
      "\\", "\\n", "\"quoted\"", "'single'", "''", "\"\"", ":", "key: value", "{", "}", "[", "]",
      "{a: 1}", "[1, 2]", ">", "> quote", "!", "%", "@", "&anchor", "*alias", "!tag", "?", ",",
      "$", "^", "Café", "naïve", "Ærø", "数据", "データ", "שלום", "مرحبا", "😀", "🚀", "👩‍💻",
      "e\u0301", "a\u00A0b", "x\u200By", "x\uFEFFy", "a\u2028b");

  /**
   * Words that a YAML 1.1 or 1.2 reader takes for something other than text when they stand alone as
   * a whole value: booleans, nulls, dates, times, numbers in several notations.
   */
  static final List<String> YAML_WORDS = List.of(
      "no", "No", "NO", "yes", "Yes", "y", "n", "on", "off", "true", "False", "null", "Null", "NULL", "~",
      "2026-01-01", "2026-01-01T10:00:00Z", "12:30", "1e3", "1E3", "0x1F", "0o17", "007", "-1", "+1", ".5",
      "3.14", "1_000", ".inf", "-.inf", ".nan", "NaN");

  /** Fragments of Markdown block structure, for prose. */
  static final List<String> BLOCKS = List.of(
      "- first\n- second", "1. one\n2. two", "> quoted line", "```\ncode block\n```",
      "    indented code", "## Not a section", "# Title-like", "| h1 | h2 |\n|----|----|\n| a | b |",
      "---", "line one\nline two", "para one\n\npara two", "\ttabbed", "trailing  \nhard break",
      "<!-- comment -->", "[ref]: https://example.org");
}
