package dev.topicgraph.io.html;

/** The stylesheet and icon of every site. */
final class Style {
  private Style() {}

  static final String CSS = String.join("\n",
      ":root { --ink: #1d2430; --muted: #5a6472; --line: #d8dde4; --paper: #ffffff; --wash: #f4f6f9;",
      "  --accent: #1f5fbf; --chip: #e8eef8; }",
      "* { box-sizing: border-box; }",
      "body { margin: 0; font: 16px/1.55 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif;",
      "  color: var(--ink); background: var(--wash); }",
      "header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }",
      "header { padding-top: 1.25rem; }",
      "header a { color: var(--accent); text-decoration: none; font-weight: 600; }",
      "main { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;",
      "  margin-top: .75rem; padding: 1.5rem 1.75rem; }",
      "footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; }",
      "h1 { font-size: 1.8rem; line-height: 1.25; margin: .4rem 0 .8rem; }",
      "h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; }",
      "h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }",
      "a { color: var(--accent); }",
      "code { font-size: .85em; color: var(--muted); }",
      ".chip { display: inline-block; background: var(--chip); border-radius: 999px; padding: .05rem .6rem;",
      "  font-size: .8rem; margin-right: .2rem; }",
      ".chip.lens { background: #dff3e6; }",
      ".lead, .audience, .standing, .meta, .none { color: var(--muted); }",
      ".tags { font-size: .85rem; color: var(--muted); }",
      ".versus { color: var(--muted); font-style: italic; }",
      "ul.plain, ol.backlog, ul.relations { padding-left: 0; list-style: none; }",
      "ol.backlog > li { border-top: 1px solid var(--line); padding: .8rem 0; }",
      "ol.backlog h3 { margin: .1rem 0 .3rem; }",
      ".rank { float: right; color: var(--muted); font-weight: 700; margin: 0; }",
      "dl.counts { display: flex; gap: 1.2rem; margin: .3rem 0; font-size: .9rem; }",
      "dl.counts div { display: flex; gap: .35rem; }",
      "dl.counts dt { color: var(--muted); }",
      "dl.counts dd { margin: 0; font-weight: 600; }",
      "details.why summary { cursor: pointer; color: var(--accent); font-size: .9rem; }",
      "ul.explanation { font-size: .85rem; padding-left: 1.1rem; margin: .2rem 0; }",
      "ul.explanation .value { font-family: ui-monospace, monospace; }",
      "ul.relations li { border-left: 3px solid var(--chip); padding: .3rem .7rem; margin: .5rem 0; }",
      ".rationale { margin: .25rem 0 0; color: var(--muted); font-size: .92rem; }",
      ".feedback { border-top: 1px solid var(--line); margin-top: 1.5rem; }",
      "fieldset { border: 1px solid var(--line); border-radius: 8px; }",
      "fieldset label { margin-right: .9rem; }",
      "button { background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: .45rem 1rem;",
      "  font: inherit; cursor: pointer; }",
      "pre { white-space: pre-wrap; }",
      "");

  static final String ICON = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">"
      + "<circle cx=\"4\" cy=\"4\" r=\"3\" fill=\"#1f5fbf\"/><circle cx=\"12\" cy=\"6\" r=\"3\" fill=\"#1f5fbf\"/>"
      + "<circle cx=\"6\" cy=\"12\" r=\"3\" fill=\"#1f5fbf\"/>"
      + "<path d=\"M4 4L12 6L6 12Z\" fill=\"none\" stroke=\"#1f5fbf\"/></svg>\n";
}
