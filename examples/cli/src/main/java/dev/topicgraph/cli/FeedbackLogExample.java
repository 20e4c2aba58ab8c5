package dev.topicgraph.cli;

import dev.topicgraph.api.format.ReadOptions;
import dev.topicgraph.api.scoring.LiveBacklog;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.io.json.FeedbackLog;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The example in docs/feedback-log.md; a test checks that the page quotes this file exactly. */
public final class FeedbackLogExample {
  private FeedbackLogExample() {}

  /**
   * Appends an event to a feedback log, ranks from the log, and erases the reader again.
   *
   * @param graph the graph, such as the bundled sample
   * @param dir the log's folder
   * @return what the example prints
   * @throws IOException if the log cannot be read or written
   */
  public static List<String> run(TopicGraph graph, Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    // tag::log[]
    FeedbackLog log = FeedbackLog.open(dir, FeedbackLog.Sync.EACH_APPEND, ReadOptions.strict());
    boolean added = log.append(Feedback.builder().id("evt-20261121-0001")
        .topic(NodeId.of("topic.identity-in-the-warehouse")).reviewer("reader-17")
        .interest(5).optIn(true).at(Instant.parse("2026-11-21T08:30:00Z")).build());
    out.add("appended: " + added);                       // false when the id was already in the log

    FeedbackLog.Reading read = log.readAll();            // a bad line: FormatException at file:line:column
    read.warnings().forEach(w -> out.add("warning: " + w));  // a torn last line left by a crash
    Instant asOf = Instant.parse("2026-11-22T00:00:00Z");
    PriorityScorer scorer = PriorityScorer.withDefaults();
    List<RankedTopic> top = scorer.top(graph, read.events(), asOf, 3);
    top.forEach(t -> out.add(t.rank() + ". " + t.topic().id()));

    LiveBacklog live = scorer.live(graph, read.events(), asOf);   // restarts from the log
    out.add("interested: " + live.interestedReviewers(NodeId.of("topic.identity-in-the-warehouse")));

    out.add("erased from the log: " + log.erase("reader-17"));   // the reader asked to be forgotten
    live.erase("reader-17");
    // end::log[]
    return out;
  }
}
