package dev.topicgraph.benchmarks;

import dev.topicgraph.api.scoring.FeedbackAccumulator;
import dev.topicgraph.api.scoring.PriorityScorer;
import dev.topicgraph.io.json.JsonFormat;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.TopicGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retained heap per feedback event and per node, measured as the change of the used heap, after full
 * collections, when a structure is created or dropped: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.topicgraph.benchmarks.HeapFootprint medium}. The graphs are read from their JSON, as an
 * application would load them, so ids and reviewers are shared the way the reader shares them.
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private static long used() {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      try {
        Thread.sleep(60);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      best = Math.min(best, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return best;
  }

  /**
   * Prints the figures.
   *
   * @param args the size: small, medium or large (default medium)
   * @throws IOException if the input cannot be read
   */
  public static void main(String[] args) throws IOException {
    String size = args.length > 0 ? args[0] : "medium";
    byte[] json = BenchmarkData.json(size);
    TopicGraph read = new JsonFormat().reader(BenchmarkData.UNLIMITED).read(new ByteArrayInputStream(json), size);
    List<Feedback> events = new ArrayList<>(read.feedback());
    TopicGraph withoutFeedback = TopicGraph.builder().addNodes(read.nodes()).addRelations(read.relations())
        .addTopics(read.topics()).build();
    int n = events.size();
    int nodes = read.nodes().size();
    read = null;
    json = null;

    long start = used();
    TopicGraph withFeedback = withoutFeedback.toBuilder().addFeedback(events).build();
    long afterGraph = used();
    TopicGraph again = withoutFeedback.toBuilder().build();
    long afterCopy = used();
    Map<NodeId, FeedbackAccumulator> accumulators = PriorityScorer.accumulate(events);
    long afterAccumulators = used();
    int check = withFeedback.feedback().size() + again.nodes().size() + accumulators.size();
    withFeedback = null;
    again = null;
    accumulators = null;
    long beforeDrop = used();
    int count = events.size();
    events = null;
    long afterDrop = used();

    double objects = (double) (beforeDrop - afterDrop) / n;
    double indexes = (double) ((afterGraph - start) - (afterCopy - afterGraph)) / n;
    double accumulator = (double) (afterAccumulators - afterCopy) / n;

    List<dev.topicgraph.model.Node> nodeList = new ArrayList<>(withoutFeedback.nodes());
    withoutFeedback = null;
    long nodesHeld = used();
    int nodeCount = nodeList.size();
    nodeList = null;
    long nodesDropped = used();

    System.out.printf(Locale.ROOT, "size=%s events=%d nodes=%d (checks %d %d %d)%n", size, n, nodes, check, count,
        nodeCount);
    System.out.printf(Locale.ROOT, "feedback event objects (event, id, instant; topic ids and reviewers shared): %.1f bytes/event%n",
        objects);
    System.out.printf(Locale.ROOT, "graph indexes for feedback (canonical list, by id, by topic, latest per reviewer): %.1f bytes/event%n",
        indexes);
    System.out.printf(Locale.ROOT, "retained by the graph in all: %.1f bytes/event%n", objects + indexes);
    System.out.printf(Locale.ROOT, "scoring accumulators (newest rating per reviewer and topic): %.1f bytes/event%n",
        accumulator);
    System.out.printf(Locale.ROOT, "node objects with their text, sections, sources and ids: %.1f bytes/node%n",
        (double) (nodesHeld - nodesDropped) / nodes);
  }
}
