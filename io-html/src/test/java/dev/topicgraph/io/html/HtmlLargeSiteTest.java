package dev.topicgraph.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site far larger than a newsroom's, written in the module's 256 MB test heap: pages are rendered
 * one at a time, so the heap holds the graph and one page, not the site.
 */
class HtmlLargeSiteTest {
  @TempDir
  Path temp;

  @Test
  void aLargeSiteIsWrittenInASmallHeap() throws IOException {
    int nodes = 1_000;
    int topics = 4_000;
    TopicGraph.Builder b = TopicGraph.builder();
    String body = "Some **prose** with a [link](https://example.org/page) and a list:\n\n- one\n- two\n\n".repeat(20).strip();
    for (int i = 0; i < nodes; i++) {
      NodeId id = NodeId.of("vendor.v" + i);
      b.addNode(Vendor.builder().id(id).title("Vendor " + i).summary("A vendor of things, number " + i + ".")
          .addSections(Section.of("Notes", body)).build());
      if (i > 0) {
        b.addRelation(id, RelationType.ALTERNATIVE_TO, NodeId.of("vendor.v" + (i - 1)), "Both do the same job.");
      }
    }
    b.addNode(OrgDimension.builder().id(NodeId.of("org-dim.hub")).title("Hub").build());
    for (int i = 0; i < topics; i++) {
      b.addTopic(Topic.builder().id(NodeId.of("topic.t" + i)).title("Topic " + i).angle("An angle. ".repeat(30).strip())
          .addDrawsFrom(NodeId.of("vendor.v" + i % nodes), NodeId.of("org-dim.hub"))
          .proposed(LocalDate.of(2026, 1, 1).plusDays(i % 300)).build());
    }
    Instant start = Instant.parse("2026-11-01T00:00:00Z");
    for (int i = 0; i < 20_000; i++) {
      b.addFeedback(Feedback.builder().id("e" + i).topic(NodeId.of("topic.t" + (i * 7919) % topics))
          .reviewer("r" + i % 3_000).interest(1 + i % 5).optIn(i % 3 == 0).at(start.plusSeconds(i)).build());
    }
    TopicGraph g = b.build();
    Path out = temp.resolve("site");
    new HtmlFormat().writer().write(g, out);
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(nodes + 1 + topics + 3, files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith(".topicgraph")).count());
    }
    String hub = Files.readString(out.resolve("nodes/org-dim.hub.html"));
    assertTrue(hub.contains("topic.t3999") || hub.contains("Topic 3999"), "the hub lists every topic on it");
  }
}
