package dev.topicgraph.io.markdown;

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

/** A disk that fills up while pages are written: the previous directory survives byte for byte. */
class MarkdownFailureInjectionTest {

  @Test
  void aFullDiskLeavesThePreviousPagesIntact() throws IOException {
    TopicGraph small = Generators.graphs(GraphShape.of(5, 5, 2, 10)).sample(1, 10);
    TopicGraph large = Generators.graphs(GraphShape.of(2_000, 4_000, 300, 3_000)).sample(2, 30);
    Configuration tiny = Configuration.unix().toBuilder().setMaxSize(2L << 20).setBlockSize(4096).build();
    try (FileSystem fs = Jimfs.newFileSystem(tiny)) {
      Path out = fs.getPath("/data/pages");
      MarkdownFormat.losslessWriter().write(small, out);
      Map<String, String> before = files(out);

      IOException e = assertThrows(IOException.class, () -> MarkdownFormat.losslessWriter().write(large, out));
      assertEquals("out of disk space", e.getMessage());

      assertEquals(before, files(out));
      assertEquals(small, MarkdownFormat.defaultReader().read(out));
      try (Stream<Path> s = Files.list(out.getParent())) {
        assertEquals(List.of("pages"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
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
