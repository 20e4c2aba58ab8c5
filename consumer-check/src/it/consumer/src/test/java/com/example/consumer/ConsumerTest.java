package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's view of topicgraph: which library versions Maven gave it, and whether the
 * README's snippets and a Markdown round trip work on the class path and on the module path.
 */
class ConsumerTest {
  @TempDir
  Path temp;

  /** The test class path as surefire built it: entries in the local repository end in g/a/v/a-v.jar. */
  private static List<String> classPath() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(cp.split(File.pathSeparator)).filter(e -> !e.isBlank()).collect(Collectors.toList());
  }

  /** Every jar of a group on the class path, as artifactId to version. */
  private static Map<String, String> jarsOf(String groupId) {
    String groupPath = File.separator + groupId.replace('.', File.separatorChar) + File.separator;
    Map<String, String> found = new TreeMap<>();
    for (String entry : classPath()) {
      int at = entry.indexOf(groupPath);
      if (at < 0 || !entry.endsWith(".jar")) {
        continue;
      }
      String[] rest = entry.substring(at + groupPath.length()).split(java.util.regex.Pattern.quote(File.separator));
      if (rest.length == 3) { // artifactId, version, file
        String previous = found.put(rest[0], rest[1]);
        assertTrue(previous == null, "two versions of " + groupId + ":" + rest[0] + " on the class path");
      }
    }
    return found;
  }

  /**
   * Checks that each named artifact of a group is on the class path at the expected version, and with
   * {@code wholeGroup} that every other jar of the group is too (Jackson and commonmark release all their
   * modules together; Guava's helper jars have versions of their own).
   */
  private static void assertVersions(String groupId, List<String> artifacts, String property, boolean wholeGroup) {
    String expected = System.getProperty(property);
    assertTrue(expected != null && !expected.isBlank() && !expected.contains("@"), property + " was not passed in");
    Map<String, String> jars = jarsOf(groupId);
    System.out.println("resolved " + groupId + ": " + jars + " (expected " + expected + ")");
    for (String artifact : artifacts) {
      assertTrue(jars.containsKey(artifact), groupId + ":" + artifact + " is not on the class path: " + jars);
    }
    jars.forEach((artifact, version) -> {
      if (wholeGroup || artifacts.contains(artifact)) {
        assertEquals(expected, version,
            groupId + ":" + artifact + " resolved to " + version + "; the topicgraph build pins " + expected);
      }
    });
  }

  @Test
  void resolvesTheVersionsTheBuildPins() {
    assertVersions("org.snakeyaml", List.of("snakeyaml-engine"), "expected.snakeyaml-engine", true);
    assertVersions("tools.jackson.core", List.of("jackson-core", "jackson-databind"), "expected.jackson", true);
    assertVersions("tools.jackson.dataformat", List.of("jackson-dataformat-yaml"), "expected.jackson", true);
    assertVersions("org.commonmark", List.of("commonmark", "commonmark-ext-gfm-tables"), "expected.commonmark",
        true);
    assertVersions("com.google.guava", List.of("guava"), "expected.guava", false);
    assertVersions("dev.topicgraph",
        List.of("topicgraph-model", "topicgraph-api", "topicgraph-io-json", "topicgraph-io-markdown"),
        "expected.topicgraph", true);
  }

  @Test
  void everyPublishedJarHasItsSourcesAndJavadocBesideIt() throws IOException {
    String groupPath = File.separator + "dev" + File.separator + "topicgraph" + File.separator;
    // A type of each artifact, and the JPMS module its Javadoc is filed under.
    Map<String, String> firstClass = Map.of(
        "topicgraph-model", "dev.topicgraph.model/dev/topicgraph/model/TopicGraph",
        "topicgraph-api", "dev.topicgraph.api/dev/topicgraph/api/format/FormatRegistry",
        "topicgraph-io-json", "dev.topicgraph.io.json/dev/topicgraph/io/json/JsonFormat",
        "topicgraph-io-markdown", "dev.topicgraph.io.markdown/dev/topicgraph/io/markdown/MarkdownFormat",
        "topicgraph-jackson", "dev.topicgraph.jackson/dev/topicgraph/jackson/TopicGraphModule");
    int checked = 0;
    for (String entry : classPath()) {
      int at = entry.indexOf(groupPath);
      if (at < 0 || !entry.endsWith(".jar")) {
        continue;
      }
      String artifact = entry.substring(at + groupPath.length()).split(java.util.regex.Pattern.quote(File.separator))[0];
      String type = firstClass.get(artifact);
      if (type == null) {
        continue;
      }
      String base = entry.substring(0, entry.length() - ".jar".length());
      try (java.util.jar.JarFile sources = new java.util.jar.JarFile(base + "-sources.jar");
          java.util.jar.JarFile javadoc = new java.util.jar.JarFile(base + "-javadoc.jar")) {
        String source = type.substring(type.indexOf('/') + 1) + ".java";
        assertTrue(sources.getEntry(source) != null, artifact + "-sources.jar lacks " + source);
        assertTrue(javadoc.getEntry(type + ".html") != null, artifact + "-javadoc.jar lacks " + type + ".html");
      }
      checked++;
    }
    assertEquals(firstClass.size(), checked, "every published jar was checked");
  }

  @Test
  void builderMethodsAreDocumentedInThePublicBuilder() throws IOException {
    String modelJar = classPath().stream()
        .filter(e -> e.contains("topicgraph-model") && e.endsWith(".jar"))
        .findFirst().orElseThrow();
    String javadocJar = modelJar.substring(0, modelJar.length() - ".jar".length()) + "-javadoc.jar";
    try (java.util.jar.JarFile javadoc = new java.util.jar.JarFile(javadocJar)) {
      for (String type : List.of("Topic", "Vendor", "OrgDimension", "Pattern", "GenericNode", "Source",
          "Feedback", "Diagnostic")) {
        String page = "dev.topicgraph.model/dev/topicgraph/model/" + type + ".Builder.html";
        java.util.jar.JarEntry entry = javadoc.getJarEntry(page);
        assertTrue(entry != null, "javadoc lacks " + page);
        String html = new String(javadoc.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        // The methods come from a class that Immutables generates and the API hides; a reader of the
        // builder's page sees each one with its description, not a bare list "inherited from" it.
        assertFalse(html.contains("Methods inherited from class"
            + "&nbsp;dev.topicgraph.model.Immutable"), page + " lists its methods as inherited");
        assertTrue(html.contains("id=\"build()\""), page + " documents build()");
        assertTrue(html.contains("Builds a new"), page + " describes build()");
      }
    }
  }

  @Test
  void runsOnTheClassPath() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ConsumerApp.run(temp, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);
    System.out.println("--- class path ---\n" + report);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertTrue(report.contains("consumer module: unnamed\n"), report);
    assertTrue(report.contains("io-markdown as a named module: false\n"), report);
    checkReport(report);
  }

  @Test
  void runsOnTheModulePath() throws IOException, InterruptedException {
    List<String> modulePath = classPath().stream()
        .filter(e -> !e.contains("test-classes") && !e.contains("junit") && !e.contains("opentest4j")
            && !e.contains("apiguardian"))
        .collect(Collectors.toList());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "--module-path", String.join(File.pathSeparator, modulePath),
        "--module", "com.example.consumer/com.example.consumer.ConsumerApp", temp.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the program did not finish");
    System.out.println("--- module path ---\n" + report);
    assertEquals(0, p.exitValue(), report);
    assertTrue(report.contains("consumer module: com.example.consumer\n"), report);
    assertTrue(report.contains("io-markdown as a named module: true\n"), report);
    checkReport(report);
  }

  private static void checkReport(String report) {
    assertTrue(report.contains("formats: json, markdown\n"), report);
    assertTrue(report.contains("1. "), report);
    assertTrue(report.contains("3. "), report);
    assertTrue(report.contains("quick start: vendor.example-sync is enabled by"
        + " org-dim.operational-profile.engineering-led-cdp\n"), report);
    assertTrue(report.contains("markdown round trip: 90 pages"), report);
    assertTrue(report.contains("jackson module: 3 ranked topics, "), report);
    assertFalse(report.contains("error"), report);
  }
}
