package dev.topicgraph.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
