package dev.topicgraph.cli;

import dev.topicgraph.api.recommend.Chain;
import dev.topicgraph.api.recommend.Profile;
import dev.topicgraph.api.recommend.Recommendation;
import dev.topicgraph.api.recommend.Recommendations;
import dev.topicgraph.api.recommend.Recommender;
import dev.topicgraph.api.scoring.RankedTopic;
import dev.topicgraph.model.TopicGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The example in docs/recommendations.md; a test checks that the page quotes this file exactly. */
public final class RecommendExample {
  private RecommendExample() {}

  /**
   * Recommends for a profile on a graph and returns what the example prints.
   *
   * @param graph the graph, such as the bundled sample
   * @return the printed lines
   */
  public static List<String> run(TopicGraph graph) {
    List<String> out = new ArrayList<>();
    // tag::recommend[]
    Profile profile = Profile.parse(
        "org-dim.operational-profile.engineering-led-cdp=1, org-dim.team-shape.central-data-team=0.5");
    Recommendations found = Recommender.withDefaults()
        .recommend(graph, profile, Instant.parse("2026-11-20T00:00:00Z"));

    for (Recommendation r : found.all()) {               // primary, then cautions, then alternatives
      out.add(r.role().label() + " " + r.node().id() + " " + r.score());
      for (Chain chain : r.chains()) {
        out.add("  because " + chain);                   // org-dim.… enables vendor.… alternative-to …
      }
    }
    found.conflicts().forEach(c -> out.add("conflict: " + c));
    for (RankedTopic t : found.topics()) {              // the backlog, in priority order
      out.add("ask about " + t.topic().id() + " (rank " + t.rank() + ")");
    }
    // end::recommend[]
    return out;
  }
}
