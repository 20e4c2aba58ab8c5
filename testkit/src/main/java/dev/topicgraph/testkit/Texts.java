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

  /** Fragments of Markdown block structure, for prose. */
  static final List<String> BLOCKS = List.of(
      "- first\n- second", "1. one\n2. two", "> quoted line", "```\ncode block\n```",
      "    indented code", "## Not a section", "# Title-like", "| h1 | h2 |\n|----|----|\n| a | b |",
      "---", "line one\nline two", "para one\n\npara two", "\ttabbed", "trailing  \nhard break",
      "<!-- comment -->", "[ref]: https://example.org");
}
