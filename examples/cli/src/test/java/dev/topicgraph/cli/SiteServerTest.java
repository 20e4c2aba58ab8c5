package dev.topicgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.io.html.HtmlSite;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over HTTP, without a browser: sign-in, CSRF, validation, the rate limit, the log and the
 * live ranking, and what the pages must not show.
 */
class SiteServerTest {
  private static final byte[] SECRET = "a server secret of thirty-two bytes or more, for tests".getBytes(
      StandardCharsets.UTF_8);
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

  @TempDir
  Path temp;

  private final StringWriter serverOut = new StringWriter();
  private final PrintWriter serverLog = new PrintWriter(serverOut, true);
  private TopicGraph graph;
  private SiteServer server;
  private ReviewerTokens tokens;

  @BeforeEach
  void start() throws Exception {
    graph = DemoCommand.sample();
    tokens = new ReviewerTokens(SECRET);
    server = serve(3);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SiteServer serve(int rateLimit) throws Exception {
    FeedbackLog log = FeedbackLog.open(temp.resolve("feedback"));
    List<Feedback> events = new ArrayList<>(graph.feedback());
    events.addAll(log.readAll().events());
    return new SiteServer(graph, events, log, tokens, Clock.systemUTC(), rateLimit, serverLog).start("127.0.0.1", 0);
  }

  @Test
  void everyPageIsServedAndValid() throws Exception {
    Client c = new Client();
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    List<String> paths = new ArrayList<>(List.of("/", "/sign-in", "/no-such-page"));
    graph.topics().forEach(t -> paths.add("/" + HtmlSite.pathOf(t.id())));
    graph.nodes().forEach(n -> paths.add("/" + HtmlSite.pathOf(n.id())));
    for (String path : paths) {
      HttpResponse<String> r = c.get(path);
      assertEquals(path.equals("/no-such-page") ? 404 : 200, r.statusCode(), path);
      assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), path);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"), path);
      String report = validator.validate(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
      String problems = report.lines().filter(l -> l.contains(" error: ") || l.contains(": warning: "))
          .collect(Collectors.joining("\n"));
      assertEquals("", problems, path);
    }
    assertEquals(200, c.get("/" + HtmlSite.STYLESHEET).statusCode());
    assertEquals(200, c.get("/" + HtmlSite.ICON).statusCode());
    assertEquals(404, c.get("/topics/..%2F..%2Fetc%2Fpasswd.html").statusCode());
  }

  @Test
  void aSignedInRatingIsLoggedAndLiftsTheTopicAtOnce() throws Exception {
    Client c = new Client();
    c.signIn(tokens.issue("reader-new", Instant.now().plus(Duration.ofDays(1))));
    List<String> before = order(c.get("/").body());
    String last = before.get(before.size() - 1);
    String topicPage = c.get("/" + HtmlSite.pathOf(topicId(last))).body();
    assertTrue(topicPage.contains("<form method=\"post\" action=\"/feedback\">"), topicPage);
    HttpResponse<String> posted = c.post("/feedback", form("csrf", csrf(topicPage), "topic", last, "interest", "5",
        "optIn", "true"));
    assertEquals(303, posted.statusCode(), posted.body());
    assertEquals("/" + HtmlSite.pathOf(topicId(last)), posted.headers().firstValue("Location").orElse(""));
    List<String> after = order(c.get("/").body());
    assertTrue(after.indexOf(last) < before.indexOf(last), "the topic rose: " + before + " -> " + after);

    List<Feedback> logged = FeedbackLog.open(temp.resolve("feedback")).readAll().events();
    assertEquals(1, logged.size());
    Feedback e = logged.get(0);
    assertEquals("reader-new", e.reviewer());
    assertEquals(5, e.interest());
    assertTrue(e.optIn());

    // A restart reads the log and gives the same ranking.
    server.close();
    server = serve(3);
    String index = new Client().get("/").body();
    assertEquals(after, order(index));
    Matcher asOf = Pattern.compile("datetime=\"([^\"]+)\"").matcher(index);
    assertTrue(asOf.find(), index);
    List<RankedTopic> expected = PriorityScorer.withDefaults().rank(graph,
        concat(graph.feedback(), logged), Instant.parse(asOf.group(1)));
    assertEquals(expected.stream().map(r -> r.topic().id().value()).collect(Collectors.toList()), order(index),
        "the served ranking is PriorityScorer's as of the instant the index states");
  }

