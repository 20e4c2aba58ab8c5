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
 * application would load them, so topic ids are shared the way the reader shares them.
 *
 * <p>The graph keeps feedback in columns, so what it retains per event is measured with the events'
 * objects gone: a graph with feedback is built from the events, the events are dropped, and the used
 * heap falls when the graph is dropped in turn, by the columns, their indexes and the interned
 * reviewer ids, and by the graph's lists and indexes of nodes, relations and topics, which are
 * measured on a copy without feedback and subtracted.
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
    BenchmarkData.forget(size);
    List<Feedback> events = new ArrayList<>(read.feedback());
    TopicGraph withoutFeedback = TopicGraph.builder().addNodes(read.nodes()).addRelations(read.relations())
        .addTopics(read.topics()).build();
    int n = events.size();
    int nodes = read.nodes().size();
    read = null;
    json = null;

    long start = used();
    Map<NodeId, FeedbackAccumulator> accumulators = PriorityScorer.accumulate(events);
    long afterAccumulators = used();
    int check = accumulators.size();
    accumulators = null;
    long beforeGraph = used();
    TopicGraph withFeedback = withoutFeedback.toBuilder().addFeedback(events).build();
    long afterGraph = used();
    events = null;
    long eventsDropped = used();
    check += withFeedback.feedback().size();
    withFeedback = null;
    long graphDropped = used();
    // The same graph without feedback: its own lists and indexes of nodes, relations and topics.
    TopicGraph copy = withoutFeedback.toBuilder().build();
    long copyHeld = used();
    // The first columnar ranking makes the topic and node arrays it reads; the graph keeps them.
    check += PriorityScorer.withDefaults().rank(copy, java.time.Instant.parse("2027-01-01T00:00:00Z")).size();
    long copyRanked = used();
    int topicCount = copy.topics().size();
    copy = null;
    long copyDropped = used();

    double objects = (double) (afterGraph - eventsDropped) / n;
    double graph = (double) ((eventsDropped - graphDropped) - (copyHeld - copyDropped)) / n;
    double scoringArrays = (double) (copyRanked - copyHeld) / n;
    double accumulator = (double) (afterAccumulators - start) / n;

    List<dev.topicgraph.model.Node> nodeList = new ArrayList<>(withoutFeedback.nodes());
    withoutFeedback = null;
    long nodesHeld = used();
    int nodeCount = nodeList.size();
    nodeList = null;
    long nodesDropped = used();

    System.out.printf(Locale.ROOT, "size=%s events=%d nodes=%d (checks %d %d %d)%n", size, n, nodes, check, nodeCount,
        beforeGraph - start);
    System.out.printf(Locale.ROOT, "feedback event objects outside the graph (event, id, instant, comment): %.1f bytes/event%n",
        objects);
    System.out.printf(Locale.ROOT, "retained by the graph per event (columns, indexes, interned reviewers): %.1f bytes/event%n",
        graph);
    System.out.printf(Locale.ROOT, "topic and node arrays made by the first ranking (%d topics): %.1f bytes/event%n",
        topicCount, scoringArrays);
    System.out.printf(Locale.ROOT, "scoring accumulators (newest rating per reviewer and topic): %.1f bytes/event%n",
        accumulator);
    System.out.printf(Locale.ROOT, "node objects with their text, sections, sources and ids: %.1f bytes/node%n",
        (double) (nodesHeld - nodesDropped) / nodes);
  }
}
