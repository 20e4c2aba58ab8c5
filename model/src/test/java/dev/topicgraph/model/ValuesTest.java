package dev.topicgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ValuesTest {
  private static final NodeId VENDOR = NodeId.of("vendor.example");
  private static final NodeId TOPIC = NodeId.of("topic.example");

  private static InvalidValueException rejects(String field, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(field, e.field(), e.getMessage());
    return e;
  }

  @Test
  void confidenceMustBeInTheUnitInterval() {
    InvalidValueException e = rejects("confidence",
        () -> Vendor.builder().id(VENDOR).title("T").confidence(1.5).build());
    assertEquals("1.5", e.value());
    assertEquals("confidence \"1.5\": must be between 0 and 1", e.getMessage());
    rejects("confidence", () -> Vendor.builder().id(VENDOR).title("T").confidence(Double.NaN).build());
    assertEquals(1.0, Vendor.builder().id(VENDOR).title("T").confidence(1.0).build().confidence().getAsDouble());
  }

  @Test
  void interestMustBeOneToFive() {
    Feedback.Builder b = Feedback.builder().id("fb-1").topic(TOPIC).reviewer("r-1").at(Instant.EPOCH);
    rejects("interest", () -> b.interest(0).build());
    rejects("interest", () -> b.interest(6).build());
    assertEquals(5, b.interest(5).build().interest());
  }

  @Test
  void versionStartsAtOne() {
    rejects("version", () -> Pattern.builder().id(NodeId.of("pattern.p")).title("T").version(0).build());
  }

  @Test
  void eachNodeTypeTakesOnlyItsOwnKind() {
    InvalidValueException e = rejects("id", () -> Vendor.builder().id(NodeId.of("pattern.p")).title("T").build());
    assertTrue(e.reason().contains("'vendor.'"), e.reason());
    rejects("id", () -> OrgDimension.builder().id(VENDOR).title("T").build());
    rejects("id", () -> GenericNode.builder().id(VENDOR).title("T").build());
    rejects("id", () -> GenericNode.builder().id(TOPIC).title("T").build());
    assertEquals(NodeKind.OTHER,
        GenericNode.builder().id(NodeId.of("concept.c")).title("T").build().kind());
  }

  @Test
  void singleLineTextRejectsBreaksTabsAndOuterSpace() {
    rejects("title", () -> Vendor.builder().id(VENDOR).title("two\nlines").build());
    rejects("title", () -> Vendor.builder().id(VENDOR).title("tab\there").build());
    rejects("title", () -> Vendor.builder().id(VENDOR).title(" padded").build());
    rejects("title", () -> Vendor.builder().id(VENDOR).title("padded\u00A0").build());
    rejects("title", () -> Vendor.builder().id(VENDOR).title("").build());
    rejects("title", () -> Vendor.builder().id(VENDOR).title("bad \uD800 surrogate").build());
    InvalidValueException e = rejects("title", () -> Vendor.builder().id(VENDOR).title("cr\r").build());
    assertTrue(e.reason().contains("\\n alone"), e.reason());
  }

  @Test
  void proseAllowsLineFeedsAndTabsButNotCarriageReturns() {
    String body = "first\n\n\tindented\n- item";
    assertEquals(body, Section.of("H", body).body());
    assertEquals("", Section.of("H", "").body());
    rejects("body", () -> Section.of("H", "a\r\nb"));
    rejects("body", () -> Section.of("H", "\nleading"));
  }

  @Test
  void tagsAndChannelsMayNotRepeat() {
    rejects("tags", () -> Vendor.builder().id(VENDOR).title("T").addTags("a", "b", "a").build());
    rejects("channels", () -> Topic.builder().id(TOPIC).title("T").proposed(LocalDate.EPOCH)
        .addChannels("blog", "blog").build());
    rejects("channels", () -> Topic.builder().id(TOPIC).title("T").proposed(LocalDate.EPOCH)
        .addChannels("Blog").build());
  }

  @Test
  void topicsDrawOnNodesAndRelationsJoinNodes() {
    rejects("id", () -> Topic.builder().id(VENDOR).title("T").proposed(LocalDate.EPOCH).build());
    rejects("drawsFrom", () -> Topic.builder().id(TOPIC).title("T").proposed(LocalDate.EPOCH)
        .addDrawsFrom(TOPIC).build());
    rejects("to", () -> Relation.of(VENDOR, RelationType.ENABLES, TOPIC, "why"));
    rejects("rationale", () -> Relation.of(VENDOR, RelationType.ENABLES, VENDOR, ""));
    rejects("topic", () -> Feedback.builder().id("f").topic(VENDOR).reviewer("r").interest(3)
        .at(Instant.EPOCH).build());
  }

  @Test
  void tokensAndSlugsNameTheBadCharacter() {
    InvalidValueException e = rejects("reviewer", () -> Feedback.builder().id("f").topic(TOPIC)
        .reviewer("r 1").interest(3).at(Instant.EPOCH).build());
    assertTrue(e.reason().contains("' ' (U+0020) at position 2"), e.reason());
    rejects("category", () -> Vendor.builder().id(VENDOR).title("T").category("Composable CDP").build());
    rejects("relation type", () -> RelationType.of("Enables"));
  }

  @Test
  void sourcesNeedAbsoluteUrls() {
    rejects("source.url", () -> Source.builder().title("T").url("example.org/x").build());
    rejects("source.url", () -> Source.builder().title("T").url("https://exa mple.org").build());
    assertEquals(Optional.of("https://example.org/x"),
        Source.builder().title("T").url("https://example.org/x").build().url());
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Vendor.builder().id(VENDOR).build());
    assertTrue(e.getMessage().contains("title"), e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Vendor.builder().title(null));
    assertTrue(npe.getMessage().contains("title"), npe.getMessage());
  }

  @Test
  void valuesAreEqualByContentAndDefaultsAreApplied() {
    Topic a = Topic.builder().id(TOPIC).title("T").proposed(LocalDate.of(2026, 1, 2)).build();
    Topic b = Topic.builder().id(TOPIC).title("T").proposed(LocalDate.of(2026, 1, 2)).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(TopicStatus.PROPOSED, a.status());
    assertEquals("", a.angle());
    assertNotEquals(a, a.toBuilder().status(TopicStatus.REJECTED).build());
    assertFalse(Feedback.builder().id("f").topic(TOPIC).reviewer("r").interest(3).at(Instant.EPOCH).build().optIn());
  }

  @Test
  void relationTypesAreOpenValuesWithInverseLabels() {
    assertEquals(RelationType.ENABLES, RelationType.of("enables"));
    assertEquals("enabled by", RelationType.ENABLES.inverseLabel());
    assertEquals("contrasts with", RelationType.CONTRASTS_WITH.inverseLabel());
    assertEquals("counter-indicated by", RelationType.COUNTER_INDICATES.inverseLabel());
    RelationType custom = RelationType.of("cites");
    assertFalse(custom.isWellKnown());
    assertEquals("cites (inverse)", custom.inverseLabel());
    assertTrue(RelationType.PART_OF.isWellKnown());
  }

  @Test
  void statusesHaveWireNames() {
    assertEquals("drafting", TopicStatus.DRAFTING.wireName());
    assertEquals(Optional.of(TopicStatus.PUBLISHED), TopicStatus.fromWireName("published"));
    assertEquals(Optional.empty(), TopicStatus.fromWireName("PUBLISHED"));
  }

  @Test
  void diagnosticsPrintLikeACompiler() {
    Diagnostic d = Diagnostic.builder().code("json.type").severity(Severity.ERROR)
        .message("expected a number").source("graph.json").line(3).column(17).path("/nodes/0/confidence").build();
    assertEquals("graph.json:3:17: error json.type: expected a number (at /nodes/0/confidence)", d.toString());
    Diagnostic bare = Diagnostic.builder().code("graph.dangling-relation").severity(Severity.WARNING)
        .message("m").build();
    assertEquals("warning graph.dangling-relation: m", bare.toString());
    rejects("column", () -> Diagnostic.builder().code("c").severity(Severity.ERROR).message("m").column(2).build());
    rejects("code", () -> Diagnostic.builder().code("Bad Code").severity(Severity.ERROR).message("m").build());
  }

  @Test
  void aNodeTakesTheTypeItsIdNames() {
    Node fields = GenericNode.builder().id(NodeId.of("concept.template")).title("T").summary("S").confidence(0.5)
        .build();
    Node vendor = Node.of(VENDOR, fields, Optional.of("composable-cdp"));
    assertTrue(vendor instanceof Vendor);
    assertEquals(Optional.of("composable-cdp"), ((Vendor) vendor).category());
    assertEquals("S", vendor.summary());
    assertEquals(VENDOR, vendor.id());
    assertTrue(Node.of(NodeId.of("org-dim.x"), fields, Optional.empty()) instanceof OrgDimension);
    assertTrue(Node.of(NodeId.of("pattern.x"), fields, Optional.empty()) instanceof Pattern);
    assertTrue(Node.of(NodeId.of("metric.x"), fields, Optional.empty()) instanceof GenericNode);
    rejects("id", () -> Node.of(TOPIC, fields, Optional.empty()));
    InvalidValueException e = rejects("category", () -> Node.of(NodeId.of("pattern.x"), fields, Optional.of("x")));
    assertTrue(e.reason().contains("not a vendor"), e.reason());
  }
}