  @Test
  void noPageShowsAReviewerId() throws Exception {
    Client c = new Client();
    c.signIn(tokens.issue("reader-zq-private", Instant.now().plus(Duration.ofDays(1))));
    String topic = graph.topics().get(0).id().value();
    String page = c.get("/" + HtmlSite.pathOf(topicId(topic))).body();
    assertEquals(303, c.post("/feedback", form("csrf", csrf(page), "topic", topic, "interest", "4", "optIn",
        "true")).statusCode());
    List<String> pages = new ArrayList<>(List.of("/", "/sign-in"));
    graph.topics().forEach(t -> pages.add("/" + HtmlSite.pathOf(t.id())));
    for (String p : pages) {
      String body = c.get(p).body();
      assertFalse(body.contains("reader-zq-private"), p);
      for (Feedback f : graph.feedback()) {
        assertFalse(body.contains(f.reviewer()), () -> p + " names " + f.reviewer());
      }
    }
  }

  @Test
  void forgedExpiredOrForeignTokensDoNotSignIn() throws Exception {
    String good = tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(1)));
    String[] parts = good.split("\\.");
    List<String> bad = List.of(
        "",
        "v1.cmVhZGVyLWE.9999999999.AAAA",
        parts[0] + "." + b64("reader-b") + "." + parts[2] + "." + parts[3], // another reviewer, same signature
        parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + parts[3], // a later expiry
        tokens.issue("reader-a", Instant.now().minus(Duration.ofMinutes(1))), // expired
        new ReviewerTokens("another secret, also thirty-two bytes long or more".getBytes(StandardCharsets.UTF_8))
            .issue("reader-a", Instant.now().plus(Duration.ofDays(1))));
    for (String token : bad) {
      Client c = new Client();
      HttpResponse<String> r = c.signInResponse(token);
      assertEquals(403, r.statusCode(), token);
      assertTrue(r.body().contains("This token is not valid"), r.body());
      assertFalse(c.hasSession(), token);
      String topicPage = c.get("/" + HtmlSite.pathOf(graph.topics().get(0).id())).body();
      assertTrue(topicPage.contains("Sign-in required."), token);
    }
    Client forgedCookie = new Client();
    forgedCookie.cookie(SiteServer.SESSION_COOKIE, bad.get(2));
    assertTrue(forgedCookie.get("/" + HtmlSite.pathOf(graph.topics().get(0).id())).body()
        .contains("Sign-in required."));
    assertEquals(401, forgedCookie.post("/feedback", form("csrf", "x", "topic", graph.topics().get(0).id().value(),
        "interest", "5")).statusCode());
  }

  @Test
  void postsWithoutTheRightCsrfTokenOrWithBadFieldsAreRefused() throws Exception {
    Client a = new Client();
    a.signIn(tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(1))));
    Client b = new Client();
    b.signIn(tokens.issue("reader-b", Instant.now().plus(Duration.ofDays(1))));
    String topic = graph.topics().get(0).id().value();
    String csrfA = csrf(a.get("/" + HtmlSite.pathOf(topicId(topic))).body());
    assertEquals(401, new Client().post("/feedback", form("csrf", csrfA, "topic", topic, "interest", "5"))
        .statusCode(), "no session");
    assertEquals(403, a.post("/feedback", form("topic", topic, "interest", "5")).statusCode(), "no CSRF token");
    assertEquals(403, b.post("/feedback", form("csrf", csrfA, "topic", topic, "interest", "5")).statusCode(),
        "another reader's CSRF token");
    for (String interest : List.of("0", "6", "five", "", "4.5", "05")) {
      assertEquals(400, a.post("/feedback", form("csrf", csrfA, "topic", topic, "interest", interest)).statusCode(),
          interest);
    }
    assertEquals(400, a.post("/feedback", form("csrf", csrfA, "topic", topic, "interest", "3", "optIn", "yes"))
        .statusCode());
    assertEquals(400, a.post("/feedback", form("csrf", csrfA, "topic", "topic.not-in-the-graph", "interest", "3"))
        .statusCode());
    assertEquals(400, a.post("/feedback", "csrf=" + csrfA + "&topic=" + topic + "&interest=3&interest=5")
        .statusCode(), "a repeated field");
    assertEquals(415, a.send(HttpRequest.newBuilder(a.uri("/feedback")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode());
    assertEquals(413, a.post("/feedback", "csrf=" + "x".repeat(9000)).statusCode());
    assertEquals(0, FeedbackLog.open(temp.resolve("feedback")).readAll().events().size(), "nothing was logged");
  }

  @Test
  void eachReviewerIsLimitedPerMinute() throws Exception {
    Client a = new Client();
    a.signIn(tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(1))));
    String topic = graph.topics().get(0).id().value();
    String csrf = csrf(a.get("/" + HtmlSite.pathOf(topicId(topic))).body());
    for (int i = 0; i < 3; i++) {
      assertEquals(303, a.post("/feedback", form("csrf", csrf, "topic", topic, "interest", "4")).statusCode());
    }
    assertEquals(429, a.post("/feedback", form("csrf", csrf, "topic", topic, "interest", "4")).statusCode());
    Client b = new Client();
    b.signIn(tokens.issue("reader-b", Instant.now().plus(Duration.ofDays(1))));
    String csrfB = csrf(b.get("/" + HtmlSite.pathOf(topicId(topic))).body());
    assertEquals(303, b.post("/feedback", form("csrf", csrfB, "topic", topic, "interest", "4")).statusCode(),
        "another reviewer has their own allowance");
    assertEquals(4, FeedbackLog.open(temp.resolve("feedback")).readAll().events().size());
  }

  @Test
  void concurrentPostsDoNotSlipPastTheRateLimit() throws Exception {
    Client a = new Client();
    a.signIn(tokens.issue("reader-racer", Instant.now().plus(Duration.ofDays(1))));
    String topic = graph.topics().get(0).id().value();
    String csrf = csrf(a.get("/" + HtmlSite.pathOf(topicId(topic))).body());
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<Integer>> posts = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        posts.add(pool.submit(() -> a.post("/feedback", form("csrf", csrf, "topic", topic, "interest", "5"))
            .statusCode()));
      }
      int accepted = 0;
      for (Future<Integer> f : posts) {
        accepted += f.get() == 303 ? 1 : 0;
      }
      assertEquals(3, accepted, "the limit is 3 a minute");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, FeedbackLog.open(temp.resolve("feedback")).readAll().events().size());
  }

  @Test
  void manyReadersAtOnceAllLandWhole() throws Exception {
    server.close();
    server = serve(1000);
    String topic = graph.topics().get(0).id().value();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> posts = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        String reader = "reader-par-" + r;
        posts.add(pool.submit(() -> {
          Client c = new Client();
          c.signIn(tokens.issue(reader, Instant.now().plus(Duration.ofDays(1))));
          String csrf = csrf(c.get("/" + HtmlSite.pathOf(topicId(topic))).body());
          int ok = 0;
          for (int i = 0; i < 10; i++) {
            ok += c.post("/feedback", form("csrf", csrf, "topic", topic, "interest", "" + (1 + i % 5)))
                .statusCode() == 303 ? 1 : 0;
          }
          return ok;
        }));
      }
      int ok = 0;
      for (Future<Integer> f : posts) {
        ok += f.get();
      }
      assertEquals(80, ok);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(80, FeedbackLog.open(temp.resolve("feedback")).readAll().events().size());
  }

  @Test
  void signingOutEndsTheSessionAndEachSignInHasItsOwnCsrfToken() throws Exception {
    String token = tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(1)));
    String topic = graph.topics().get(0).id().value();
    Client one = new Client();
    one.signIn(token);
    Client two = new Client();
    two.signIn(token);
    String csrfOne = csrf(one.get("/" + HtmlSite.pathOf(topicId(topic))).body());
    String csrfTwo = csrf(two.get("/" + HtmlSite.pathOf(topicId(topic))).body());
    assertFalse(csrfOne.equals(csrfTwo), "two sign-ins with one token are two sessions");
    assertEquals(403, two.post("/feedback", form("csrf", csrfOne, "topic", topic, "interest", "4")).statusCode());

    String signOut = csrfOf(one.get("/sign-in").body(), "/sign-out");
    assertEquals(303, one.post("/sign-out", form("csrf", signOut)).statusCode());
    assertFalse(one.hasSession());
    Client replay = new Client(); // the old cookie, kept by someone, with the old CSRF token
    replay.cookie(SiteServer.SESSION_COOKIE, one.lastSession);
    assertEquals(401, replay.post("/feedback", form("csrf", csrfOne, "topic", topic, "interest", "4")).statusCode());
    assertEquals(303, two.post("/feedback", form("csrf", csrfTwo, "topic", topic, "interest", "4")).statusCode(),
        "the other session is still open");
  }

  @Test
  void failedSignInsDoNotKeepAValidTokenOut() throws Exception {
    Client guesser = new Client();
    for (int i = 0; i < SiteServer.FAILED_SIGN_INS_PER_MINUTE; i++) {
      assertEquals(403, guesser.signInResponse("v1.x.1." + i).statusCode());
    }
    assertEquals(429, guesser.signInResponse("v1.x.1.x").statusCode(), "more failures are turned away");
    Client reader = new Client(); // the same address, as behind a proxy
    reader.signIn(tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(1))));
  }

  @Test
  void onlyTheExactTextOfAnIssuedTokenForAValidReviewerSignsIn() throws Exception {
    Instant until = Instant.now().plus(Duration.ofDays(1));
    String good = tokens.issue("reader-a", until);
    String[] p = good.split("\\.");
    char last = p[3].charAt(p[3].length() - 1);
    List<String> variants = List.of(
        p[0] + "." + p[1] + ".0" + p[2] + "." + p[3],
        p[0] + "." + p[1] + ".+" + p[2] + "." + p[3],
        p[0] + "." + p[1] + "=." + p[2] + "." + p[3],
        p[0] + "." + p[1] + "." + p[2] + "." + p[3] + "=",
        p[0] + "." + p[1] + "." + p[2] + "." + p[3].substring(0, p[3].length() - 1) + (char) (last ^ 1),
        tokens.issue("a|b", until),
        tokens.issue("with space", until),
        tokens.issue("", until),
        tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(20_000))));
    for (String v : variants) {
      assertEquals(403, new Client().signInResponse(v).statusCode(), v);
    }
    new Client().signIn(good);
  }

  @Test
  void aFormWithFieldsItDoesNotTakeOrTwoContentTypesIsRefused() throws Exception {
    Client a = new Client();
    a.signIn(tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(1))));
    String topic = graph.topics().get(0).id().value();
    String csrf = csrf(a.get("/" + HtmlSite.pathOf(topicId(topic))).body());
    for (String extra : List.of("reviewer=reader-victim", "comment=hi", "at=2020-01-01T00:00:00Z", "&&", "=")) {
      assertEquals(400, a.post("/feedback", form("csrf", csrf, "topic", topic, "interest", "4") + "&" + extra)
          .statusCode(), extra);
    }
    assertEquals(415, a.send(HttpRequest.newBuilder(a.uri("/feedback"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(form("csrf", csrf, "topic", topic, "interest", "4"))))
        .statusCode());
    assertEquals(0, FeedbackLog.open(temp.resolve("feedback")).readAll().events().size());
  }

  @Test
  void aLogThatCannotBeWrittenGivesAnErrorPageAndTellsTheOperator() throws Exception {
    Client a = new Client();
    a.signIn(tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(1))));
    String topic = graph.topics().get(0).id().value();
    String csrf = csrf(a.get("/" + HtmlSite.pathOf(topicId(topic))).body());
    List<String> before = order(a.get("/").body());
    // Today's log file is a folder: the append fails.
    Path today = temp.resolve("feedback").resolve(java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".jsonl");
    java.nio.file.Files.createDirectories(today);
    HttpResponse<String> r = a.post("/feedback", form("csrf", csrf, "topic", topic, "interest", "5"));
    java.nio.file.Files.delete(today);
    assertEquals(503, r.statusCode(), r.body());
    assertTrue(r.body().contains("could not be saved"), r.body());
    assertTrue(serverOut.toString().contains("error io.write"), serverOut.toString());
    assertEquals(before, order(a.get("/").body()), "the backlog did not take the event either");
  }

  @Test
  void slowClientsDoNotHoldTheServer() throws Exception {
    List<java.net.Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < SiteServer.THREADS + 8; i++) { // more than the server's threads
        java.net.Socket s = new java.net.Socket("127.0.0.1", URI.create(server.url()).getPort());
        s.getOutputStream().write((i % 2 == 0 ? "GET / HTTP/1.1\r\nHost: x\r\n"
            : "POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n\r\nab").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        stalled.add(s);
      }
      HttpResponse<String> r = new Client().get("/" + HtmlSite.STYLESHEET);
      assertEquals(200, r.statusCode(), "the server still answers");
      for (java.net.Socket s : stalled) {
        s.setSoTimeout(120_000); // a bound on a hang, not a limit on the server's cut-off
        int read;
        try {
          do {
            read = s.getInputStream().read();
          } while (read >= 0);
        } catch (java.net.SocketException e) {
          read = -1; // reset by the server: also cut off
        }
        assertEquals(-1, read, "the server cut the stalled request off");
      }
    } finally {
      for (java.net.Socket s : stalled) {
        s.close();
      }
    }
  }

  @Test
  void methodsAnAddressDoesNotTakeGet405WithAllow() throws Exception {
    Client c = new Client();
    HttpResponse<String> get = c.get("/feedback");
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> delete = c.send(HttpRequest.newBuilder(c.uri("/")).DELETE());
    assertEquals(405, delete.statusCode());
    assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void theTokenCommandKeepsTheSecretToItsOwnerAndItsTokensSignIn() throws Exception {
    Path secret = temp.resolve("secret");
    CliTest.Run made = CliTest.run("token", "--secret-file", secret.toString(), "--reviewer", "reader-cli");
    assertEquals(0, made.code, made.err);
    assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
        java.nio.file.Files.getPosixFilePermissions(secret), "readable by its owner only");
    assertEquals("", made.err);
    assertTrue(java.nio.file.Files.readString(secret).strip().matches("[0-9a-f]{64}"), "32 bytes as hex digits");
    ReviewerTokens same = new ReviewerTokens(Secrets.readOrCreate(secret));
    assertTrue(same.verify(made.out.strip(), Instant.now()).isPresent(), made.out);

    java.nio.file.Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions
        .fromString("rw-r--r--"));
    CliTest.Run warned = CliTest.run("token", "--secret-file", secret.toString(), "--reviewer", "reader-cli");
    assertEquals(0, warned.code);
    assertTrue(warned.err.contains("warning serve.secret: other users may read the server secret"), warned.err);
    CliTest.Run badId = CliTest.run("token", "--secret-file", secret.toString(), "--reviewer", "a|b");
    assertEquals(2, badId.code);
    assertTrue(badId.err.contains("is not a reviewer id"), badId.err);
  }

  // ---------------------------------------------------------------- helpers

  /** The CSRF token of the form that posts to {@code action}. */
  static String csrfOf(String page, String action) {
    int at = page.indexOf("action=\"" + action + "\"");
    assertTrue(at >= 0, page);
    return csrf(page.substring(at));
  }

  private static List<Feedback> concat(List<Feedback> a, List<Feedback> b) {
    List<Feedback> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static dev.topicgraph.model.NodeId topicId(String id) {
    return dev.topicgraph.model.NodeId.of(id);
  }

  /** The topic ids of the index's ranking, best first. */
  static List<String> order(String index) {
    Matcher m = Pattern.compile("<li id=\"rank-\\d+\">\n<p class=\"rank\">#\\d+</p><h3><a href=\"topics/([^\"]+)\\.html\"")
        .matcher(index);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertFalse(ids.isEmpty(), index);
    return ids;
  }

  static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertTrue(m.find(), page);
    return m.group(1);
  }

  private static String b64(String s) {
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String form(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }

  /** A browser-like client: keeps cookies, does not follow redirects. */
  private final class Client {
    private final CookieManager cookies = new CookieManager();
    private String lastSession;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();

    URI uri(String path) {
      return URI.create(server.url()).resolve(path);
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signInResponse(String token) throws Exception {
      String page = get("/sign-in").body();
      return post("/sign-in", form("csrf", csrf(page), "token", token));
    }

    void signIn(String token) throws Exception {
      HttpResponse<String> r = signInResponse(token);
      assertEquals(303, r.statusCode(), r.body());
      assertTrue(hasSession());
    }

    boolean hasSession() {
      Optional<String> session = cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals(SiteServer.SESSION_COOKIE) && !c.getValue().isEmpty())
          .map(java.net.HttpCookie::getValue).findFirst();
      session.ifPresent(v -> lastSession = v);
      return session.isPresent();
    }

    void cookie(String name, String value) {
      java.net.HttpCookie c = new java.net.HttpCookie(name, value);
      c.setPath("/");
      cookies.getCookieStore().add(uri("/"), c);
    }
  }
}
