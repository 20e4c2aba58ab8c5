package dev.topicgraph.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.io.html.FeedbackPanel;
import dev.topicgraph.io.html.HtmlSite;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.NodeKind;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the HTML site of a graph from a live backlog, and takes signed-in feedback.
 *
 * <p>Pages are rendered for each request from the current ranking, so feedback shows in the index at
 * once. The ranking is as of the end of the current minute, moved on once a minute. A reader signs in at {@code /sign-in} with a reviewer token ({@link ReviewerTokens}); the
 * token is kept in an {@code HttpOnly}, {@code SameSite=Strict} cookie. The feedback form carries a
 * CSRF token tied to that session; a post is checked (session, CSRF token, topic, interest 1 to 5,
 * opt-in), limited per reviewer, appended to the feedback log, then added to the live backlog. Pages
 * never show reviewer ids. Responses forbid scripts and outside resources (Content-Security-Policy).
 *
 * <p>Built on the JDK's own HTTP server ({@code jdk.httpserver}): a local preview needs no more, and
 * it adds no dependency. Thread-safe: requests run on a small pool; the backlog and the log serialize
 * their own updates.
 */
final class SiteServer implements AutoCloseable {
  static final String SESSION_COOKIE = "tg_session";
  static final String PRE_COOKIE = "tg_pre";
  static final String CSRF_FIELD = "csrf";
  static final String TOKEN_FIELD = "token";
  private static final int MAX_FORM_BYTES = 8 * 1024;
  private static final Duration WINDOW = Duration.ofMinutes(1);
  /** Failed sign-ins an address may make in a minute: enough for typing errors, too few to guess. */
  static final int FAILED_SIGN_INS_PER_MINUTE = 10;
  private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";

  private final TopicGraph graph;
  private final LiveBacklog backlog;
  private final FeedbackLog log;
  private final ReviewerTokens tokens;
  private final Clock clock;
  private final int postsPerMinute;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Deque<Instant>> recent = new HashMap<>();
  private HttpServer server;
  private ExecutorService pool;

  /**
   * A server for {@code graph}, ranking {@code events} (the graph's and the log's) from now on.
   *
   * @param postsPerMinute how many feedback posts a reviewer may make in a minute
   */
  SiteServer(TopicGraph graph, List<Feedback> events, FeedbackLog log, ReviewerTokens tokens, Clock clock,
      int postsPerMinute) {
    this.graph = graph;
    this.log = log;
    this.tokens = tokens;
    this.clock = clock;
    this.postsPerMinute = postsPerMinute;
    this.backlog = PriorityScorer.withDefaults().live(graph, events, horizon(now()));
  }

  /** Starts listening; port 0 picks a free port. */
  SiteServer start(String host, int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "topicgraph-serve");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  /** The address pages are served at, such as {@code http://127.0.0.1:8080/}. */
  String url() {
    InetSocketAddress a = server.getAddress();
    return "http://" + a.getHostString() + ":" + a.getPort() + "/";
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      pool.shutdownNow();
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  // ---------------------------------------------------------------- routing

  private void handle(HttpExchange ex) throws IOException {
    try {
      String path = ex.getRequestURI().getRawPath();
      String method = ex.getRequestMethod();
      Headers h = ex.getResponseHeaders();
      h.set("Content-Security-Policy", CSP);
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "no-referrer");
      h.set("Cache-Control", "no-store");
      if (method.equals("POST")) {
        switch (path) {
          case "/feedback":
            postFeedback(ex);
            return;
          case "/sign-in":
            postSignIn(ex);
            return;
          case "/sign-out":
            postSignOut(ex);
            return;
          default:
            error(ex, 405, "Not allowed", "This address takes no posts.");
            return;
        }
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        error(ex, 405, "Not allowed", "This server answers GET, HEAD and POST.");
        return;
      }
      advance();
      if (path.equals("/") || path.equals("/index.html")) {
        send(ex, 200, "text/html; charset=utf-8", HtmlSite.of(graph, backlog).index());
      } else if (path.equals("/" + HtmlSite.STYLESHEET)) {
        send(ex, 200, "text/css; charset=utf-8", HtmlSite.stylesheet());
      } else if (path.equals("/" + HtmlSite.ICON)) {
        send(ex, 200, "image/svg+xml", HtmlSite.icon());
      } else if (path.equals("/sign-in")) {
        signInPage(ex, null);
      } else {
        page(ex, path);
      }
    } catch (RuntimeException e) {
      error(ex, 500, "Server error", "The page could not be made.");
    } finally {
      ex.close();
    }
  }

