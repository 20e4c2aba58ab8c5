package dev.topicgraph.examples;

import dev.topicgraph.model.Diagnostic;
import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.Node;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Builds the sample graph, validates it strictly and prints what it holds. */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.exit(run(System.out));
  }

  /**
   * Runs the demo, printing to {@code out}.
   *
   * @param out where to print
   * @return the exit code: 0 when the graph validates without problems
   */
  public static int run(PrintStream out) {
    TopicGraph graph = SampleGraph.build();
    out.println("Sample graph: " + graph);

    List<Diagnostic> problems = graph.validate(ValidationMode.STRICT);
    out.println(problems.isEmpty() ? "Validation (strict): no problems" : "Validation (strict):");
    problems.forEach(d -> out.println("  " + d));

    out.println();
    out.println("Nodes");
    for (Node node : graph.nodes()) {
      out.println("  " + node.id() + "  " + node.title());
      for (Relation r : graph.relationsFrom(node.id())) {
        out.println("      " + r.type().label() + " -> " + r.to());
      }
      for (Relation r : graph.referencedBy(node.id())) {
        out.println("      " + r.type().inverseLabel() + " <- " + r.from());
      }
    }

    out.println();
    out.println("Topics");
    for (Topic topic : graph.topics()) {
      Map<String, Feedback> latest = graph.latestFeedbackOn(topic.id());
      double mean = latest.values().stream().mapToInt(Feedback::interest).average().orElse(Double.NaN);
      long optIns = latest.values().stream().filter(Feedback::optIn).count();
      out.printf("  %s  %s%n      %d reviewers, mean interest %s, %d opted in as reviewers%n",
          topic.id(), topic.title(), latest.size(),
          latest.isEmpty() ? "-" : String.format("%.1f", mean), optIns);
    }
    return problems.isEmpty() ? 0 : 1;
  }
}
