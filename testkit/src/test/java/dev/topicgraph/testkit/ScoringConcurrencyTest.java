package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.TopicGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The scorer and the live backlog used from many threads give what sequential use gives. */
class ScoringConcurrencyTest {
  private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

  @Test
  void oneScorerRanksManyGraphsAtOnce() throws Exception {
    PriorityScorer scorer = PriorityScorer.withDefaults();
    List<TopicGraph> graphs = new ArrayList<>();
    List<List<RankedTopic>> sequential = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      TopicGraph g = Generators.graphs(GraphShape.of(30, 60, 20, 400)).sample(i, 20);
      graphs.add(g);
      sequential.add(scorer.rank(g, AS_OF));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<RankedTopic>>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (TopicGraph g : graphs) {
          results.add(pool.submit(() -> scorer.rank(g, AS_OF)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(sequential.get(i % graphs.size()), results.get(i).get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLiveBacklogTakesEventsFromManyThreads() throws Exception {
    TopicGraph full = Generators.graphs(GraphShape.of(20, 30, 40, 4_000).withReviewers(300)).sample(5, 20);
    TopicGraph withoutFeedback = TopicGraph.builder().addNodes(full.nodes()).addRelations(full.relations())
        .addTopics(full.topics()).build();
    LiveBacklog live = PriorityScorer.withDefaults().live(withoutFeedback, AS_OF);
    List<Feedback> events = full.feedback();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        done.add(pool.submit(() -> {
          for (int i = offset; i < events.size(); i += 8) {
            live.add(events.get(i));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(PriorityScorer.withDefaults().rank(full, AS_OF), live.ranking());
  }
}
