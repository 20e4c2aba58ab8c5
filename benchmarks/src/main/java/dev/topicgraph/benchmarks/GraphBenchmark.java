package dev.topicgraph.benchmarks;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and validating a graph, beside sorting and hashing the same elements (the least any index
 * must do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g", "-XX:+AlwaysPreTouch"})
public class GraphBenchmark {
  @Param({"small", "medium", "large"})
  public String size;

  private List<Node> nodes;
  private List<Relation> relations;
  private List<Topic> topics;
  private List<Feedback> feedback;
  private TopicGraph graph;

  /** Takes the elements of the graph apart, shuffled into insertion order. */
  @Setup(Level.Trial)
  public void setUp() {
    graph = BenchmarkData.graph(size);
    nodes = reversed(graph.nodes());
    relations = reversed(graph.relations());
    topics = reversed(graph.topics());
    feedback = reversed(graph.feedback());
  }

  private static <T> List<T> reversed(List<T> items) {
    List<T> out = new ArrayList<>(items);
    java.util.Collections.reverse(out);
    return out;
  }

  /** Our builder: sorted, checked and indexed. */
  @Benchmark
  public TopicGraph buildGraph() {
    return TopicGraph.builder().addNodes(nodes).addRelations(relations).addTopics(topics).addFeedback(feedback)
        .build();
  }

  /** Strict validation of a built graph. */
  @Benchmark
  public List<Diagnostic> validate() {
    return graph.validate(ValidationMode.STRICT);
  }

  /** Baseline: sort the elements and put each in a hash map by id. */
  @Benchmark
  public int baselineSortAndIndex() {
    List<Node> n = new ArrayList<>(nodes);
    n.sort(Comparator.comparing(Node::id));
    List<Relation> r = new ArrayList<>(relations);
    r.sort(Relation.CANONICAL_ORDER);
    List<Topic> t = new ArrayList<>(topics);
    t.sort(Comparator.comparing(Topic::id));
    List<Feedback> f = new ArrayList<>(feedback);
    f.sort(Comparator.comparing(Feedback::id));
    Map<NodeId, Node> byId = new HashMap<>();
    n.forEach(x -> byId.put(x.id(), x));
    Map<String, Feedback> fbById = new HashMap<>();
    f.forEach(x -> fbById.put(x.id(), x));
    return byId.size() + fbById.size() + r.size() + t.size();
  }
}
