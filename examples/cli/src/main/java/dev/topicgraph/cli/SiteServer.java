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
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the HTML site of a graph from a live backlog, and takes signed-in feedback.
 *
 * <p>Pages come from the current ranking, so feedback shows in the index at once; the ranking is as of
 * the end of the current minute, moved on once a minute, and the pages of one state of the backlog
 * are made once. A reader signs in at {@code /sign-in} with a reviewer token ({@link
 * ReviewerTokens}); the server then opens a session (a random id in an {@code HttpOnly}, {@code
 * SameSite=Strict} cookie) that lasts until sign-out, the token's expiry or a restart. The feedback
 * form carries a CSRF token tied to that session; a post is checked (session, CSRF token, exactly the
 * form's fields, topic, interest 1 to 5, opt-in), limited per reviewer, appended to the feedback log,
 * then added to the live backlog. Pages never show reviewer ids. Responses forbid scripts and outside
 * resources (Content-Security-Policy). A request that takes longer than ten seconds to arrive, or a
 * response its client does not take within ten seconds, is cut off; a client that stalls many
 * connections at once can still delay others by that much, so a server that faces the internet
 * belongs behind a reverse proxy.
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
  /** Failed sign-ins an address may make in a minute before further failures are answered with 429. */
  static final int FAILED_SIGN_INS_PER_MINUTE = 10;
  /** Requests served at once; a client that stalls holds one for at most 10 s. */
  static final int THREADS = 32;
  private static final int MAX_FORM_BYTES = 8 * 1024;
  private static final int MAX_SESSIONS = 100_000;
  private static final int CACHED_NODE_PAGES = 2_000;
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";
  private static final java.util.Set<String> FEEDBACK_FIELDS = java.util.Set.of(CSRF_FIELD, FeedbackPanel.TOPIC,
      FeedbackPanel.INTEREST, FeedbackPanel.OPT_IN);

  static {
    // The JDK's server waits for a request, and for a client to take a response, forever unless told
    // otherwise: cut both off after 10 s (pages are small), unless the operator chose other values.
    setIfAbsent("sun.net.httpserver.maxReqTime", "10");
    setIfAbsent("sun.net.httpserver.maxRspTime", "10");
  }

  private final TopicGraph graph;
  private final LiveBacklog backlog;
  private final FeedbackLog log;
  private final ReviewerTokens tokens;
  private final Clock clock;
  private final int postsPerMinute;
  private final PrintWriter err;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Deque<Instant>> recent = new HashMap<>();
  private final Map<String, Session> sessions = Collections.synchronizedMap(new LinkedHashMap<>() {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
      return size() > MAX_SESSIONS;
    }
  });
  private final Map<NodeId, String> nodePages = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<NodeId, String> eldest) {
      return size() > CACHED_NODE_PAGES;
    }
  });
  private long version; // changes whenever the backlog does; guarded by backlog
  private volatile Snapshot snapshot;
  private HttpServer server;
  private ExecutorService pool;

  /** A signed-in browser: whose, and until when. */
  private static final class Session {
    final String reviewer;
    final Instant expires;

    Session(String reviewer, Instant expires) {
      this.reviewer = reviewer;
      this.expires = expires;
    }
  }

  /** The site of one state of the backlog, with its index made once. */
  private static final class Snapshot {
    final long version;
    final HtmlSite site;
    final String index;

    Snapshot(long version, HtmlSite site) {
      this.version = version;
      this.site = site;
      this.index = site.index();
    }
  }

  /**
   * A server for {@code graph}, ranking {@code events} (the graph's and the log's) from now on.
   *
   * @param postsPerMinute how many feedback posts a reviewer may make in a minute
   * @param err where the operator is told of failures, such as a log that cannot be written
   */
  SiteServer(TopicGraph graph, List<Feedback> events, FeedbackLog log, ReviewerTokens tokens, Clock clock,
      int postsPerMinute, PrintWriter err) {
    this.graph = graph;
    this.log = log;
    this.tokens = tokens;
    this.clock = clock;
    this.postsPerMinute = postsPerMinute;
    this.err = err;
    this.backlog = PriorityScorer.withDefaults().live(graph, events, horizon(now()));
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Starts listening; port 0 picks a free port. */
  SiteServer start(String host, int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    pool = Executors.newFixedThreadPool(THREADS, r -> {
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
    String host = a.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
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
      boolean post = method.equals("POST");
      boolean get = method.equals("GET") || method.equals("HEAD");
      switch (path) {
        case "/feedback":
          if (post) {
            postFeedback(ex);
          } else {
            notAllowed(ex, "POST");
          }
          return;
        case "/sign-out":
          if (post) {
            postSignOut(ex);
          } else {
            notAllowed(ex, "POST");
          }
          return;
        case "/sign-in":
          if (post) {
            postSignIn(ex);
          } else if (get) {
            signInPage(ex, null);
          } else {
            notAllowed(ex, "GET, HEAD, POST");
          }
          return;
        default:
          break;
      }
      if (!get) {
        notAllowed(ex, "GET, HEAD");
        return;
      }
      if (path.equals("/") || path.equals("/index.html")) {
        send(ex, 200, "text/html; charset=utf-8", current().index);
      } else if (path.equals("/" + HtmlSite.STYLESHEET)) {
        send(ex, 200, "text/css; charset=utf-8", HtmlSite.stylesheet());
      } else if (path.equals("/" + HtmlSite.ICON)) {
        send(ex, 200, "image/svg+xml", HtmlSite.icon());
      } else {
        page(ex, path);
      }
    } catch (IOException e) {
      throw e;
    } catch (RuntimeException e) {
      err.println("serve: error serve.internal: " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath()
          + ": " + e);
      err.flush();
      error(ex, 500, "Server error", "The page could not be made.");
    } finally {
      ex.close();
    }
  }

  /** The site of the backlog's current state, made once per state. */
  private Snapshot current() {
    advance();
    synchronized (backlog) {
      Snapshot s = snapshot;
      if (s == null || s.version != version) {
        s = new Snapshot(version, HtmlSite.of(graph, backlog));
        snapshot = s;
      }
      return s;
    }
  }

  /** A topic or node page; {@code /topics/<id>.html} or {@code /nodes/<id>.html}. */
  private void page(HttpExchange ex, String path) throws IOException {
    Optional<NodeId> topic = idIn(path, "/topics/").filter(id -> graph.topic(id).isPresent());
    Optional<NodeId> node = idIn(path, "/nodes/").filter(id -> graph.node(id).isPresent());
    if (topic.isPresent()) {
      Optional<String> sid = sessionId(ex);
      FeedbackPanel panel = sid.isPresent()
          ? FeedbackPanel.form("/feedback", Map.of(CSRF_FIELD, tokens.csrf("feedback", sid.get())))
          : FeedbackPanel.signInRequired("/sign-in");
      send(ex, 200, "text/html; charset=utf-8", current().site.topicPage(topic.get(), panel));
    } else if (node.isPresent()) {
      // A node page does not depend on the ranking.
      String page = nodePages.get(node.get());
      if (page == null) {
        page = current().site.nodePage(node.get());
        nodePages.put(node.get(), page);
      }
      send(ex, 200, "text/html; charset=utf-8", page);
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
    if (pre == null || !pre.matches("[A-Za-z0-9_-]{22}")) {
      pre = randomId(16);
      ex.getResponseHeaders().add("Set-Cookie", PRE_COOKIE + "=" + pre + "; Path=/; HttpOnly; SameSite=Strict");
    }
    StringBuilder body = new StringBuilder();
    if (problem != null) {
      body.append("<p class=\"problem\" role=\"alert\">").append(escape(problem)).append("</p>\n");
    }
    body.append("<p>Paste the reviewer token the editors gave you. You stay signed in in this browser until you "
        + "sign out.</p>\n<form method=\"post\" action=\"/sign-in\">\n<input type=\"hidden\" name=\"" + CSRF_FIELD
        + "\" value=\"").append(escape(tokens.csrf("sign-in", pre))).append("\">\n"
        + "<p><label for=\"token\">Reviewer token</label>\n"
        + "<input type=\"password\" id=\"token\" name=\"" + TOKEN_FIELD + "\" autocomplete=\"off\" required></p>\n"
        + "<p><button type=\"submit\">Sign in</button></p>\n</form>\n");
    Optional<String> sid = sessionId(ex);
    if (sid.isPresent()) {
      body.append("<p>You are signed in.</p>\n<form method=\"post\" action=\"/sign-out\">\n"
          + "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"")
          .append(escape(tokens.csrf("sign-out", sid.get())))
          .append("\">\n<p><button type=\"submit\">Sign out</button></p>\n</form>\n");
    }
    send(ex, problem == null ? 200 : 403, "text/html; charset=utf-8", simplePage("Sign in", body.toString()));
  }

  private void postSignIn(HttpExchange ex) throws IOException {
    Optional<Map<String, String>> form = form(ex, java.util.Set.of(CSRF_FIELD, TOKEN_FIELD));
    if (form.isEmpty()) {
      return;
    }
    if (!tokens.csrfMatches(form.get().get(CSRF_FIELD), "sign-in", cookie(ex, PRE_COOKIE))) {
      signInPage(ex, "The form has expired. Try again.");
      return;
    }
    Optional<ReviewerTokens.Grant> grant = tokens.verify(form.get().getOrDefault(TOKEN_FIELD, "").strip(), now());
    if (grant.isEmpty()) {
      // A valid token always signs in: only failures count against the address, so that one visitor's
      // bad guesses cannot keep others who share the address (behind a proxy) out.
      String address = "sign-in " + ex.getRemoteAddress().getAddress().getHostAddress();
      if (count(address) >= FAILED_SIGN_INS_PER_MINUTE) {
        error(ex, 429, "Too many attempts", "Too many failed sign-ins from this address; wait a minute.");
        return;
      }
      record(address);
      signInPage(ex, "This token is not valid, or it has expired.");
      return;
    }
    String sid = randomId(32);
    sessions.put(sid, new Session(grant.get().reviewer, grant.get().expires));
    ex.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + sid + "; Path=/; HttpOnly; SameSite=Strict");
    redirect(ex, "/");
  }

  private void postSignOut(HttpExchange ex) throws IOException {
    Optional<Map<String, String>> form = form(ex, java.util.Set.of(CSRF_FIELD));
    if (form.isEmpty()) {
      return;
    }
    Optional<String> sid = sessionId(ex);
    if (sid.isEmpty() || !tokens.csrfMatches(form.get().get(CSRF_FIELD), "sign-out", sid.get())) {
      error(ex, 403, "Refused", "The form has expired. Reload the page and try again.");
      return;
    }
    sessions.remove(sid.get());
    ex.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    redirect(ex, "/");
  }

  /** The id of the signed-in session the request's cookie names, if it is open and not expired. */
  private Optional<String> sessionId(HttpExchange ex) {
    String sid = cookie(ex, SESSION_COOKIE);
    if (sid == null) {
      return Optional.empty();
    }
    Session s = sessions.get(sid);
    if (s == null) {
      return Optional.empty();
    }
    if (!now().isBefore(s.expires)) {
      sessions.remove(sid);
      return Optional.empty();
    }
    return Optional.of(sid);
  }

  private String randomId(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  // ---------------------------------------------------------------- feedback

  private void postFeedback(HttpExchange ex) throws IOException {
    Optional<Map<String, String>> form = form(ex, FEEDBACK_FIELDS);
    if (form.isEmpty()) {
      return;
    }
    Optional<String> sid = sessionId(ex);
    Session session = sid.map(sessions::get).orElse(null);
    if (session == null) {
      error(ex, 401, "Sign-in required", "Sign in before you send feedback.");
      return;
    }
    Map<String, String> f = form.get();
    if (!tokens.csrfMatches(f.get(CSRF_FIELD), "feedback", sid.get())) {
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
    String key = "feedback " + session.reviewer;
    if (!take(key, postsPerMinute)) {
      error(ex, 429, "Too many posts", "You have sent a lot of feedback in the last minute; wait a little.");
      return;
    }
    Instant at = now();
    Feedback event = Feedback.builder().id("web-" + UUID.randomUUID()).topic(topic.get()).reviewer(session.reviewer)
        .interest(Integer.parseInt(interestText)).optIn(optIn != null).at(at).build();
    try {
      log.append(event); // on disk first: a crash after this loses nothing, since a restart reads the log
    } catch (IOException e) {
      giveBack(key);
      err.println("serve: error io.write: the feedback log could not take an event: " + Io.reason(e));
      err.flush();
      error(ex, 503, "Not saved", "Your feedback could not be saved just now. Try again later.");
      return;
    }
    advance();
    synchronized (backlog) {
      backlog.add(event); // at is before the backlog's instant: this moves one topic, no full re-rank
      version++;
    }
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
        version++;
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

  /**
   * Counts one action under {@code key} if fewer than {@code limit} happened in the last minute; the
   * check and the count are one step, so concurrent posts cannot slip past the limit.
   */
  private boolean take(String key, int limit) {
    synchronized (recent) {
      if (count(key) >= limit) {
        return false;
      }
      record(key);
      return true;
    }
  }

  /** Takes back the newest action counted under {@code key}: it did not happen after all. */
  private void giveBack(String key) {
    synchronized (recent) {
      Deque<Instant> times = recent.get(key);
      if (times != null && !times.isEmpty()) {
        times.removeLast();
      }
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

  /**
   * The posted form, which must hold only the named fields, each at most once; empty after an error
   * response (another content type, a body too large, a field repeated or unknown).
   */
  private Optional<Map<String, String>> form(HttpExchange ex, java.util.Set<String> names) throws IOException {
    List<String> types = ex.getRequestHeaders().get("Content-Type");
    if (types == null || types.size() != 1
        || !types.get(0).toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      error(ex, 415, "Unsupported", "Forms are posted as application/x-www-form-urlencoded, once.");
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
      for (String pair : new String(body, UTF_8).split("&", -1)) {
        if (pair.isEmpty() && body.length == 0) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
        if (!names.contains(name)) {
          error(ex, 400, "Bad request", "The form has a field this address does not take.");
          return Optional.empty();
        }
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

  private static void notAllowed(HttpExchange ex, String allow) throws IOException {
    ex.getResponseHeaders().set("Allow", allow);
    error(ex, 405, "Not allowed", "This address takes " + allow + " requests only.");
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
