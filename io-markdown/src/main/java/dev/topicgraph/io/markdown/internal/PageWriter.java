package dev.topicgraph.io.markdown.internal;

import dev.topicgraph.api.scoring.ScoringConfig;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Tradeoff;
import dev.topicgraph.model.Vendor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import tools.jackson.core.io.NumberOutput;

/** Renders the canonical pages of a graph. Stateless and thread-safe. */
final class PageWriter {
  private PageWriter() {}

  /** Section headings of a node page that are not the node's own sections. */
  static final Set<String> RESERVED = Set.of("Sources", "Relations", "Referenced by");

  static final String SOURCES = "Sources";
  static final String RELATIONS = "Relations";
  static final String REFERENCED_BY = "Referenced by";
  static final String ANGLE = "Angle";
  static final String KEY_DECISION = "Key decision";
  static final String TRADEOFFS = "Trade-offs";
  static final String OPEN_QUESTIONS = "Open questions";
  static final String DRAWS_FROM = "Draws from";
  static final String FEEDBACK = "Feedback";
  /** The section of a topic page that counts its feedback; derived, so not read back. */
  static final String READER_INTEREST = "Reader interest";
  /** The least rating of an interested reviewer: the scoring default, so that pages count as the backlog does. */
  private static final int INTERESTED_FROM = ScoringConfig.defaults().optInMinInterest();
  static final String VS = " **vs.** ";

  private static final Parser CHECK = Parser.builder().includeSourceSpans(IncludeSourceSpans.NONE).build();
  private static final String SENTINEL = "\n\n## \u2063sentinel\u2063\n";

