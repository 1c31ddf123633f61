package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property runner: tries, discards, seeds, shrinking and the failure report. */
class PropertyTest {

  @Test
  void check_propertyThatHolds_triesTheGivenNumberOfValues() {
    List<Integer> seen = new ArrayList<>();
    Property.forAll(Gen.between(0, 1000)).tries(37).check(seen::add);
    assertEquals(37, seen.size());
  }

  @Test
  void check_failingProperty_shrinksToTheSmallestCounterexample() {
    PropertyFailure f = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gen.between(0, 1_000_000)).named("small numbers").seed(42).check(n -> {
          if (n >= 1234) {
            throw new AssertionError(n + " is too big");
          }
        }));
    assertEquals("1234", f.minimalValue());
    assertEquals(42, f.seed());
    assertTrue(f.getMessage().startsWith("Property 'small numbers' failed after "), f.getMessage());
    assertTrue(f.getMessage().contains("(seed 42; rerun with -Dsvmi.testkit.seed=42)"), f.getMessage());
    assertTrue(f.getMessage().contains("to:\n  1234\nBecause:\n  1234 is too big"), f.getMessage());
    assertEquals("1234 is too big", f.getCause().getMessage());
  }

  @Test
  void check_failingListProperty_shrinksToAMinimalList() {
    Gen<ImmutableList<Integer>> lists = Gen.between(0, 100).list(0, 20);
    PropertyFailure f = assertThrows(PropertyFailure.class, () ->
        Property.forAll(lists).seed(7).check(l -> {
          if (l.stream().mapToInt(Integer::intValue).sum() > 150) {
            throw new AssertionError("sum over 150");
          }
        }));
    // Two elements are needed (each is at most 100); shrinking lowers them as far as it can.
    ImmutableList<String> parts = ImmutableList.copyOf(f.minimalValue().replaceAll("[\\[\\] ]", "").split(","));
    assertEquals(2, parts.size(), f.minimalValue());
    assertEquals(151, parts.stream().mapToInt(Integer::parseInt).sum(), f.minimalValue());
  }

  @Test
  void check_sameSeed_generatesTheSameValues() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    Property.forAll(Gen.between(0, 1 << 20)).seed(99).tries(20).check(first::add);
    Property.forAll(Gen.between(0, 1 << 20)).seed(99).tries(20).check(second::add);
    assertEquals(first, second);
  }

  @Test
  void check_discardedTries_doNotCountAndDoNotFail() {
    List<Integer> kept = new ArrayList<>();
    Property.forAll(Gen.between(0, 9).filter(n -> n % 2 == 0)).tries(30).check(kept::add);
    assertEquals(30, kept.size());
    assertTrue(kept.stream().allMatch(n -> n % 2 == 0));
  }

  @Test
  void check_almostEveryTryDiscarded_givesUpInsteadOfPassing() {
    PropertyFailure f = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gen.between(0, 1000)).named("picky").tries(20)
            .check(n -> Property.assume(n == 1001)));
    assertTrue(f.getMessage().startsWith("Property 'picky' gave up: only 0 of "), f.getMessage());
  }

  @Test
  void check_uncheckedException_isAFailureWithItsCause() {
    PropertyFailure f = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gen.between(0, 10)).seed(1).check(n -> {
          throw new IllegalStateException("boom " + n);
        }));
    assertEquals("0", f.minimalValue());
    assertTrue(f.getCause() instanceof IllegalStateException);
  }

  @Test
  void check_describedBy_usesTheDescriptionInTheReport() {
    PropertyFailure f = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gen.between(5, 10)).seed(3).describedBy(n -> "the number " + n).check(n -> {
          throw new AssertionError("no");
        }));
    assertEquals("the number 5", f.minimalValue());
  }

  @Test
  void sizes_earlyTries_staySmall() {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll(d -> d.size(1, 100)).seed(5).tries(100).check(sizes::add);
    assertTrue(sizes.get(0) <= 3, sizes::toString);
    assertTrue(sizes.subList(0, 10).stream().allMatch(s -> s <= 21), sizes::toString);
    assertTrue(sizes.stream().anyMatch(s -> s > 50), sizes::toString);
  }

  @Test
  void simpler_draws_orderShorterThenLower() {
    assertTrue(Shrinker.simpler(new int[] {9}, new int[] {0, 0}));
    assertTrue(Shrinker.simpler(new int[] {0, 5}, new int[] {1, 0}));
    assertFalse(Shrinker.simpler(new int[] {1, 0}, new int[] {1, 0}));
  }
}
