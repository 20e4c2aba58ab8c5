package dev.topicgraph.io.html;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.topicgraph.api.scoring.Explanation;
import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Pattern;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import dev.topicgraph.model.Tradeoff;
import dev.topicgraph.model.Vendor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The pages of the static site for one graph and one ranking: an index with the ranked backlog, a
 * page per topic and a page per node. {@link HtmlFormat}'s writer writes {@link #files()}; a server
 * renders single pages with {@link #index()}, {@link #topicPage(NodeId, FeedbackPanel)} and {@link
 * #nodePage(NodeId)}.
 *
 * <p>Every page is self-contained but for the stylesheet and icon beside it ({@value #STYLESHEET},
 * {@value #ICON}, linked relatively): no script, no external asset. Every text from the graph is
 * escaped, links are {@code http}, {@code https} or relative, and the same graph and ranking always
 * give the same bytes. Pages show feedback as counts (ratings, interested reviewers), never reviewer
 * ids or comments.
 *
 * <p>The site is laid out as {@code index.html}, {@code topics/<id>.html} and {@code
 * nodes/<id>.html}; {@link #pathOf(NodeId)} gives a page's path.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlSite {
  /** The stylesheet's file name, at the root of the site. */
  public static final String STYLESHEET = "site.css";
  /** The icon's file name, at the root of the site. */
  public static final String ICON = "icon.svg";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

  private final TopicGraph graph;
  private final List<RankedTopic> ranking;
  private final Map<NodeId, RankedTopic> byTopic;
  private final Map<NodeId, Integer> interested;
  private final Instant asOf;
  private final FeedbackPanel panel;

  private HtmlSite(TopicGraph graph, List<RankedTopic> ranking, Map<NodeId, Integer> interested, Instant asOf,
      FeedbackPanel panel) {
    this.graph = graph;
    this.ranking = ranking;
    this.interested = interested;
    this.asOf = asOf;
    this.panel = panel;
    Map<NodeId, RankedTopic> index = new HashMap<>();
    for (RankedTopic r : ranking) {
      index.put(r.topic().id(), r);
    }
    this.byTopic = index;
  }

  /**
   * Returns the site of a graph ranked as of an instant from the graph's own feedback, with the
   * default {@link PriorityScorer}. Topic pages show {@link FeedbackPanel#signInRequired()}.
   *
   * @param graph the graph
   * @param asOf the instant of the ranking
   * @return the site
   */
  public static HtmlSite of(TopicGraph graph, Instant asOf) {
    requireNonNull(graph, "graph");
    return of(graph, PriorityScorer.withDefaults().live(graph, requireNonNull(asOf, "asOf")));
  }

  /**
   * Returns the site of a graph with the current ranking of a live backlog, taken in one consistent
   * view. Topic pages show {@link FeedbackPanel#signInRequired()}.
   *
   * @param graph the graph the backlog ranks (its nodes and topics)
   * @param backlog the backlog
   * @return the site
   */
  public static HtmlSite of(TopicGraph graph, LiveBacklog backlog) {
    requireNonNull(graph, "graph");
    requireNonNull(backlog, "backlog");
    List<RankedTopic> ranking;
    Map<NodeId, Integer> counts = new HashMap<>();
    Instant asOf;
    synchronized (backlog) { // the backlog's methods hold its monitor, so these calls see one state
      ranking = backlog.ranking();
      for (RankedTopic r : ranking) {
        counts.put(r.topic().id(), backlog.interestedReviewers(r.topic().id()).size());
      }
      asOf = backlog.asOf();
    }
    return new HtmlSite(graph, ranking, counts, asOf, FeedbackPanel.signInRequired());
  }

  /**
   * Returns this site with topic pages that show {@code panel}.
   *
   * @param panel the panel of {@link #files()} and {@link #topicPage(NodeId)}
   * @return the site
   */
  public HtmlSite withFeedbackPanel(FeedbackPanel panel) {
    return new HtmlSite(graph, ranking, interested, asOf, requireNonNull(panel, "panel"));
  }

  /**
   * Returns the instant of the ranking.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the path of an id's page, relative to the root of the site.
   *
   * @param id a topic or node id
   * @return {@code topics/<id>.html} for a topic, {@code nodes/<id>.html} for a node
   */
  public static String pathOf(NodeId id) {
    return (id.kind() == NodeKind.TOPIC ? "topics/" : "nodes/") + id.value() + ".html";
  }

  /**
   * Returns every file of the site: the index, a page per topic and per node, the stylesheet and the icon.
   *
   * @return path relative to the root of the site (with {@code /}) to UTF-8 text, sorted by path
   */
  public SortedMap<String, String> files() {
    TreeMap<String, String> files = new TreeMap<>();
    files.put("index.html", index());
    files.put(STYLESHEET, stylesheet());
    files.put(ICON, icon());
    for (Topic t : graph.topics()) {
      files.put(pathOf(t.id()), topicPage(t.id()));
    }
    for (Node n : graph.nodes()) {
      files.put(pathOf(n.id()), nodePage(n.id()));
    }
    return Collections.unmodifiableSortedMap(files);
  }

  /**
   * Returns the stylesheet of every page.
   *
   * @return CSS
   */
  public static String stylesheet() {
    return Style.CSS;
  }

  /**
   * Returns the site's icon.
   *
   * @return SVG
   */
  public static String icon() {
    return Style.ICON;
  }

  /**
   * Returns the index: the ranked backlog, then the topics that are not ranked, then every node by kind.
   *
   * @return the page
   */
  public String index() {
    Html h = new Html();
    head(h, "Proposed topics", "");
    h.raw("<header><nav aria-label=\"Site\"><a href=\"index.html\">Topic backlog</a></nav></header>\n<main>\n");
    h.element("h1", "Proposed topics").nl();
    // A datetime value holds at most three digits of a second.
    String when = asOf.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    h.open("p", "class", "lead").text("The backlog ranked as of ").element("time", format(asOf), "datetime", when)
        .text(". Reader feedback re-weights the priority; open \u201cwhy\u201d for the arithmetic.").close("p").nl();
    h.raw("<section aria-labelledby=\"ranked\">\n").element("h2", "Ranked backlog", "id", "ranked").nl();
    if (ranking.isEmpty()) {
      h.element("p", "No topic is ranked as of this instant.").nl();
    } else {
      h.raw("<ol class=\"backlog\">\n");
      for (RankedTopic r : ranking) {
        Topic t = r.topic();
        h.open("li", "id", "rank-" + r.rank()).nl();
        h.open("p", "class", "rank").text("#" + r.rank()).close("p");
        h.open("h3").element("a", t.title(), "href", pathOf(t.id())).close("h3").nl();
        chips(h, t);
        h.open("dl", "class", "counts");
        count(h, "score", String.format(Locale.ROOT, "%.3f", r.score()));
        count(h, "ratings", Integer.toString(r.reviewers()));
        count(h, "interested reviewers", Integer.toString(interested.getOrDefault(t.id(), 0)));
        h.close("dl").nl();
        h.raw("<details class=\"why\"><summary>why</summary>\n");
        explanation(h, r.explanation());
        h.raw("</details>\n</li>\n");
      }
      h.raw("</ol>\n");
    }
    h.raw("</section>\n");
    List<Topic> others = new ArrayList<>();
    for (Topic t : graph.topics()) {
      if (!byTopic.containsKey(t.id())) {
        others.add(t);
      }
    }
    if (!others.isEmpty()) {
      h.raw("<section aria-labelledby=\"others\">\n").element("h2", "Not ranked", "id", "others").nl();
      h.element("p", "Published or rejected topics, and topics proposed after the instant of the ranking.").nl();
      h.raw("<ul class=\"plain\">\n");
      for (Topic t : others) {
        h.open("li").element("a", t.title(), "href", pathOf(t.id())).text(" \u2014 " + statusOf(t)).close("li")
            .nl();
      }
      h.raw("</ul>\n</section>\n");
    }
    if (!graph.nodes().isEmpty()) {
      h.raw("<section aria-labelledby=\"nodes\">\n").element("h2", "Knowledge graph", "id", "nodes").nl();
      for (NodeKind kind : NodeKind.values()) {
        List<Node> of = new ArrayList<>();
        for (Node n : graph.nodes()) {
          if (n.id().kind() == kind) {
            of.add(n);
          }
        }
        if (of.isEmpty()) {
          continue;
        }
        h.element("h3", plural(kind)).nl().raw("<ul class=\"plain\">\n");
        for (Node n : of) {
          h.open("li").element("a", n.title(), "href", pathOf(n.id())).text(" ").element("code", n.id().value())
              .close("li").nl();
        }
        h.raw("</ul>\n");
      }
      h.raw("</section>\n");
    }
    h.raw("</main>\n");
    foot(h);
    return h.toString();
  }

  /**
   * Returns a topic's page with this site's feedback panel.
   *
   * @param topic the topic's id
   * @return the page
   * @throws IllegalArgumentException if the graph has no such topic
   */
  public String topicPage(NodeId topic) {
    return topicPage(topic, panel);
  }

  /**
   * Returns a topic's page with the given feedback panel.
   *
   * @param topic the topic's id
   * @param panel what the page's feedback part shows
   * @return the page
   * @throws IllegalArgumentException if the graph has no such topic
   */
  public String topicPage(NodeId topic, FeedbackPanel panel) {
    requireNonNull(panel, "panel");
    Topic t = graph.topic(requireNonNull(topic, "topic"))
        .orElseThrow(() -> new IllegalArgumentException("the graph has no topic " + topic));
    Html h = new Html();
    head(h, t.title(), "../");
    h.raw("<header><nav aria-label=\"Site\"><a href=\"../index.html\">\u2190 All proposed topics</a></nav>"
        + "</header>\n<main>\n<article>\n");
    chips(h, t);
    h.element("h1", t.title()).nl();
    t.audience().ifPresent(a -> h.open("p", "class", "audience").text("For: ").element("strong", a).close("p").nl());
    RankedTopic r = byTopic.get(t.id());
    h.open("p", "class", "standing");
    if (r != null) {
      h.text(String.format(Locale.ROOT, "Rank %d of %d \u00b7 score %.3f \u00b7 %d %s \u00b7 %d interested %s",
          r.rank(), ranking.size(), r.score(), r.reviewers(), r.reviewers() == 1 ? "rating" : "ratings",
          interested.getOrDefault(t.id(), 0), interested.getOrDefault(t.id(), 0) == 1 ? "reviewer" : "reviewers"));
    } else {
      h.text("Not ranked as of " + format(asOf) + ": " + statusOf(t) + ".");
    }
    h.close("p").nl();
    if (!t.angle().isEmpty()) {
      h.element("h2", "Angle").nl();
      paragraphs(h, t.angle());
    }
    t.keyDecision().ifPresent(k -> h.element("h2", "Key decision this helps with").nl().element("p", k).nl());
    if (!t.tradeoffs().isEmpty()) {
      h.element("h2", "Trade-offs the article will map").nl().raw("<ul>\n");
      for (Tradeoff x : t.tradeoffs()) {
        h.open("li").text(x.left()).element("span", " vs. ", "class", "versus").text(x.right()).close("li").nl();
      }
      h.raw("</ul>\n");
    }
    if (!t.openQuestions().isEmpty()) {
      h.element("h2", "Open questions and uncertainties").nl().raw("<ul>\n");
      for (String q : t.openQuestions()) {
        h.element("li", q).nl();
      }
      h.raw("</ul>\n");
    }
    if (!t.drawsFrom().isEmpty()) {
      h.element("h2", "Knowledge-graph nodes this draws from").nl().raw("<ul class=\"plain\">\n");
      for (NodeId id : t.drawsFrom()) {
        h.open("li");
        nodeLink(h, id, "../");
        h.close("li").nl();
      }
      h.raw("</ul>\n");
    }
    h.raw("</article>\n");
    feedbackPanel(h, t, panel);
    h.raw("</main>\n");
    foot(h);
    return h.toString();
  }

  /**
   * Returns a node's page.
   *
   * @param node the node's id
   * @return the page
   * @throws IllegalArgumentException if the graph has no such node
   */
  public String nodePage(NodeId node) {
    Node n = graph.node(requireNonNull(node, "node"))
        .orElseThrow(() -> new IllegalArgumentException("the graph has no node " + node));
    Html h = new Html();
    head(h, n.title(), "../");
    h.raw("<header><nav aria-label=\"Site\"><a href=\"../index.html\">\u2190 All proposed topics</a></nav>"
        + "</header>\n<main>\n<article>\n");
    h.open("p", "class", "kind").element("span", label(n), "class", "chip").text(" ").element("code", n.id().value())
        .close("p").nl();
    h.element("h1", n.title()).nl();
    if (!n.summary().isEmpty()) {
      paragraphs(h, n.summary());
    }
    List<String> meta = new ArrayList<>();
    n.confidence().ifPresent(c -> meta.add("confidence " + Math.round(c * 100) + "%"));
    n.version().ifPresent(v -> meta.add("v" + v));
    n.reviewed().ifPresent(d -> meta.add("reviewed " + DAY.format(d)));
    if (n instanceof Vendor) {
      ((Vendor) n).category().ifPresent(c -> meta.add("category " + c));
    }
    if (!meta.isEmpty() || !n.tags().isEmpty()) {
      h.raw("<p class=\"meta\">");
      for (String m : meta) {
        h.element("span", m, "class", "chip");
        h.text(" ");
      }
      if (!n.tags().isEmpty()) {
        h.element("span", String.join(", ", n.tags()), "class", "tags");
      }
      h.raw("</p>\n");
    }
    for (Section s : n.sections()) {
      h.raw("<section>\n").element("h2", s.heading()).nl().raw(Markdown.render(s.body())).raw("</section>\n");
    }
    if (!n.sources().isEmpty()) {
      h.element("h2", "Sources").nl().raw("<ul>\n");
      for (Source s : n.sources()) {
        h.open("li");
        Optional<String> href = s.url().flatMap(Links::allowed);
        if (href.isPresent()) {
          h.element("a", s.title(), "href", href.get());
        } else {
          h.text(s.title());
        }
        s.publisher().ifPresent(p -> h.text(", " + p));
        s.published().ifPresent(d -> h.text(", ").element("time", DAY.format(d), "datetime", d.toString()));
        h.close("li").nl();
      }
      h.raw("</ul>\n");
    }
    h.raw("</article>\n<section aria-labelledby=\"related\">\n").element("h2", "Related", "id", "related").nl();
    h.element("h3", "This node \u2192").nl();
    relations(h, graph.relationsFrom(n.id()), true);
    h.element("h3", "\u2190 Referenced by").nl();
    relations(h, graph.referencedBy(n.id()), false);
    h.element("h3", "Topics drawing on this node").nl();
    List<Topic> topics = graph.topicsDrawingOn(n.id());
    if (topics.isEmpty()) {
      h.element("p", "None.", "class", "none").nl();
    } else {
      h.raw("<ul class=\"plain\">\n");
      for (Topic t : topics) {
        h.open("li").element("a", t.title(), "href", "../" + pathOf(t.id())).close("li").nl();
      }
      h.raw("</ul>\n");
    }
    h.raw("</section>\n</main>\n");
    foot(h);
    return h.toString();
  }

  private void relations(Html h, List<Relation> relations, boolean outgoing) {
    if (relations.isEmpty()) {
      h.element("p", "None.", "class", "none").nl();
      return;
    }
    h.raw("<ul class=\"relations\">\n");
    for (Relation r : relations) {
      h.open("li").element("span", r.type().name(), "class", "chip").text(" ");
      nodeLink(h, outgoing ? r.to() : r.from(), "../");
      if (!r.rationale().isEmpty()) {
        h.element("p", r.rationale(), "class", "rationale");
      }
      h.close("li").nl();
    }
    h.raw("</ul>\n");
  }

  /** A link to a node's page, or its id as text when the graph lacks it (a lenient graph). */
  private void nodeLink(Html h, NodeId id, String up) {
    Optional<Node> node = graph.node(id);
    if (node.isPresent()) {
      h.element("a", node.get().title(), "href", up + pathOf(id)).text(" ").element("code", id.value());
    } else {
      h.element("code", id.value()).text(" (not in the graph)");
    }
  }

  private void feedbackPanel(Html h, Topic t, FeedbackPanel p) {
    h.raw("<section class=\"feedback\" aria-labelledby=\"feedback\">\n")
        .element("h2", "Your feedback", "id", "feedback").nl();
    h.element("p", "Signed-in feedback re-weights this backlog's priority the next time it is ranked, and counts "
        + "you as an interested reviewer if you opt in.").nl();
    if (p.action().isEmpty()) {
      h.element("p", "How interested are you in this topic?", "class", "question").nl();
      h.open("p", "class", "sign-in").text("Sign-in required.");
      p.signInHref().ifPresent(href -> h.text(" ").element("a", "Sign in", "href", href));
      h.close("p").nl();
    } else {
      h.open("form", "method", "post", "action", p.action().get()).nl();
      h.open("input", "type", "hidden", "name", FeedbackPanel.TOPIC, "value", t.id().value()).nl();
      for (Map.Entry<String, String> e : p.hiddenFields().entrySet()) {
        h.open("input", "type", "hidden", "name", e.getKey(), "value", e.getValue()).nl();
      }
      h.raw("<fieldset>\n").element("legend", "How interested are you in this topic?").nl();
      String[] words = {"not at all", "a little", "somewhat", "quite", "very"};
      for (int i = 1; i <= 5; i++) {
        String id = "interest-" + i;
        h.open("input", "type", "radio", "id", id, "name", FeedbackPanel.INTEREST, "value", Integer.toString(i))
            .open("label", "for", id).text(i + " \u2013 " + words[i - 1]).close("label").nl();
      }
      h.raw("</fieldset>\n");
      h.open("p").open("input", "type", "checkbox", "id", "opt-in", "name", FeedbackPanel.OPT_IN, "value", "true")
          .open("label", "for", "opt-in").text("Count me as an interested reviewer of this article").close("label")
          .close("p").nl();
      h.raw("<p><button type=\"submit\">Send feedback</button></p>\n</form>\n");
    }
    h.raw("</section>\n");
  }

  private static void chips(Html h, Topic t) {
    if (t.lens().isEmpty() && t.channels().isEmpty()) {
      return;
    }
    h.raw("<p class=\"chips\">");
    t.lens().ifPresent(l -> h.element("span", l, "class", "chip lens").text(" "));
    for (String c : t.channels()) {
      h.element("span", c, "class", "chip").text(" ");
    }
    h.raw("</p>\n");
  }

  private static void count(Html h, String name, String value) {
    h.open("div").element("dt", name).element("dd", value).close("div");
  }

  private static void explanation(Html h, Explanation e) {
    // Explanations are a few levels deep (the scorer builds them), so recursion is bounded.
    h.raw("<ul class=\"explanation\">\n");
    h.open("li").element("span", String.format(Locale.ROOT, "%.4f", e.value()), "class", "value").text(" ")
        .text(e.description());
    if (!e.children().isEmpty()) {
      h.nl();
      for (Explanation c : e.children()) {
        explanation(h, c);
      }
    }
    h.close("li").nl().raw("</ul>\n");
  }

  /** Prose as paragraphs, split at blank lines. */
  private static void paragraphs(Html h, String prose) {
    for (String p : prose.split("\n\\s*\n")) {
      if (!p.isBlank()) {
        h.element("p", p.strip()).nl();
      }
    }
  }

  private String statusOf(Topic t) {
    if (t.status() != TopicStatus.PROPOSED) {
      return t.status().wireName();
    }
    return "proposed " + DAY.format(t.proposed());
  }

  private static String label(Node n) {
    if (n instanceof OrgDimension) {
      return "Organization dimension";
    } else if (n instanceof Vendor) {
      return "Vendor";
    } else if (n instanceof Pattern) {
      return "Pattern";
    }
    return "Node";
  }

  private static String plural(NodeKind kind) {
    switch (kind) {
      case ORG_DIMENSION:
        return "Organization dimensions";
      case VENDOR:
        return "Vendors";
      case PATTERN:
        return "Patterns";
      default:
        return "Other nodes";
    }
  }

  private static String format(Instant instant) {
    LocalDate day = instant.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    java.time.LocalTime t = instant.atZone(java.time.ZoneOffset.UTC).toLocalTime();
    String time = String.format(Locale.ROOT, t.getSecond() == 0 && t.getNano() == 0 ? "%02d:%02d" : "%02d:%02d:%02d",
        t.getHour(), t.getMinute(), t.getSecond());
    return DAY.format(day) + ", " + time + " UTC";
  }

  private static void head(Html h, String title, String up) {
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.element("title", title).nl();
    h.open("link", "rel", "stylesheet", "href", up + STYLESHEET).nl();
    h.open("link", "rel", "icon", "href", up + ICON, "type", "image/svg+xml").nl();
    h.raw("</head>\n<body>\n");
  }

  private static void foot(Html h) {
    h.raw("<footer><p>Written by topicgraph.</p></footer>\n</body>\n</html>\n");
  }
}
