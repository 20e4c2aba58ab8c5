package dev.topicgraph.io.html;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Pattern;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.TopicStatus;
import dev.topicgraph.model.Tradeoff;
import dev.topicgraph.model.Vendor;
import java.time.Instant;
import java.time.LocalDate;

/** A small graph with every part a page shows, for the golden pages and the validity checks. */
final class SampleSite {
  static final NodeId OPS = NodeId.of("org-dim.operational-profile.data-team-runs-activation");
  static final NodeId WAREHOUSE_SYNC = NodeId.of("vendor.warehouse-sync");
  static final NodeId SUITE = NodeId.of("vendor.packaged-suite");
  static final NodeId AGENTS = NodeId.of("pattern.agents-on-customer-data");
  static final NodeId TOPIC = NodeId.of("topic.who-owns-the-audience-pipeline");
  static final NodeId OTHER = NodeId.of("topic.latency-budgets");
  static final NodeId DONE = NodeId.of("topic.already-published");
  static final Instant AS_OF = Instant.parse("2026-11-20T00:00:00Z");

  private SampleSite() {}

  static TopicGraph graph() {
    TopicGraph.Builder b = TopicGraph.builder()
        .addNode(OrgDimension.builder().id(OPS).title("Data team runs activation")
            .summary("The data team owns the audience pipeline: segments are SQL models, syncs are jobs, and "
                + "marketing asks for what it needs.")
            .confidence(0.8).version(3).reviewed(LocalDate.of(2026, 10, 2))
            .addTags("org-dim", "operational-profile", "sql-first")
            .addSections(Section.of("What it looks like",
                "Audiences live in the warehouse as **models**, reviewed like code.\n\n"
                    + "- syncs run on a schedule\n- changes go through pull requests\n\n"
                    + "## A contrast\n\nWhere marketing runs the tools itself, see [the other profile]"
                    + "(https://example.org/profiles/marketing) or <b>not</b> this [link](javascript:alert(1))."))
            .addSources(Source.builder().title("A survey of activation teams").url("https://example.org/survey")
                .publisher("Example Research").published(LocalDate.of(2026, 4, 1)).build())
            .addSources(Source.of("Interviews with three data leads"))
            .build())
        .addNode(Vendor.builder().id(WAREHOUSE_SYNC).title("Warehouse Sync").category("reverse-etl")
            .summary("Copies warehouse tables to marketing tools.").build())
        .addNode(Vendor.builder().id(SUITE).title("Packaged Suite").summary("An all-in-one customer data product.")
            .build())
        .addNode(Pattern.builder().id(AGENTS).title("Agents on customer data")
            .summary("Software agents that act on the warehouse's customer tables.").build())
        .addRelation(OPS, RelationType.ENABLES, WAREHOUSE_SYNC,
            "SQL-defined audiences and scheduled syncs are what a warehouse-first sync tool expects.")
        .addRelation(OPS, RelationType.ENABLES, AGENTS, "Agents need someone who owns the tables they read.")
        .addRelation(SUITE, RelationType.CONTRASTS_WITH, OPS, "The suite hides the pipeline from the data team.")
        .addTopic(Topic.builder().id(TOPIC).title("Who owns the audience pipeline, and what it costs marketing")
            .lens("org-structure").addChannels("blog", "linkedin").audience("technical-marketing-leaders")
            .angle("Most evaluations count warehouse features. Few count who answers when a segment is wrong.\n\n"
                + "The article follows one request from marketing to the data team and back.")
            .keyDecision("Should the data team or marketing own audience definitions?")
            .addTradeoffs(Tradeoff.of("Data team owns it: reviewed, consistent", "Marketing owns it: fast, close to "
                + "the campaign"))
            .addOpenQuestions("How large must the data team be before this works?",
                "Do self-service layers on top change the answer?")
            .addDrawsFrom(OPS, WAREHOUSE_SYNC)
            .proposed(LocalDate.of(2026, 10, 1)).build())
        .addTopic(Topic.builder().id(OTHER).title("Latency budgets for <script>alert(\"x\")</script> pages")
            .lens("architecture").addChannels("blog").addDrawsFrom(SUITE).proposed(LocalDate.of(2026, 10, 5)).build())
        .addTopic(Topic.builder().id(DONE).title("An article that already ran").status(TopicStatus.PUBLISHED)
            .proposed(LocalDate.of(2026, 6, 1)).build());
    String[] readers = {"reader-a", "reader-b", "reader-c"};
    int n = 0;
    for (int i = 0; i < readers.length; i++) {
      b.addFeedback(Feedback.builder().id("fb-" + ++n).topic(TOPIC).reviewer(readers[i]).interest(4 + i % 2)
          .optIn(i != 1).at(Instant.parse("2026-11-1" + i + "T09:00:00Z")).comment("private note " + i).build());
    }
    b.addFeedback(Feedback.builder().id("fb-" + ++n).topic(OTHER).reviewer("reader-a").interest(2).optIn(false)
        .at(Instant.parse("2026-11-12T10:00:00Z")).build());
    return b.build();
  }
}
