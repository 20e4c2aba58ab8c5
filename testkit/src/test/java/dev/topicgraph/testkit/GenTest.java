package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topicgraph.model.Feedback;
import dev.topicgraph.model.InvalidValueException;
import dev.topicgraph.model.NodeId;
import dev.topicgraph.model.Relation;
import dev.topicgraph.model.RelationType;
import dev.topicgraph.model.Source;
import dev.topicgraph.model.TopicGraph;
import dev.topicgraph.model.ValidationMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenTest {

  @Test
  void theSameSeedGivesTheSameValue() {
    Property.forAll(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE)).named("same seed, same graph").trials(30)
        .check(seed -> assertEquals(Generators.graphs().sample(seed, 30), Generators.graphs().sample(seed, 30)));
  }

  @Test
  void listsStayWithinTheirBoundsAndGrowWithSize() {
    Property.forAll(Gen.ints(0, 40)).named("list bounds").check(size -> {
      List<Integer> list = Gen.ints(0, 9).list(2, 10).generate(new SplittableRandom(size), size);
      assertTrue(list.size() >= 2 && list.size() <= Math.min(10, 2 + size), () -> "size " + list.size());
    });
    assertEquals(List.of(), Gen.ints(0, 9).list(0, 10).generate(new SplittableRandom(1), 0));
  }

  @Test
  void distinctListsHoldNoRepeats() {
    Property.forAll(Gen.ints(0, 5).distinctList(0, 6)).named("distinct").checkThat(l -> new HashSet<>(l).size() == l.size());
  }

  @Test
  void numbersStayWithinTheirBoundsAndReachThem() {
    Set<Integer> seen = new HashSet<>();
    Property.forAll(Gen.ints(-3, 3)).named("int bounds").trials(300).check(i -> {
      assertTrue(i >= -3 && i <= 3, () -> "out of range: " + i);
      seen.add(i);
    });
    assertEquals(7, seen.size());
    Property.forAll(Gen.doubles(0, 1)).named("double bounds").checkThat(d -> d >= 0 && d <= 1);
    Property.forAll(Gen.longs(Long.MAX_VALUE - 1, Long.MAX_VALUE)).named("long top").checkThat(l -> l >= Long.MAX_VALUE - 1);
  }

  @Test
  void frequencyFollowsTheWeights() {
    Gen<String> gen = Gen.frequency(Gen.weighted(9, Gen.constant("common")), Gen.weighted(1, Gen.constant("rare")));
    SplittableRandom random = new SplittableRandom(7);
    int rare = 0;
    for (int i = 0; i < 10_000; i++) {
      if (gen.generate(random, 0).equals("rare")) {
        rare++;
      }
    }
    assertTrue(rare > 800 && rare < 1200, "rare came up " + rare + " times in 10000");
  }

  @Test
  void misuseFailsFast() {
    assertThrows(IllegalArgumentException.class, () -> Gen.ints(2, 1));
    assertThrows(IllegalArgumentException.class, () -> Gen.constant(1).list(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> Gen.elements(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Gen.weighted(0, Gen.constant(1)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Gen.ints(0, 10).filter(i -> i > 20).sample(1, 1));
    assertTrue(e.getMessage().contains("1000"), e.getMessage());
  }

  @Test
  void generatedTextFollowsTheTextRules() {
    Property.forAll(Generators.lines()).named("single-line text").trials(300).check(line -> {
      assertTrue(!line.isEmpty() && line.indexOf('\n') < 0 && line.indexOf('\t') < 0, line);
      assertTrue(!Character.isWhitespace(line.charAt(0)) && !Character.isWhitespace(line.charAt(line.length() - 1)));
    });
    Property.forAll(Generators.prose()).named("prose").trials(300)
        .checkThat(p -> p.isEmpty() || !Character.isWhitespace(p.charAt(0)) && p.indexOf('\r') < 0);
  }

  @Test
  void bareYamlWordsAreWholeValuesAtARealRate() {
    Set<String> words = new HashSet<>();
    SplittableRandom sampler = new SplittableRandom(11);
    for (int i = 0; i < 2_000; i++) {
      words.add(Generators.yamlWords().generate(sampler, 0));
    }
    assertTrue(words.containsAll(List.of("no", "null", "~", "yes", "2026-01-01", "1e3")), words::toString);
    for (Gen<String> gen : List.of(Generators.lines(), Generators.prose(), Generators.tokens(), Generators.slugs())) {
      SplittableRandom random = new SplittableRandom(3);
      int whole = 0;
      for (int i = 0; i < 4_000; i++) {
        if (words.contains(gen.generate(random, i % 50))) {
          whole++;
        }
      }
      // One value in eight is a YAML word by design; a few more are by chance ("-1" as a slug-like word).
      assertTrue(whole >= 350 && whole <= 800, "YAML words as whole values: " + whole + " in 4000");
    }
  }

  @Test
  void generatedGraphsHoldSelfLoopsAtARealRate() {
    int loops = 0;
    int relations = 0;
    for (int seed = 0; seed < 200; seed++) {
      TopicGraph g = Generators.graphs().sample(seed, 40);
      relations += g.relations().size();
      loops += (int) g.relations().stream().filter(r -> r.from().equals(r.to())).count();
      assertEquals(List.of(), g.validate(ValidationMode.STRICT), "a self-loop is valid");
    }
    assertTrue(loops * 20 > relations && loops * 6 < relations, loops + " self-loops in " + relations + " relations");
    NodeId only = NodeId.of("vendor.only");
    Relation loop = Generators.selfLoops(List.of(only)).sample(1, 10);
    assertEquals(only, loop.from());
    assertEquals(only, loop.to());
  }

  @Test
  void everyInvalidFieldIsRefusedByTheModelNamingTheField() {
    Set<String> fields = new HashSet<>();
    Property.forAll(Generators.invalidFields()).named("invalid fields are refused").trials(600).check(f -> {
      InvalidValueException e = f.attempt();
      assertEquals(f.field(), e.field(), () -> f + ": " + e.getMessage());
      fields.add(f.record() + "." + f.field());
    });
    assertTrue(fields.containsAll(List.of("node.confidence", "node.version", "node.title", "vendor.category",
        "feedback.interest", "topic.lens", "topic.channels", "source.source.url", "section.heading",
        "tradeoff.tradeoff.left", "relation.rationale")), fields::toString);
    Property.forAll(Generators.invalidLines()).named("invalid lines").trials(300)
        .check(v -> assertThrows(InvalidValueException.class, () -> Source.of(v)));
    Property.forAll(Generators.invalidSlugs()).named("invalid slugs").trials(300)
        .check(v -> assertThrows(InvalidValueException.class, () -> RelationType.of(v)));
    Property.forAll(Generators.invalidTokens()).named("invalid tokens").trials(300)
        .check(v -> assertThrows(InvalidValueException.class, () -> Feedback.builder().id(v)
            .topic(NodeId.of("topic.t")).reviewer("r").interest(3).at(Instant.EPOCH).build()));
  }
}
