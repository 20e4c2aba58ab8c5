package dev.topicgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.topicgraph.api.format.WriteOptions;
import dev.topicgraph.io.html.HtmlFormat;
import dev.topicgraph.io.html.HtmlSite;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicGraph;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The site in a real browser: Debian's Chromium in headless mode, driven through Debian's ChromeDriver
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; {@code .ci/install-chromium} installs
 * both). Every page loads without a console error or a broken link, screenshots land in {@code
 * target/screenshots}, a signed-in rating lifts its topic, and forged or missing tokens are refused.
 * Skipped, with a message saying so, where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("topicgraph.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("topicgraph.chromedriver", "/usr/bin/chromedriver"));
  private static final byte[] SECRET = "the browser tests' server secret, 32 bytes or more".getBytes(
      StandardCharsets.UTF_8);

  @TempDir
  static Path temp;

  private TopicGraph graph;
  private ReviewerTokens tokens;
  private SiteServer server;
  private ChromeDriver driver;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium is not installed ("
        + CHROMIUM + ", " + DRIVER + "): the browser tests are skipped. Install Debian's chromium and "
        + "chromium-driver packages (.ci/install-chromium does) to run them.");
    graph = DemoCommand.sample();
    tokens = new ReviewerTokens(SECRET);
    FeedbackLog log = FeedbackLog.open(temp.resolve("feedback"));
    server = new SiteServer(graph, graph.feedback(), log, tokens, Clock.systemUTC(), 10,
        new java.io.PrintWriter(System.err, true)).start("127.0.0.1", 0);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--window-size=1200,1500",
        "--user-data-dir=" + temp.resolve("profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void signedOut() {
    driver.get(server.url());
    driver.manage().deleteAllCookies();
    consoleErrors(); // drop what earlier tests left
  }

  @Test
  void everyServedPageLoadsWithoutAConsoleErrorOrABrokenLink() throws Exception {
    Set<String> pages = crawl(server.url(), server.url());
    assertEquals(1 + graph.topics().size() + graph.nodes().size(), pages.size(), pages.toString());
    // The stylesheet applies under the server's Content-Security-Policy.
    driver.get(server.url());
    assertEquals("rgba(244, 246, 249, 1)", driver.findElement(By.tagName("body")).getCssValue("background-color"));
    // The check sees errors when there are some.
    driver.get(server.url() + "no-such-page");
    assertFalse(consoleErrors().isEmpty(), "a 404 is reported on the console");
  }

  @Test
  void theStaticSiteLoadsFromDiskWithoutAConsoleErrorOrABrokenLink() throws Exception {
    Path site = temp.resolve("site");
    new HtmlFormat().writer(WriteOptions.builder().putFormatOption(HtmlFormat.AS_OF_OPTION,
        DemoCommand.AS_OF.toString()).build()).write(graph, site);
    String root = site.toUri().toString();
    Set<String> pages = crawl(site.resolve("index.html").toUri().toString(), root);
    assertEquals(1 + graph.topics().size() + graph.nodes().size(), pages.size(), pages.toString());
    String topic = site.resolve(HtmlSite.pathOf(graph.topics().get(0).id())).toUri().toString();
    driver.get(topic);
    assertTrue(driver.findElement(By.className("sign-in")).getText().contains("Sign-in required."));
  }

  @Test
  void screenshotsOfTheIndexATopicAndANode() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    shoot(server.url(), dir.resolve("index.png"));
    shoot(server.url() + HtmlSite.pathOf(NodeId.of("topic.who-builds-the-serving-api")), dir.resolve("topic.png"));
    shoot(server.url() + HtmlSite.pathOf(NodeId.of("org-dim.operational-profile.engineering-led-cdp")),
        dir.resolve("node.png"));
    for (String name : List.of("index.png", "topic.png", "node.png")) {
      byte[] png = Files.readAllBytes(dir.resolve(name));
      assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', name);
    }
  }

  @Test
  void aSignedInReaderRatesATopicFiveWithOptInAndSeesItRise() {
    signIn(tokens.issue("reader-browser", Instant.now().plus(Duration.ofDays(1))));
    driver.get(server.url());
    List<String> before = ranking();
    String last = before.get(before.size() - 1);
    driver.findElement(By.cssSelector("a[href='topics/" + last + ".html']")).click();
    driver.findElement(By.cssSelector("label[for='interest-5']")).click();
    driver.findElement(By.id("opt-in")).click();
    driver.findElement(By.cssSelector("form[action='/feedback'] button[type='submit']")).click();
    assertEquals(server.url() + "topics/" + last + ".html", driver.getCurrentUrl(), "back on the topic's page");
    assertTrue(driver.findElement(By.className("standing")).getText().contains("1 interested reviewer")
        || driver.findElement(By.className("standing")).getText().contains("interested reviewers"));
    driver.get(server.url());
    List<String> after = ranking();
    assertTrue(after.indexOf(last) < before.indexOf(last), "the topic rose: " + before + " -> " + after);
    assertFalse(driver.getPageSource().contains("reader-browser"), "no page names the reader");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void aForgedOrMissingTokenIsRefused() {
    String topicUrl = server.url() + HtmlSite.pathOf(graph.topics().get(0).id());
    driver.get(topicUrl);
    assertTrue(driver.findElement(By.className("sign-in")).getText().contains("Sign-in required."), "no token");
    assertTrue(driver.findElements(By.cssSelector("form[action='/feedback']")).isEmpty(), "no form without a token");

    String good = tokens.issue("reader-a", Instant.now().plus(Duration.ofDays(1)));
    String forged = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
    driver.get(server.url() + "sign-in");
    driver.findElement(By.id("token")).sendKeys(forged);
    driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
    assertTrue(driver.findElement(By.cssSelector("[role=alert]")).getText().contains("This token is not valid"));
    assertEquals(null, driver.manage().getCookieNamed(SiteServer.SESSION_COOKIE));

    driver.manage().addCookie(new Cookie(SiteServer.SESSION_COOKIE, forged, "/"));
    driver.get(topicUrl);
    assertTrue(driver.findElement(By.className("sign-in")).getText().contains("Sign-in required."), "forged cookie");
  }

  // ---------------------------------------------------------------- helpers

  private void signIn(String token) {
    driver.get(server.url() + "sign-in");
    driver.findElement(By.id("token")).sendKeys(token);
    driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
    assertEquals(server.url(), driver.getCurrentUrl(), "signed in and sent to the index");
  }

  /** The topic ids of the index's ranking, best first. */
  private List<String> ranking() {
    return driver.findElements(By.cssSelector("ol.backlog > li h3 a")).stream()
        .map(a -> a.getAttribute("href").replaceAll("^.*/topics/", "").replaceAll("\\.html$", ""))
        .collect(Collectors.toList());
  }

  /**
   * Visits every page reachable from {@code start} under {@code root}, checking that each loads
   * without a console error and that each of its links and stylesheets answers; returns the pages.
   */
  private Set<String> crawl(String start, String root) throws Exception {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    Set<String> checked = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      String url = todo.removeFirst();
      if (!seen.add(url)) {
        continue;
      }
      driver.get(url);
      assertEquals(List.of(), consoleErrors(), url);
      List<String> targets = new ArrayList<>();
      for (WebElement a : driver.findElements(By.cssSelector("a[href], link[href]"))) {
        targets.add(a.getAttribute("href"));
      }
      for (WebElement f : driver.findElements(By.cssSelector("form[action]"))) {
        targets.add(f.getAttribute("action"));
      }
      for (String target : targets) {
        String bare = target.replaceAll("#.*$", "");
        if (!bare.startsWith(root)) {
          continue; // another site: sources' links
        }
        if (checked.add(bare)) {
          assertTrue(answers(bare), () -> url + " links to " + bare + ", which does not answer");
        }
        if (bare.endsWith(".html") || bare.equals(root)) {
          todo.add(bare);
        }
      }
    }
    return seen.stream().map(u -> u.equals(root) ? root + "index.html" : u).collect(Collectors.toSet());
  }

  private boolean answers(String url) throws Exception {
    URI uri = URI.create(url);
    if (uri.getScheme().equals("file")) {
      return Files.isRegularFile(Path.of(uri));
    }
    if (url.endsWith("/feedback") || url.endsWith("/sign-out")) {
      return true; // form targets take posts; the server tests check them
    }
    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
    return r.statusCode() == 200;
  }

  private List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
        .collect(Collectors.toList());
  }

  private void shoot(String url, Path file) throws Exception {
    driver.get(url);
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }
}
