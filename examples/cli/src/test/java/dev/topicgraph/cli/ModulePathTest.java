package dev.topicgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every topicgraph jar is a named module: the command line runs on the module path, and the four
 * formats are found as {@code provides} of their modules, with no class path at all.
 */
class ModulePathTest {

  @Test
  void theCommandLineRunsOnTheModulePath() throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> modulePath = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> !entry.contains("test-classes") && !entry.contains("junit") && !entry.contains("opentest4j")
            && !entry.contains("apiguardian") && !entry.contains("topicgraph-testkit") && !entry.contains("testkit"))
        .collect(Collectors.toList());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "--module-path", String.join(File.pathSeparator, modulePath),
        "--module", "dev.topicgraph.cli/dev.topicgraph.cli.Main", "formats"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the program did not finish");
    assertEquals(0, p.exitValue(), output);
    for (String id : List.of("json", "markdown", "yaml", "mermaid")) {
      assertTrue(output.lines().anyMatch(l -> l.startsWith(id + " ")), () -> id + " missing:\n" + output);
    }
  }
}
