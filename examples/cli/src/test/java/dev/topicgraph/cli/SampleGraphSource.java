package dev.topicgraph.cli;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.GenericNode;
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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The source of the bundled sample graph ({@code sample.json}): nodes and topics written by hand,
 * feedback drawn from a fixed seed. {@code ExamplesTest} checks that the bundled file equals what
 * this builds; run {@link #main} to regenerate it after a change.
 */
final class SampleGraphSource {
  private SampleGraphSource() {}

  static final NodeId ENGINEERING_LED = NodeId.of("org-dim.operational-profile.engineering-led-cdp");
  static final NodeId MARKETING_LED = NodeId.of("org-dim.operational-profile.marketing-led-cdp");
  static final NodeId CENTRAL_DATA_TEAM = NodeId.of("org-dim.team-shape.central-data-team");
  static final NodeId EMBEDDED_ANALYSTS = NodeId.of("org-dim.team-shape.embedded-analysts");
  static final NodeId SYNC = NodeId.of("vendor.example-sync");
  static final NodeId CANVAS = NodeId.of("vendor.example-canvas");
  static final NodeId SUITE = NodeId.of("vendor.example-suite");
  static final NodeId COLLECT = NodeId.of("vendor.example-collect");
  static final NodeId AGENTS = NodeId.of("pattern.agentification");
  static final NodeId REVERSE_ETL = NodeId.of("pattern.reverse-etl-activation");
  static final NodeId WAREHOUSE_IDENTITY = NodeId.of("pattern.warehouse-native-identity");
  static final NodeId SERVING_LAYER = NodeId.of("concept.real-time-serving-layer");

  /** Regenerates the bundled file: {@code main/resources/dev/topicgraph/cli/sample.json} under the module. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/dev/topicgraph/cli/sample.json");
    dev.topicgraph.api.format.FormatRegistry.load().require("json").writer().write(build(), target);
  }

  static TopicGraph build() {
    TopicGraph.Builder b = TopicGraph.builder();
    b.addNode(OrgDimension.builder().id(ENGINEERING_LED)
        .title("Engineers run the activation layer")
        .summary("Data engineers define audiences in SQL and schedule the syncs; marketers ask for segments.")
        .addTags("org-dim", "operational-profile", "engineering-led", "sql-first")
        .confidence(0.85).version(2).reviewed(LocalDate.of(2026, 6, 3))
        .addSections(Section.of("How to recognise it",
            "- Segment changes arrive as tickets.\n- Audience logic lives in version control.\n"
                + "- Marketing sees finished lists, not the rules behind them."),
            Section.of("What it means for tool choice",
                "Tools that let engineers keep audiences next to their other models fit best. A visual editor "
                    + "adds cost here unless marketing also needs a place for quick experiments."))
        .addSources(Source.builder().title("Notes from twelve CDP evaluations").publisher("topicgraph sample data")
            .published(LocalDate.of(2026, 5, 1)).build())
        .build());
    b.addNode(OrgDimension.builder().id(MARKETING_LED)
        .title("Marketers run the activation layer")
        .summary("Campaign staff build and ship audiences themselves; engineers keep the data foundations.")
        .addTags("org-dim", "operational-profile", "marketing-led")
        .confidence(0.8).version(1).reviewed(LocalDate.of(2026, 4, 18))
        .addSections(Section.of("How to recognise it",
            "Marketers change a segment in the morning and see it in a campaign the same day."))
        .build());
    b.addNode(OrgDimension.builder().id(CENTRAL_DATA_TEAM)
        .title("One central data team")
        .summary("A single team owns the warehouse, the models and the pipelines for the whole company.")
        .addTags("org-dim", "team-shape")
        .confidence(0.7).reviewed(LocalDate.of(2025, 12, 2))
        .build());
    b.addNode(OrgDimension.builder().id(EMBEDDED_ANALYSTS)
        .title("Analysts embedded in marketing")
        .summary("Analysts who can write SQL sit inside the marketing team and report to it.")
        .addTags("org-dim", "team-shape")
        .confidence(0.6)
        .build());
    b.addNode(Vendor.builder().id(SYNC).title("Example Sync")
        .summary("A made-up composable product that copies warehouse tables into ad, email and CRM tools.")
        .category("composable-cdp").addTags("vendor", "reverse-etl").confidence(0.75).reviewed(LocalDate.of(2026, 9, 1))
        .build());
    b.addNode(Vendor.builder().id(CANVAS).title("Example Canvas")
        .summary("A made-up product with a drag-and-drop audience editor on top of the warehouse.")
        .category("composable-cdp").addTags("vendor", "no-code").confidence(0.7).reviewed(LocalDate.of(2026, 7, 15))
        .build());
    b.addNode(Vendor.builder().id(SUITE).title("Example Suite")
        .summary("A made-up packaged CDP that stores its own copy of customer data and serves it in real time.")
        .category("packaged-cdp").addTags("vendor", "packaged").confidence(0.65).reviewed(LocalDate.of(2026, 2, 10))
        .build());
    b.addNode(Vendor.builder().id(COLLECT).title("Example Collect")
        .summary("A made-up event collection SDK with routing to many destinations.")
        .category("event-collection").addTags("vendor", "events").confidence(0.6)
        .build());
    b.addNode(Pattern.builder().id(AGENTS).title("Agentification")
        .summary("Software agents act on warehouse data within limits that people set and review.")
        .addTags("pattern", "ai").confidence(0.5).version(1).reviewed(LocalDate.of(2026, 10, 5))
        .build());
    b.addNode(Pattern.builder().id(REVERSE_ETL).title("Reverse-ETL activation")
        .summary("Audiences are computed in the warehouse and copied out to the tools that use them.")
        .addTags("pattern", "activation").confidence(0.9).reviewed(LocalDate.of(2026, 8, 20))
        .build());
    b.addNode(Pattern.builder().id(WAREHOUSE_IDENTITY).title("Identity resolved in the warehouse")
        .summary("Records about one person are joined in the warehouse, not inside a vendor's product.")
        .addTags("pattern", "identity").confidence(0.7)
        .build());
    b.addNode(GenericNode.builder().id(SERVING_LAYER).title("Real-time serving layer")
        .summary("The API a site or app calls to get a decision about a visitor while a page renders.")
        .addTags("concept", "latency")
        .build());

    b.addRelation(ENGINEERING_LED, RelationType.ENABLES, SYNC,
        "Teams that already write SQL can own sync definitions without a new interface.");
    b.addRelation(ENGINEERING_LED, RelationType.ENABLES, AGENTS,
        "Agents need modelled, owned warehouse data, which engineering-led teams maintain.");
    b.addRelation(ENGINEERING_LED, RelationType.ENABLES, REVERSE_ETL,
        "Reverse-ETL keeps audience logic with the engineers who own the models.");
    b.addRelation(ENGINEERING_LED, RelationType.CONTRASTS_WITH, MARKETING_LED,
        "The two profiles differ in who does the day-to-day activation work.");
    b.addRelation(MARKETING_LED, RelationType.ENABLES, CANVAS,
        "A visual editor lets campaign staff ship audiences without waiting on engineers.");
    b.addRelation(MARKETING_LED, RelationType.COUNTER_INDICATES, AGENTS,
        "Without engineers close by, nobody owns the limits agents need.");
    b.addRelation(CENTRAL_DATA_TEAM, RelationType.ENABLES, WAREHOUSE_IDENTITY,
        "One team can keep one identity model consistent.");
    b.addRelation(CENTRAL_DATA_TEAM, RelationType.ENABLES, REVERSE_ETL,
        "A central team already runs the pipelines that reverse-ETL jobs hang off.");
    b.addRelation(EMBEDDED_ANALYSTS, RelationType.ENABLES, CANVAS,
        "Analysts inside marketing can check what the visual editor produces.");
    b.addRelation(SYNC, RelationType.ALTERNATIVE_TO, CANVAS,
        "Both activate warehouse audiences; they differ in who builds them.");
    b.addRelation(SUITE, RelationType.ALTERNATIVE_TO, SYNC,
        "A packaged store and a warehouse sync answer the same activation need.");
    b.addRelation(REVERSE_ETL, RelationType.REQUIRES, WAREHOUSE_IDENTITY,
        "Copying audiences out needs a stable person key inside the warehouse.");
    b.addRelation(SERVING_LAYER, RelationType.PART_OF, SUITE,
        "Packaged suites ship a serving API as part of the product.");
    b.addRelation(COLLECT, RelationType.ENABLES, SERVING_LAYER,
        "Fresh events are what a real-time decision is made from.");

    topic(b, "who-builds-the-serving-api", "Who builds the serving API when the warehouse is the CDP?",
        "org-structure", LocalDate.of(2026, 11, 2),
        "Warehouse segments help in real time only if some team owns the API that serves them, and that team is "
            + "rarely in the budget.",
        "Build a serving layer, or buy one?",
        List.of(Tradeoff.of("Own API: any pattern, someone on call", "Packaged layer: no on-call, fewer patterns")),
        List.of("How far do application engineers sit from marketing?"), ENGINEERING_LED, SERVING_LAYER, SUITE);
    topic(b, "segment-request-queues", "When the segment request queue gets long", "org-structure",
        LocalDate.of(2026, 10, 20),
        "A ticket queue for segments tells you ownership needs another look.",
        "Give marketing a self-service layer, or add engineers?",
        List.of(Tradeoff.of("Self-service: fast, harder to govern", "More engineers: governed, slower to change")),
        List.of("What queue length is normal?"), ENGINEERING_LED, MARKETING_LED, CANVAS);
    topic(b, "agents-need-owners", "Agents on customer data need an owner, not a pilot", "risk",
        LocalDate.of(2026, 10, 28),
        "Before agents act on customer data, someone must own their limits and review what they did.",
        "Who signs off an agent's limits?",
        List.of(Tradeoff.of("Data team owns limits: consistent", "Marketing owns limits: close to the outcome")),
        List.of("Which decisions stay with people?"), AGENTS, ENGINEERING_LED);
    topic(b, "identity-in-the-warehouse", "Resolving identity in the warehouse: who keeps the key?", "architecture",
        LocalDate.of(2026, 9, 30),
        "Moving identity into the warehouse moves the on-call for it too.",
        "Resolve identity in the warehouse or in the vendor?",
        List.of(), List.of("How often do merges need to be undone?"), WAREHOUSE_IDENTITY, CENTRAL_DATA_TEAM);
    topic(b, "packaged-or-composable-2027", "Packaged or composable in 2027: the question behind the question",
        "buying", LocalDate.of(2026, 11, 10),
        "The choice is about which team you have, more than which architecture is better.",
        "Which team will run this every day?",
        List.of(Tradeoff.of("Packaged: less to build", "Composable: less copied data")),
        List.of(), SUITE, SYNC, ENGINEERING_LED, MARKETING_LED);
    topic(b, "embedded-analysts-as-bridge", "Embedded analysts as the bridge between data and campaigns",
        "org-structure", LocalDate.of(2026, 8, 14),
        "An analyst inside marketing can turn a no-code tool from a risk into a shortcut.", "",
        List.of(), List.of("Who do embedded analysts report to?"), EMBEDDED_ANALYSTS, CANVAS);
    topic(b, "event-collection-first", "Collect events first, choose a CDP later", "architecture",
        LocalDate.of(2026, 7, 1),
        "Clean events are the part no later choice can fix.", "What to standardise before buying anything?",
        List.of(), List.of(), COLLECT, SERVING_LAYER);
    topic(b, "reverse-etl-costs", "What reverse-ETL really costs in warehouse compute", "cost",
        LocalDate.of(2026, 10, 5),
        "Sync schedules decide the warehouse bill more than the vendor's price list does.",
        "How fresh do audiences need to be?",
        List.of(Tradeoff.of("Hourly syncs: fresh, costly", "Daily syncs: cheap, stale")),
        List.of("Which destinations need real time at all?"), REVERSE_ETL, SYNC);
    topic(b, "central-team-bottleneck", "Is one central data team a bottleneck or a safeguard?", "org-structure",
        LocalDate.of(2026, 6, 12),
        "The same team shape reads as either, depending on who is waiting.", "", List.of(), List.of(),
        CENTRAL_DATA_TEAM);
    topic(b, "marketing-led-governance", "Governance when marketing runs activation", "risk",
        LocalDate.of(2026, 9, 9),
        "Self-service works when definitions are shared and owned.", "What must stay centrally defined?",
        List.of(), List.of("Who approves a new consent rule?"), MARKETING_LED, WAREHOUSE_IDENTITY);
    topicWithStatus(b, "what-a-cdp-is", "What a CDP is, in one page", TopicStatus.PUBLISHED,
        LocalDate.of(2026, 3, 3));
    topicWithStatus(b, "vendor-league-table", "A league table of CDP vendors", TopicStatus.REJECTED,
        LocalDate.of(2026, 4, 4));

    feedback(b);
    return b.build();
  }

  private static void topic(TopicGraph.Builder b, String slug, String title, String lens, LocalDate proposed,
      String angle, String decision, List<Tradeoff> tradeoffs, List<String> questions, NodeId... drawsFrom) {
    Topic.Builder t = Topic.builder().id(NodeId.of("topic", slug)).title(title).lens(lens)
        .addChannels("blog", "linkedin").audience("technical-marketing-leaders").angle(angle)
        .addAllTradeoffs(tradeoffs).addAllOpenQuestions(questions).addDrawsFrom(drawsFrom).proposed(proposed);
    if (!decision.isEmpty()) {
      t.keyDecision(decision);
    }
    b.addTopic(t.build());
  }

  private static void topicWithStatus(TopicGraph.Builder b, String slug, String title, TopicStatus status,
      LocalDate proposed) {
    b.addTopic(Topic.builder().id(NodeId.of("topic", slug)).title(title).lens("explainer").addChannels("blog")
        .status(status).proposed(proposed).build());
  }

  /** About three hundred events from sixty readers, each topic with its own appeal, from a fixed seed. */
  private static void feedback(TopicGraph.Builder b) {
    String[] slugs = {"who-builds-the-serving-api", "segment-request-queues", "agents-need-owners",
        "identity-in-the-warehouse", "packaged-or-composable-2027", "embedded-analysts-as-bridge",
        "event-collection-first", "reverse-etl-costs", "central-team-bottleneck", "marketing-led-governance",
        "what-a-cdp-is", "vendor-league-table"};
    double[] appeal = {4.4, 3.9, 4.1, 3.2, 4.3, 3.0, 2.6, 3.6, 2.8, 3.4, 2.2, 1.8};
    int[] volume = {48, 36, 40, 18, 44, 14, 10, 30, 12, 24, 16, 8};
    String[] comments = {"We are living this right now.", "Please include a checklist.",
        "Would share this with our CTO.", "Less vendor talk, more org design, please.",
        "Happy to review a draft."};
    SplittableRandom random = new SplittableRandom(20261120L);
    Instant start = Instant.parse("2026-10-01T00:00:00Z");
    int serial = 0;
    for (int t = 0; t < slugs.length; t++) {
      for (int i = 0; i < volume[t]; i++) {
        int interest = (int) Math.max(1, Math.min(5, Math.round(appeal[t] + random.nextGaussian() * 0.9)));
        Feedback.Builder f = Feedback.builder()
            .id(String.format("fb-%04d", ++serial))
            .topic(NodeId.of("topic", slugs[t]))
            .reviewer(String.format("reader-%02d", 1 + random.nextInt(60)))
            .interest(interest)
            .optIn(interest >= 4 && random.nextInt(4) == 0)
            .at(start.plusSeconds(random.nextLong(50L * 24 * 3600)));
        if (random.nextInt(12) == 0) {
          f.comment(comments[random.nextInt(comments.length)]);
        }
        b.addFeedback(f.build());
      }
    }
  }
}
