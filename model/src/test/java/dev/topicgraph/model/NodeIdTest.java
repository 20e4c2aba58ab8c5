package dev.topicgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeIdTest {

  @Test
  void partsOfAValidId() {
    NodeId id = NodeId.of("org-dim.operational-profile.engineering-led-cdp");
    assertEquals(NodeKind.ORG_DIMENSION, id.kind());
    assertEquals("org-dim", id.kindSegment());
    assertEquals("operational-profile.engineering-led-cdp", id.name());
    assertEquals(List.of("org-dim", "operational-profile", "engineering-led-cdp"), id.segments());
    assertEquals("org-dim.operational-profile.engineering-led-cdp", id.toString());
  }

  @Test
  void unknownKindsAreGeneric() {
    assertEquals(NodeKind.OTHER, NodeId.of("concept.identity-resolution").kind());
    assertEquals(NodeKind.TOPIC, NodeId.of("topic.x").kind());
  }

  @Test
  void equalityAndOrderFollowTheText() {
    assertEquals(NodeId.of("vendor.a"), NodeId.of("vendor", "a"));
    assertEquals(NodeId.of("vendor.a").hashCode(), NodeId.of("vendor.a").hashCode());
    assertTrue(NodeId.of("vendor.a").compareTo(NodeId.of("vendor.b")) < 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.b", "vendor.0", "x1.y-2.z-3-4", "a.b.c.d.e.f.g.h"})
  void acceptsTheGrammar(String text) {
    assertTrue(NodeId.isValid(text));
    assertEquals(text, NodeId.of(text).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "vendor.HighTouch | has 'H' (U+0048) at position 8",
      "vendor..x        | has an empty segment at position 8",
      "vendor.x.        | has an empty segment at position 10",
      ".vendor.x        | has an empty segment at position 1",
      "vendor           | at least 2 dot-separated segments",
      "vendor.-x        | segment starting with '-' at position 8",
      "vendor.x-        | segment ending in '-' at position 9",
      "vendor.a--b      | has '--' at position 9",
      "vendor.a/b       | has '/' (U+002F) at position 9",
      "vendor.café      | has 'é' (U+00E9) at position 11",
      "a.b.c.d.e.f.g.h.i | at most 8 segments, not 9",
  })
  void rejectsWithTheOffendingCharacterAndPosition(String text, String expected) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NodeId.of(text));
    assertEquals("id", e.field());
    assertEquals(text, e.value());
    assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    assertFalse(NodeId.isValid(text));
  }

  @Test
  void rejectsEmptyAndOverlongIds() {
    assertThrows(InvalidValueException.class, () -> NodeId.of(""));
    String longest = "vendor." + "a".repeat(NodeId.MAX_LENGTH - 7);
    assertEquals(longest, NodeId.of(longest).value());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NodeId.of(longest + "a"));
    assertTrue(e.reason().contains("at most 200 characters"), e.reason());
  }

  @Test
  void controlCharactersAreShownEscapedInTheMessage() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NodeId.of("vendor.a\u0000"));
    assertTrue(e.getMessage().contains("\\u0000"), e.getMessage());
    assertTrue(e.getMessage().contains("position 9"), e.getMessage());
  }

  @Test
  void nullIsRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> NodeId.of((String) null));
    assertEquals("value", e.getMessage());
  }
}
