package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A disk that fills up in the middle of a write: the previous file survives, and nothing else is left. */
class JsonFailureInjectionTest {

  @Test
  void aFullDiskLeavesThePreviousFileIntact() throws IOException {
    TopicGraph small = Generators.graphs(GraphShape.of(5, 5, 2, 10)).sample(1, 10);
    TopicGraph large = Generators.graphs(GraphShape.of(2_000, 4_000, 300, 3_000)).sample(2, 30);
    Configuration tiny = Configuration.unix().toBuilder().setMaxSize(1L << 20).setBlockSize(4096).build();
    try (FileSystem fs = Jimfs.newFileSystem(tiny)) {
      Path dir = Files.createDirectories(fs.getPath("/data"));
      Path file = dir.resolve("backlog.json");
      JsonFormat.defaultWriter().write(small, file);
      byte[] before = Files.readAllBytes(file);

      IOException e = assertThrows(IOException.class, () -> JsonFormat.defaultWriter().write(large, file));
      assertEquals("out of disk space", e.getMessage());

      assertArrayEquals(before, Files.readAllBytes(file));
      assertEquals(small, JsonFormat.defaultReader().read(file));
      try (Stream<Path> s = Files.list(dir)) {
        assertEquals(List.of("backlog.json"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
      }
    }
  }
}