  /** A topic or node page; {@code /topics/<id>.html} or {@code /nodes/<id>.html}. */
  private void page(HttpExchange ex, String path) throws IOException {
    Optional<NodeId> id = idIn(path, "/topics/").or(() -> idIn(path, "/nodes/"));
    HtmlSite site = HtmlSite.of(graph, backlog);
    if (id.isPresent() && id.get().kind() == NodeKind.TOPIC && path.startsWith("/topics/")
        && graph.topic(id.get()).isPresent()) {
      Optional<String> session = session(ex);
      FeedbackPanel panel = session.isPresent()
          ? FeedbackPanel.form("/feedback", Map.of(CSRF_FIELD, tokens.csrf("feedback", cookie(ex, SESSION_COOKIE))))
          : FeedbackPanel.signInRequired("/sign-in");
      send(ex, 200, "text/html; charset=utf-8", site.topicPage(id.get(), panel));
    } else if (id.isPresent() && path.startsWith("/nodes/") && graph.node(id.get()).isPresent()) {
      send(ex, 200, "text/html; charset=utf-8", site.nodePage(id.get()));
    } else {
      error(ex, 404, "Not found", "There is no page at this address.");
    }
  }

  private static Optional<NodeId> idIn(String path, String prefix) {
    if (!path.startsWith(prefix) || !path.endsWith(".html")) {
      return Optional.empty();
    }
    return id(path.substring(prefix.length(), path.length() - ".html".length()));
  }

