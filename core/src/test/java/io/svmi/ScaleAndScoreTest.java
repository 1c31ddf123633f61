package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A model's scale reads scores as levels; scores are exact fractions with checked arguments. */
class ScaleAndScoreTest {

  @Test
  void aScaleWithoutThresholds_readsAScoresWholePart_asARank_keptWithinTheScale() {
    Scale s = Fixtures.oneDimension(Combination.LOWEST, 1).scale();
    assertFalse(s.hasThresholds());
    assertEquals("incomplete", s.levelOf(Score.ZERO).id());
    assertEquals("incomplete", s.levelOf(Score.of(1, 2)).id());
    assertEquals("follower", s.levelOf(Score.of(7, 4)).id());
    assertEquals("innovator", s.levelOf(Score.of(4)).id());
    assertEquals("innovator", s.levelOf(Score.of(5)).id());
    assertEquals("innovator", s.levelOf(Score.of(9)).id());
    assertEquals("incomplete", s.levelOf(Score.of(-3)).id());
    assertEquals(Optional.empty(), s.above(s.highest()));
    assertEquals(Optional.empty(), s.below(s.lowest()));
    assertEquals("mature", s.above(s.atRank(1)).orElseThrow().id());
    assertEquals("follower", s.below(s.atRank(2)).orElseThrow().id());
  }

  @Test
  void aScaleWithThresholds_readsAScore_asTheHighestLevelItReaches() {
    Scale s = MaturityModel.builder().name("M")
        .level("low", "Low", BigDecimal.ZERO).level("mid", "Mid", BigDecimal.TEN).level("high", "High", new BigDecimal(20))
        .dimension("D", "D", d -> d.question("q", "Q", q -> q.at("mid").option("v", "V", BigDecimal.ONE)))
        .build().scale();
    assertTrue(s.hasThresholds());
    assertEquals("low", s.levelOf(Score.of(9)).id());
    assertEquals("mid", s.levelOf(Score.of(10)).id());
    assertEquals("mid", s.levelOf(Score.of(15)).id());
    assertEquals("high", s.levelOf(Score.of(20)).id());
    assertEquals("high", s.levelOf(Score.of(200)).id());
  }

  @Test
  void aScore_needsAPositiveDenominator_andDividesOnlyByAPositiveScore() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Score.of(1, 0));
    assertEquals("the denominator must be positive: 0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Score.of(1, -2));
    assertEquals(Score.of(-1, 2), Score.of(BigInteger.valueOf(-2), BigInteger.valueOf(4)));
    IllegalArgumentException byZero = assertThrows(IllegalArgumentException.class, () -> Score.of(1).dividedBy(Score.ZERO));
    assertEquals("division by a score that is not positive", byZero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Score.of(1).dividedBy(Score.of(-1)));
    assertEquals(Score.of(3, 2), Score.of(3).dividedBy(Score.of(2)));
  }

  @Test
  void aScoreFromADecimal_isExact_whateverItsScale() {
    assertEquals(Score.of(100), Score.of(new BigDecimal("1E+2")));
    assertEquals(Score.of(5, 2), Score.of(new BigDecimal("2.50")));
    assertEquals(Score.of(3), Score.of(new BigDecimal("3")));
    assertEquals("100", Score.of(new BigDecimal("1E+2")).toString());
    assertEquals("61/60", Score.of(61, 60).toExactString());
  }
}
