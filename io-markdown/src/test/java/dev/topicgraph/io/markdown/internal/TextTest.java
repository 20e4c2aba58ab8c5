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
