package dev.topicgraph.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's day: events go to the log and to a live backlog; after a restart the log gives it back. */
class LiveBacklogRestartTest {
  private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

  private int trial;

  @Test
  void aLiveBacklogRestartedFromTheLogIsTheOneThatStopped(@TempDir Path root) {
    Property.forAll(Generators.graphs()).named("restart from the log").trials(40).check(g -> {
      TopicGraph bare = TopicGraph.builder().addNodes(g.nodes()).addRelations(g.relations()).addTopics(g.topics())
          .build();
      PriorityScorer scorer = PriorityScorer.withDefaults();
      FeedbackLog log = FeedbackLog.open(Files.createDirectories(root.resolve("log-" + trial++)));
      LiveBacklog live = scorer.live(bare, List.of(), AS_OF);
      for (Feedback f : g.feedback()) {
        if (log.append(f)) { // delivered once to both; a retry would be a no-op in the log
          live.add(f);
        }
      }
      List<RankedTopic> before = live.ranking();
      LiveBacklog restarted = scorer.live(bare, FeedbackLog.open(log.directory()).readAll().events(), AS_OF);
      assertEquals(before, restarted.ranking());
      assertEquals(scorer.rank(g, AS_OF), before, "and both equal ranking the graph with its feedback");

      // A reader asks to be forgotten: erased from the log and the live backlog, and gone after a restart.
      if (!g.feedback().isEmpty()) {
        String reader = g.feedback().get(0).reviewer();
        log.erase(reader);
        restarted.erase(reader);
        List<Feedback> left = FeedbackLog.open(log.directory()).readAll().events();
        assertFalse(left.stream().anyMatch(f -> f.reviewer().equals(reader)));
        assertEquals(restarted.ranking(), scorer.live(bare, left, AS_OF).ranking());
      }
    });
  }
}
