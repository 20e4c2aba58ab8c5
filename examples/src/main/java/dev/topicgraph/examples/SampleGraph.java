package dev.topicgraph.examples;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.OrgDimension;
import dev.topicgraph.model.Pattern;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Section;
import dev.topicgraph.model.Topic;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.Tradeoff;
import dev.topicgraph.model.Vendor;
import java.time.Instant;
import java.time.LocalDate;

/** A small editorial graph, written for the examples: two org dimensions, two vendors, a pattern, two topics. */
public final class SampleGraph {
  private SampleGraph() {}

  /** The org dimension where engineers run the activation layer. */
  public static final NodeId ENGINEERING_LED = NodeId.of("org-dim.operational-profile.engineering-led-cdp");
  /** The org dimension where marketers run the activation layer. */
  public static final NodeId MARKETING_LED = NodeId.of("org-dim.operational-profile.marketing-led-cdp");
  /** A SQL-first composable vendor. */
  public static final NodeId SQL_FIRST_VENDOR = NodeId.of("vendor.example-sync");
  /** A vendor with a visual audience builder. */
  public static final NodeId VISUAL_VENDOR = NodeId.of("vendor.example-canvas");
  /** A pattern: software agents acting on warehouse data. */
  public static final NodeId AGENTS = NodeId.of("pattern.agentification");
  /** A topic about who builds the serving API. */
  public static final NodeId SERVING_TOPIC = NodeId.of("topic.who-builds-the-serving-api");
  /** A topic about request queues between teams. */
  public static final NodeId QUEUE_TOPIC = NodeId.of("topic.segment-request-queues");

  /**
   * Builds the sample graph.
   *
   * @return a valid graph in which every reference resolves
   */
  public static TopicGraph build() {
    return TopicGraph.builder()
        .addNode(OrgDimension.builder()
            .id(ENGINEERING_LED)
            .title("Engineers run the activation layer")
            .summary("Data engineers define audiences in SQL and schedule the syncs; marketers ask for segments.")
            .addTags("org-dim", "engineering-led", "sql-first")
            .confidence(0.8)
            .version(2)
            .reviewed(LocalDate.of(2026, 6, 1))
            .addSections(Section.of("How to recognise it",
                "Segment changes go through a ticket queue.\n\nAudience logic lives in version control."))
            .build())
        .addNode(OrgDimension.builder()
            .id(MARKETING_LED)
            .title("Marketers run the activation layer")
            .summary("Campaign staff build and ship audiences themselves in a visual tool.")
            .addTags("org-dim", "marketing-led")
            .confidence(0.75)
            .build())
        .addNode(Vendor.builder()
            .id(SQL_FIRST_VENDOR)
            .title("Example Sync")
            .summary("A made-up composable product that syncs warehouse tables to ad and email tools.")
            .category("composable-cdp")
            .build())
        .addNode(Vendor.builder()
            .id(VISUAL_VENDOR)
            .title("Example Canvas")
            .summary("A made-up product with a drag-and-drop audience editor on top of the warehouse.")
            .category("composable-cdp")
            .build())
        .addNode(Pattern.builder()
            .id(AGENTS)
            .title("Agentification")
            .summary("Software agents act on warehouse data within limits that people set.")
            .build())
        .addRelation(ENGINEERING_LED, RelationType.ENABLES, SQL_FIRST_VENDOR,
            "Teams that already write SQL can own sync definitions without a new interface.")
        .addRelation(MARKETING_LED, RelationType.ENABLES, VISUAL_VENDOR,
            "A visual editor lets campaign staff ship audiences without waiting on engineers.")
        .addRelation(ENGINEERING_LED, RelationType.CONTRASTS_WITH, MARKETING_LED,
            "The two profiles differ in who owns the day-to-day activation work.")
        .addRelation(ENGINEERING_LED, RelationType.ENABLES, AGENTS,
            "Agents need owned, modelled warehouse data, which engineering-led teams maintain.")
        .addTopic(Topic.builder()
            .id(SERVING_TOPIC)
            .title("Who builds the serving API when the warehouse is the CDP?")
            .lens("org-structure")
            .addChannels("blog", "linkedin")
            .audience("technical-marketing-leaders")
            .angle("Warehouse segments are only useful in real time if some team owns the API that serves them.")
            .keyDecision("Build a serving layer, or buy a packaged one?")
            .addTradeoffs(Tradeoff.of("Own API: any pattern, but someone is on call",
                "Packaged layer: no on-call, fewer patterns"))
            .addOpenQuestions("How far do application engineers sit from the marketing team?")
            .addDrawsFrom(ENGINEERING_LED, SQL_FIRST_VENDOR)
            .proposed(LocalDate.of(2026, 11, 2))
            .build())
        .addTopic(Topic.builder()
            .id(QUEUE_TOPIC)
            .title("When the segment request queue gets long")
            .lens("org-structure")
            .addChannels("linkedin")
            .angle("A ticket queue for segments is a signal that ownership needs another look.")
            .addDrawsFrom(ENGINEERING_LED, MARKETING_LED)
            .proposed(LocalDate.of(2026, 10, 20))
            .build())
        .addFeedback(feedback("fb-1", SERVING_TOPIC, "reader-1", 5, true, "2026-11-03T08:15:00Z"))
        .addFeedback(feedback("fb-2", SERVING_TOPIC, "reader-2", 4, false, "2026-11-03T09:00:00Z"))
        .addFeedback(feedback("fb-3", QUEUE_TOPIC, "reader-1", 2, false, "2026-11-04T10:30:00Z"))
        .addFeedback(feedback("fb-4", QUEUE_TOPIC, "reader-1", 3, true, "2026-11-05T07:45:00Z"))
        .build();
  }

  private static Feedback feedback(String id, NodeId topic, String reviewer, int interest, boolean optIn, String at) {
    return Feedback.builder()
        .id(id)
        .topic(topic)
        .reviewer(reviewer)
        .interest(interest)
        .optIn(optIn)
        .at(Instant.parse(at))
        .build();
  }
}
