package dev.topicgraph.io.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topicgraph.testkit.Generators;
import dev.topicgraph.testkit.Property;
import org.junit.jupiter.api.Test;

/** The escapes are reversible for every text the model accepts. */
class TextTest {

  @Test
  void inlineEscapesRoundTrip() {
    Property.forAll(Generators.lines()).named("inline round trip").trials(500).check(s -> {
      assertEquals(s, Text.unescape(Text.inline(s)));
      assertEquals(s, Text.unescape(Text.item(s)));
    });
  }

  @Test
  void cellEscapesRoundTrip() {
    Property.forAll(Generators.prose()).named("cell round trip").trials(500)
        .check(s -> assertEquals(s, Text.unescape(Text.cell(s))));
  }

  @Test
  void proseEscapesRoundTrip() {
    Property.forAll(Generators.prose()).named("prose round trip").trials(500).check(s -> {
      assertEquals(s, Text.unprose(Text.prose(s, false)));
      assertEquals(s, Text.unprose(Text.prose(s, true)));
    });
  }

  @Test
  void headingEscapesRoundTripAndNeverGiveAReservedHeading() {
    dev.topicgraph.testkit.Gen<String> fragments = dev.topicgraph.testkit.Gen.elements("&#", "38", "83", ";", "#",
        "x", "Sources", "S", "ources", "Relations", "Referenced by", "&", "0", "99999999", "\uD83D\uDE00");
    dev.topicgraph.testkit.Gen<String> headings = fragments.list(1, 4).map(l -> String.join("", l));
    Property.forAll(dev.topicgraph.testkit.Gen.oneOf(headings, Generators.lines())).named("heading round trip")
        .trials(1000).check(h -> {
          String written = Text.heading(h, PageWriter.RESERVED);
          assertEquals(h, Text.unheading(written));
          org.junit.jupiter.api.Assertions.assertFalse(PageWriter.RESERVED.contains(written), written);
        });
    assertEquals("&#83;ources", Text.heading("Sources", PageWriter.RESERVED));
    assertEquals("&#38;#83;ources", Text.heading("&#83;ources", PageWriter.RESERVED));
    assertEquals("&#x53;", Text.heading("&#x53;", PageWriter.RESERVED));
    assertEquals("Notes", Text.heading("Notes", PageWriter.RESERVED));
  }

  @Test
  void relationAndLinkScannersMatchTheFormat() {
    org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {"enables", "vendor.x.md", "why: \\] yes"},
        PageReader.relation("enables [a \\] b](vendor.x.md): why: \\] yes"));
    org.junit.jupiter.api.Assertions.assertNull(PageReader.relation("enables- [a](vendor.x.md): w"));
    org.junit.jupiter.api.Assertions.assertNull(PageReader.relation("enables [a\\](vendor.x.md): w"));
    org.junit.jupiter.api.Assertions.assertNull(PageReader.relation("enables [a](vendor x.md): w"));
    org.junit.jupiter.api.Assertions.assertNull(PageReader.relation("enables [a](vendor.x.md):w"));
    String[] dest = new String[1];
    assertEquals(25, PageReader.link("[t](../nodes/vendor.x.md)", 0, dest));
    assertEquals("../nodes/vendor.x.md", dest[0]);
    assertEquals(-1, PageReader.link("[t](a(b).md)", 0, dest));
    String huge = "[" + "\\]".repeat(500_000) + "](x.md)";
    assertEquals(huge.length(), PageReader.link(huge, 0, dest));
  }

  @Test
  void workedExamples() {
    assertEquals("\\# not a heading\nplain\n\\\\# was escaped", Text.prose("# not a heading\nplain\n\\# was escaped", false));
    assertEquals("\\---", Text.prose("---", false));
    assertEquals("```\ncode\n```", Text.prose("```\ncode\n```", false));
    assertEquals("\\```\ncode", Text.prose("```\ncode", true));
    assertEquals("a \\| b \\*c\\* \\[d\\]", Text.inline("a | b *c* [d]"));
    assertEquals("\\- item", Text.item("- item"));
    assertEquals("1\\. first", Text.item("1. first"));
    assertEquals("line one<br>line \\<br\\> two", Text.cell("line one\nline <br> two"));
    assertEquals("\"a\\u2028b\"", Text.yaml("a\u2028b"));
    assertEquals("\"no\"", Text.yaml("no"));
    assertEquals("Plain words, fine", Text.yaml("Plain words, fine"));
  }
}
