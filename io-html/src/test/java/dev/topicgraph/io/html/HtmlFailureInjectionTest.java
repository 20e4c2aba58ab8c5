package dev.topicgraph.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.GraphShape;
import dev.topicgraph.testkit.Generators;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A disk that fills up while the site is written: the previous site and the user's files survive. */
class HtmlFailureInjectionTest {

  @Test
  void aFullDiskLeavesThePreviousSiteIntact() throws IOException {
    TopicGraph small = Generators.graphs(GraphShape.of(5, 5, 2, 10)).sample(1, 10);
    TopicGraph large = Generators.graphs(GraphShape.of(1_000, 2_000, 300, 2_000)).sample(2, 30);
    Configuration tiny = Configuration.unix().toBuilder().setMaxSize(2L << 20).setBlockSize(4096).build();
    try (FileSystem fs = Jimfs.newFileSystem(tiny)) {
      Path out = fs.getPath("/data/site");
      Files.createDirectories(out.resolve(".git"));
      Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/main\n");
      Files.writeString(out.resolve("README.md"), "the team's own notes\n");
      new HtmlFormat().writer().write(small, out);
      Map<String, String> before = files(out);

      IOException e = assertThrows(IOException.class, () -> new HtmlFormat().writer().write(large, out));
      assertEquals("out of disk space", e.getMessage());

      assertEquals(before, files(out));
      try (Stream<Path> s = Files.list(out.getParent())) {
        assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
      }
    }
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
        out.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return out;
  }
}