  private static Optional<NodeId> id(String text) {
    try {
      return Optional.of(NodeId.of(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- sign-in

  private void signInPage(HttpExchange ex, String problem) throws IOException {
    String pre = cookie(ex, PRE_COOKIE);
    if (pre == null || pre.length() != 22) {
      byte[] b = new byte[16];
      random.nextBytes(b);
      pre = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
      ex.getResponseHeaders().add("Set-Cookie", PRE_COOKIE + "=" + pre + "; Path=/; HttpOnly; SameSite=Strict");
    }
    StringBuilder body = new StringBuilder();
    if (problem != null) {
      body.append("<p class=\"problem\" role=\"alert\">").append(escape(problem)).append("</p>\n");
    }
    body.append("<p>Paste the reviewer token the editors gave you. It stays in this browser until you sign out."
        + "</p>\n<form method=\"post\" action=\"/sign-in\">\n<input type=\"hidden\" name=\"" + CSRF_FIELD
        + "\" value=\"").append(escape(tokens.csrf("sign-in", pre))).append("\">\n"
        + "<p><label for=\"token\">Reviewer token</label>\n"
        + "<input type=\"password\" id=\"token\" name=\"" + TOKEN_FIELD + "\" autocomplete=\"off\" required></p>\n"
        + "<p><button type=\"submit\">Sign in</button></p>\n</form>\n");
    if (session(ex).isPresent()) {
      body.append("<p>You are signed in.</p>\n<form method=\"post\" action=\"/sign-out\">\n"
          + "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"")
          .append(escape(tokens.csrf("sign-out", cookie(ex, SESSION_COOKIE))))
          .append("\">\n<p><button type=\"submit\">Sign out</button></p>\n</form>\n");
    }
    send(ex, problem == null ? 200 : 403, "text/html; charset=utf-8", simplePage("Sign in", body.toString()));
  }

  private void postSignIn(HttpExchange ex) throws IOException {
    Optional<Map<String, String>> form = form(ex);
    if (form.isEmpty()) {
      return;
    }
    String address = "sign-in " + ex.getRemoteAddress().getAddress().getHostAddress();
    if (count(address) >= FAILED_SIGN_INS_PER_MINUTE) {
      error(ex, 429, "Too many attempts", "Too many failed sign-ins from this address; wait a minute.");
      return;
    }
    if (!tokens.csrfMatches(form.get().get(CSRF_FIELD), "sign-in", cookie(ex, PRE_COOKIE))) {
      signInPage(ex, "The form has expired. Try again.");
      return;
    }
    String token = form.get().getOrDefault(TOKEN_FIELD, "").strip();
    if (tokens.verify(token, now()).isEmpty()) {
      record(address);
      signInPage(ex, "This token is not valid, or it has expired.");
      return;
    }
    ex.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
    redirect(ex, "/");
  }

  private void postSignOut(HttpExchange ex) throws IOException {
    Optional<Map<String, String>> form = form(ex);
    if (form.isEmpty()) {
      return;
    }
    if (!tokens.csrfMatches(form.get().get(CSRF_FIELD), "sign-out", cookie(ex, SESSION_COOKIE))) {
      error(ex, 403, "Refused", "The form has expired. Reload the page and try again.");
      return;
    }
    ex.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    redirect(ex, "/");
  }

  /** The signed-in reviewer, from a valid session cookie. */
  private Optional<String> session(HttpExchange ex) {
    return tokens.verify(cookie(ex, SESSION_COOKIE), now());
  }

  // ---------------------------------------------------------------- feedback

  private void postFeedback(HttpExchange ex) throws IOException {
    Optional<Map<String, String>> form = form(ex);
    if (form.isEmpty()) {
      return;
    }
    Optional<String> reviewer = session(ex);
    if (reviewer.isEmpty()) {
      error(ex, 401, "Sign-in required", "Sign in before you send feedback.");
      return;
    }
    Map<String, String> f = form.get();
    if (!tokens.csrfMatches(f.get(CSRF_FIELD), "feedback", cookie(ex, SESSION_COOKIE))) {
      error(ex, 403, "Refused", "The form did not come from this site's page for you. Reload the page and try "
          + "again.");
      return;
    }
    Optional<NodeId> topic = Optional.ofNullable(f.get(FeedbackPanel.TOPIC)).flatMap(SiteServer::id)
        .filter(id -> graph.topic(id).isPresent());
    if (topic.isEmpty()) {
      error(ex, 400, "Bad request", "The form names no topic of this backlog.");
      return;
    }
    String interestText = f.getOrDefault(FeedbackPanel.INTEREST, "");
    if (!interestText.matches("[1-5]")) {
      error(ex, 400, "Bad request", "Choose how interested you are, from 1 to 5.");
      return;
    }
    String optIn = f.get(FeedbackPanel.OPT_IN);
    if (optIn != null && !optIn.equals("true")) {
      error(ex, 400, "Bad request", "The opt-in is either ticked or not.");
      return;
    }
    String key = "feedback " + reviewer.get();
    if (count(key) >= postsPerMinute) {
      error(ex, 429, "Too many posts", "You have sent a lot of feedback in the last minute; wait a little.");
      return;
    }
    Instant at = now();
    Feedback event;
    try {
      event = Feedback.builder().id("web-" + UUID.randomUUID()).topic(topic.get()).reviewer(reviewer.get())
          .interest(Integer.parseInt(interestText)).optIn(optIn != null).at(at).build();
    } catch (InvalidValueException e) {
      error(ex, 400, "Bad request", "This reviewer cannot leave feedback: " + e.getMessage());
      return;
    }
    record(key);
    log.append(event); // on disk first: a crash after this loses nothing, since a restart reads the log
    advance();
    backlog.add(event); // at is before the backlog's instant, so this moves one topic, no full re-rank
    redirect(ex, "/" + HtmlSite.pathOf(topic.get()));
  }

  /**
   * Moves the backlog on once a minute, to the end of the current minute: scores age, and an event
   * posted within the minute is dated before the backlog's instant, so it counts at once by moving
   * its own topic, without the full re-rank that each move of the instant costs.
   */
  private void advance() {
    Instant now = now();
    synchronized (backlog) {
      if (!now.isBefore(backlog.asOf())) {
        backlog.advanceTo(horizon(now));
      }
    }
  }

  /** The end of the minute {@code now} falls in. */
  private static Instant horizon(Instant now) {
    return now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
  }

  /** How many actions under {@code key} the last minute saw. */
  private int count(String key) {
    Instant now = clock.instant();
    synchronized (recent) {
      Deque<Instant> times = recent.get(key);
      if (times == null) {
        return 0;
      }
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.removeFirst();
      }
      if (times.isEmpty()) {
        recent.remove(key);
      }
      return times.size();
    }
  }

  /** Counts one action under {@code key}. */
  private void record(String key) {
    Instant now = clock.instant();
    synchronized (recent) {
      recent.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }
  }

  // ---------------------------------------------------------------- HTTP plumbing

  /** The posted form; empty after an error response for a body that is too large or of another type. */
  private Optional<Map<String, String>> form(HttpExchange ex) throws IOException {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      error(ex, 415, "Unsupported", "Forms are posted as application/x-www-form-urlencoded.");
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readNBytes(MAX_FORM_BYTES + 1);
    }
    if (body.length > MAX_FORM_BYTES) {
      error(ex, 413, "Too large", "The form is too large.");
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    try {
      for (String pair : new String(body, UTF_8).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
        if (fields.putIfAbsent(name, value) != null) {
          error(ex, 400, "Bad request", "The form repeats a field.");
          return Optional.empty();
        }
      }
    } catch (IllegalArgumentException e) {
      error(ex, 400, "Bad request", "The form is not well encoded.");
      return Optional.empty();
    }
    return Optional.of(fields);
  }

  private static String cookie(HttpExchange ex, String name) {
    List<String> headers = ex.getRequestHeaders().get("Cookie");
    if (headers == null) {
      return null;
    }
    for (String header : headers) {
      for (String part : header.split(";")) {
        String p = part.strip();
        if (p.startsWith(name + "=")) {
          return p.substring(name.length() + 1);
        }
      }
    }
    return null;
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(303, -1);
  }

  private static void error(HttpExchange ex, int status, String title, String message) throws IOException {
    send(ex, status, "text/html; charset=utf-8", simplePage(title, "<p>" + escape(message) + "</p>\n"
        + "<p><a href=\"/\">All proposed topics</a></p>\n"));
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** A page of the server's own (sign-in, errors), in the site's layout. */
  private static String simplePage(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
        + "</title>\n<link rel=\"stylesheet\" href=\"/" + HtmlSite.STYLESHEET + "\">\n<link rel=\"icon\" href=\"/"
        + HtmlSite.ICON + "\" type=\"image/svg+xml\">\n</head>\n<body>\n<header><nav aria-label=\"Site\">"
        + "<a href=\"/\">\u2190 All proposed topics</a></nav></header>\n<main>\n<h1>" + escape(title) + "</h1>\n"
        + body + "</main>\n<footer><p>Served by topicgraph.</p></footer>\n</body>\n</html>\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