  /** Thrown when a value cannot be written as a page without changing it. */
  static final class Unwritable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Unwritable(String message) {
      super(message);
    }
  }

  static String nodePage(TopicGraph graph, dev.topicgraph.model.Node n) {
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("id: ").append(n.id()).append('\n');
    sb.append("title: ").append(Text.yaml(n.title())).append('\n');
    if (n instanceof Vendor) {
      ((Vendor) n).category().ifPresent(c -> sb.append("category: ").append(c).append('\n'));
    }
    if (n.confidence().isPresent()) {
      sb.append("confidence: ").append(NumberOutput.toString(n.confidence().getAsDouble(), true)).append('\n');
    }
    if (n.version().isPresent()) {
      sb.append("version: ").append(n.version().getAsInt()).append('\n');
    }
    n.reviewed().ifPresent(d -> sb.append("reviewed: ").append(d).append('\n'));
    list(sb, "tags", n.tags());
    extra(sb, n.extra());
    sb.append("---\n\n# ").append(n.title()).append('\n');
    prose(sb, n.summary(), n.id(), "summary");
    for (int i = 0; i < n.sections().size(); i++) {
      Section s = n.sections().get(i);
      sb.append("\n## ").append(Text.heading(s.heading(), RESERVED)).append('\n');
      prose(sb, s.body(), n.id(), "section \"" + s.heading() + "\"");
    }
    if (!n.sources().isEmpty()) {
      sb.append("\n## ").append(SOURCES).append("\n\n| Title | URL | Publisher | Published |\n|---|---|---|---|\n");
      for (Source s : n.sources()) {
        row(sb, Text.inline(s.title()), s.url().map(u -> "<" + u + ">").orElse(""),
            s.publisher().map(Text::inline).orElse(""), s.published().map(Object::toString).orElse(""));
      }
    }
    List<Relation> out = graph.relationsFrom(n.id());
    if (!out.isEmpty()) {
      sb.append("\n## ").append(RELATIONS).append("\n\n");
      for (Relation r : out) {
        sb.append("- ").append(r.type()).append(' ').append(link(graph, r.to(), "")).append(": ")
            .append(Text.inline(r.rationale())).append('\n');
      }
    }
    List<Relation> in = graph.referencedBy(n.id());
    if (!in.isEmpty()) {
      sb.append("\n## ").append(REFERENCED_BY).append("\n\n");
      for (Relation r : in) {
        sb.append("- ").append(Text.inline(r.type().inverseLabel())).append(' ').append(link(graph, r.from(), ""))
            .append(": ").append(Text.inline(r.rationale())).append('\n');
      }
    }
    return sb.toString();
  }

  static String topicPage(TopicGraph graph, Topic t, boolean events) {
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("id: ").append(t.id()).append('\n');
    sb.append("title: ").append(Text.yaml(t.title())).append('\n');
    t.lens().ifPresent(l -> sb.append("lens: ").append(l).append('\n'));
    list(sb, "channels", t.channels());
    t.audience().ifPresent(a -> sb.append("audience: ").append(Text.yaml(a)).append('\n'));
    sb.append("status: ").append(t.status().wireName()).append('\n');
    sb.append("proposed: ").append(t.proposed()).append('\n');
    extra(sb, t.extra());
    sb.append("---\n\n# ").append(t.title()).append('\n');
    if (!t.angle().isEmpty()) {
      sb.append("\n## ").append(ANGLE).append('\n');
      prose(sb, t.angle(), t.id(), "angle");
    }
    if (t.keyDecision().isPresent()) {
      sb.append("\n## ").append(KEY_DECISION).append('\n');
      prose(sb, t.keyDecision().get(), t.id(), "key decision");
    }
    if (!t.tradeoffs().isEmpty()) {
      sb.append("\n## ").append(TRADEOFFS).append("\n\n");
      for (Tradeoff tr : t.tradeoffs()) {
        sb.append("- ").append(Text.item(tr.left())).append(VS).append(Text.inline(tr.right())).append('\n');
      }
    }
    if (!t.openQuestions().isEmpty()) {
      sb.append("\n## ").append(OPEN_QUESTIONS).append("\n\n");
      for (String q : t.openQuestions()) {
        sb.append("- ").append(Text.item(q)).append('\n');
      }
    }
    if (!t.drawsFrom().isEmpty()) {
      sb.append("\n## ").append(DRAWS_FROM).append("\n\n");
      for (NodeId id : t.drawsFrom()) {
        sb.append("- ").append(link(graph, id, "../nodes/")).append('\n');
      }
    }
    List<Feedback> feedback = graph.feedbackOn(t.id());
    if (!feedback.isEmpty() && !events) {
      Map<String, Feedback> current = graph.latestFeedbackOn(t.id()); // each reader's newest event
      int sum = 0;
      int interested = 0;
      for (Feedback f : current.values()) {
        sum += f.interest();
        if (f.optIn() && f.interest() >= INTERESTED_FROM) {
          interested++;
        }
      }
      sb.append("\n## ").append(READER_INTEREST).append("\n\n")
          .append("- Ratings: ").append(current.size()).append(String.format(Locale.ROOT, " (mean interest %.1f of 5)",
              sum / (double) current.size())).append('\n')
          .append("- Interested reviewers: ").append(interested).append('\n');
    } else if (!feedback.isEmpty()) {
      sb.append("\n## ").append(FEEDBACK)
          .append("\n\n| ID | Reviewer | Interest | Opt-in | At | Comment |\n|---|---|---|---|---|---|\n");
      for (Feedback f : feedback) {
        row(sb, Text.inline(f.id()), Text.inline(f.reviewer()), Integer.toString(f.interest()),
            f.optIn() ? "yes" : "no", f.at().toString(), f.comment().map(Text::cell).orElse(""));
      }
    }
    return sb.toString();
  }

  static String index(TopicGraph graph) {
    StringBuilder sb = new StringBuilder("# Topic graph\n\n");
    sb.append("This page is written for readers and ignored when the directory is read.\n");
    if (!graph.topics().isEmpty()) {
      sb.append("\n## Backlog\n\n| Topic | Status | Proposed | Reviewers |\n|---|---|---|---|\n");
      for (Topic t : graph.topics()) {
        row(sb, "[" + Text.inline(t.title()) + "](topics/" + t.id() + ".md)", t.status().wireName(),
            t.proposed().toString(), Integer.toString(graph.latestFeedbackOn(t.id()).size()));
      }
    }
    Map<String, List<dev.topicgraph.model.Node>> byKind = new TreeMap<>();
    for (dev.topicgraph.model.Node n : graph.nodes()) {
      byKind.computeIfAbsent(kindHeading(n), k -> new java.util.ArrayList<>()).add(n);
    }
    for (Map.Entry<String, List<dev.topicgraph.model.Node>> e : byKind.entrySet()) {
      sb.append("\n## ").append(e.getKey()).append("\n\n");
      for (dev.topicgraph.model.Node n : e.getValue()) {
        sb.append("- [").append(Text.inline(n.title())).append("](nodes/").append(n.id()).append(".md)\n");
      }
    }
    return sb.toString();
  }

  private static String kindHeading(dev.topicgraph.model.Node n) {
    switch (n.kind()) {
      case ORG_DIMENSION:
        return "Organisation dimensions";
      case VENDOR:
        return "Vendors";
      case PATTERN:
        return "Patterns";
      default:
        return "Other nodes: " + n.id().kindSegment();
    }
  }

  private static String link(TopicGraph graph, NodeId target, String prefix) {
    String text = graph.node(target).map(dev.topicgraph.model.Node::title).orElse(target.value());
    return "[" + Text.inline(text) + "](" + prefix + target + ".md)";
  }

  private static void list(StringBuilder sb, String key, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    sb.append(key).append(":\n");
    for (String v : values) {
      sb.append("  - ").append(Text.yaml(v)).append('\n');
    }
  }

  private static void extra(StringBuilder sb, Map<String, String> extra) {
    if (extra.isEmpty()) {
      return;
    }
    sb.append("extra:\n");
    for (Map.Entry<String, String> e : new TreeMap<>(extra).entrySet()) {
      sb.append("  ").append(Text.yamlKey(e.getKey())).append(": ").append(Text.yaml(e.getValue())).append('\n');
    }
  }

  private static void row(StringBuilder sb, String... cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(c).append(c.isEmpty() ? "|" : " |");
    }
    sb.append('\n');
  }

  /** Appends a blank line and the escaped prose, if any; refuses prose that would leak out of its section. */
  private static void prose(StringBuilder sb, String text, NodeId owner, String what) {
    if (text.isEmpty()) {
      return;
    }
    String escaped = Text.prose(text, false);
    if (!staysInside(escaped)) {
      escaped = Text.prose(text, true);
      if (!staysInside(escaped)) {
        throw new Unwritable("the " + what + " of " + owner + " cannot be written as Markdown without changing"
            + " the page's structure (an HTML block or code fence in it does not end)");
      }
    }
    sb.append('\n').append(escaped).append('\n');
  }

  /** Whether the text, followed by a heading, leaves that heading a heading: nothing in it runs on. */
  private static boolean staysInside(String escaped) {
    Node doc = CHECK.parse(escaped + SENTINEL);
    int headings = 0;
    Node last = null;
    for (Node child = doc.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading && ((Heading) child).getLevel() <= 2) {
        headings++;
      }
      last = child;
    }
    return headings == 1 && last instanceof Heading;
  }
}
