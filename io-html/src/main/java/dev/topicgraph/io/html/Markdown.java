package dev.topicgraph.io.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a node section's Markdown with commonmark's HTML renderer: raw HTML is escaped, links keep
 * only {@code http}, {@code https} and relative targets (others become their text), images become
 * their alt text (a page loads nothing from elsewhere), and headings move below the section's own
 * {@code h2}, keeping their relative order without skipping a level, so that the page keeps its one
 * {@code h1} and an outline without gaps. Thread-safe.
 */
final class Markdown {
  /** Deeper documents are shown as their text: rendering recurses once per level. */
  static final int MAX_DEPTH = 128;

  private static final Parser PARSER = Parser.builder().maxOpenBlockParsers(MAX_DEPTH / 2).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .percentEncodeUrls(true)
      .nodeRendererFactory(SafeRenderer::new)
      .build();

  private Markdown() {}

  static String render(String markdown) {
    Node doc = PARSER.parse(Html.clean(markdown));
    if (depth(doc) > MAX_DEPTH) {
      return "<pre>" + Html.escape(Html.clean(markdown)) + "</pre>\n";
    }
    cleanLiterals(doc);
    levelHeadings(doc);
    return RENDERER.render(doc);
  }

  /**
   * Replaces the characters HTML does not allow in the parsed text: character references such as
   * {@code &#1;} decode to them after the source was cleaned.
   */
  private static void cleanLiterals(Node doc) {
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(doc);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (n instanceof Text) {
        ((Text) n).setLiteral(Html.clean(((Text) n).getLiteral()));
      } else if (n instanceof Code) {
        ((Code) n).setLiteral(Html.clean(((Code) n).getLiteral()));
      } else if (n instanceof FencedCodeBlock) {
        ((FencedCodeBlock) n).setLiteral(Html.clean(((FencedCodeBlock) n).getLiteral()));
        String info = ((FencedCodeBlock) n).getInfo();
        if (info != null) {
          ((FencedCodeBlock) n).setInfo(Html.clean(info));
        }
      } else if (n instanceof Link) {
        Link l = (Link) n;
        if (l.getTitle() != null) {
          l.setTitle(Html.clean(l.getTitle()));
        }
        l.setDestination(Html.clean(l.getDestination()));
      } else if (n instanceof Image) {
        Image i = (Image) n;
        if (i.getTitle() != null) {
          i.setTitle(Html.clean(i.getTitle()));
        }
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        todo.push(c);
      }
    }
  }

  /**
   * Renumbers the headings: the section's highest level becomes 3, the others follow it, and no
   * heading is more than one level below the one before it.
   */
  private static void levelHeadings(Node doc) {
    List<Heading> headings = new ArrayList<>();
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(doc);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (n instanceof Heading) {
        headings.add((Heading) n);
      }
      Deque<Node> children = new ArrayDeque<>();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        children.push(c);
      }
      children.forEach(todo::push); // reversed twice: document order
    }
    int top = 6;
    for (Heading h : headings) {
      top = Math.min(top, h.getLevel());
    }
    int previous = 2;
    for (Heading h : headings) {
      int level = Math.min(6, Math.min(3 + h.getLevel() - top, previous + 1));
      h.setLevel(level);
      previous = level;
    }
  }

  /** The depth of the tree, found without recursion. */
  private static int depth(Node root) {
    int max = 0;
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      int d = depths.pop();
      max = Math.max(max, d);
      if (max > MAX_DEPTH) {
        return max;
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        nodes.push(c);
        depths.push(d + 1);
      }
    }
    return max;
  }

  /** Renders links, images and headings by the rules above. */
  private static final class SafeRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    SafeRenderer(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Link.class, Image.class, Heading.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof Heading) {
        String tag = "h" + ((Heading) node).getLevel();
        context.getWriter().line();
        context.getWriter().tag(tag);
        children(node);
        context.getWriter().tag("/" + tag);
        context.getWriter().line();
      } else if (node instanceof Link) {
        Optional<String> href = Links.allowed(((Link) node).getDestination());
        if (href.isEmpty() || insideLink(node)) {
          children(node);
          return;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("href", context.encodeUrl(href.get()));
        String title = ((Link) node).getTitle();
        if (title != null && !title.isEmpty()) {
          attrs.put("title", title);
        }
        context.getWriter().tag("a", attrs);
        children(node);
        context.getWriter().tag("/a");
      } else {
        children(node); // an image: its alt text
      }
    }

    private static boolean insideLink(Node node) {
      for (Node p = node.getParent(); p != null; p = p.getParent()) {
        if (p instanceof Link) {
          return true;
        }
      }
      return false;
    }

    private void children(Node node) {
      for (Node c = node.getFirstChild(); c != null; ) {
        Node next = c.getNext();
        context.render(c);
        c = next;
      }
    }
  }
}
