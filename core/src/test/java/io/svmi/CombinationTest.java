package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each rule of combination, evaluated through the public API, against hand-computed levels. */
class CombinationTest {

  /** The dimension level (as a rank) for questions answered at the given ranks. */
  private static int dimensionRank(Combination c, int... ranks) throws AssessmentException {
    MaturityModel model = Fixtures.oneDimension(c, ranks.length);
    String[] options = Arrays.stream(ranks).mapToObj(Fixtures::level).toArray(String[]::new);
    return Fixtures.answer(model, options).dimensions().get(0).present().orElseThrow().rank();
  }

  private static int weightedRank(Combination c, int[] ranks, String... weights) throws AssessmentException {
    BigDecimal[] w = Arrays.stream(weights).map(BigDecimal::new).toArray(BigDecimal[]::new);
    MaturityModel model = Fixtures.oneDimension(c, w, b -> {});
    String[] options = Arrays.stream(ranks).mapToObj(Fixtures::level).toArray(String[]::new);
    return Fixtures.answer(model, options).dimensions().get(0).present().orElseThrow().rank();
  }

  @Test
  void lowest_mixedLevels_givesTheLowest() throws Exception {
    assertEquals(0, dimensionRank(Combination.LOWEST, 2, 0, 3));
    assertEquals(2, dimensionRank(Combination.LOWEST, 4, 2, 3));
    assertEquals(3, dimensionRank(Combination.LOWEST, 3));
  }

  @Test
  void highest_mixedLevels_givesTheHighWaterMark() throws Exception {
    assertEquals(3, dimensionRank(Combination.HIGHEST, 2, 0, 3));
    assertEquals(4, dimensionRank(Combination.HIGHEST, 4, 2, 3));
    assertEquals(0, dimensionRank(Combination.HIGHEST, 0));
  }

  @Test
  void lowerMedian_oddCount_givesTheMiddle() throws Exception {
    assertEquals(2, dimensionRank(Combination.LOWER_MEDIAN, 3, 1, 2));
    assertEquals(1, dimensionRank(Combination.LOWER_MEDIAN, 4, 1, 0, 1, 4));
  }

  @Test
  void lowerMedian_evenCount_givesTheLowerOfTheTwoMiddles() throws Exception {
    // sorted 0 1 3 4: middles 1 and 3 -> 1
    assertEquals(1, dimensionRank(Combination.LOWER_MEDIAN, 4, 0, 3, 1));
    assertEquals(2, dimensionRank(Combination.LOWER_MEDIAN, 3, 2));
  }

  @Test
  void meanRoundedDown_fraction_roundsDown() throws Exception {
    assertEquals(1, dimensionRank(Combination.MEAN_ROUNDED_DOWN, 1, 2)); // 1.5
    assertEquals(3, dimensionRank(Combination.MEAN_ROUNDED_DOWN, 4, 4, 3)); // 3.67
    assertEquals(2, dimensionRank(Combination.MEAN_ROUNDED_DOWN, 1, 3)); // 2
  }

  @Test
  void meanRoundedToNearest_half_roundsUp() throws Exception {
    assertEquals(2, dimensionRank(Combination.MEAN_ROUNDED_TO_NEAREST, 1, 2)); // 1.5
    assertEquals(1, dimensionRank(Combination.MEAN_ROUNDED_TO_NEAREST, 0, 1, 1, 2)); // exactly 1
    assertEquals(3, dimensionRank(Combination.MEAN_ROUNDED_TO_NEAREST, 2, 3, 3, 4)); // 3.0
  }

  @Test
  void meanRoundedToNearest_belowAndAboveHalf_roundsToTheCloser() throws Exception {
    assertEquals(1, dimensionRank(Combination.MEAN_ROUNDED_TO_NEAREST, 1, 1, 2)); // 1.33
    assertEquals(2, dimensionRank(Combination.MEAN_ROUNDED_TO_NEAREST, 1, 2, 2)); // 1.67
    assertEquals(0, dimensionRank(Combination.MEAN_ROUNDED_TO_NEAREST, 0, 0, 0, 1)); // 0.25
    assertEquals(1, dimensionRank(Combination.MEAN_ROUNDED_TO_NEAREST, 0, 1, 1, 1)); // 0.75
  }

  @Test
  void weightedMeanRoundedDown_weights_countEachQuestionByItsWeight() throws Exception {
    assertEquals(2, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_DOWN, new int[] {0, 3}, "1", "2")); // 6/3
    assertEquals(1, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_DOWN, new int[] {0, 3}, "2", "1")); // 3/3
    assertEquals(1, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_DOWN, new int[] {1, 2}, "1", "3")); // 1.75
  }

  @Test
  void weightedMeanRoundedToNearest_weights_roundToTheCloserLevel() throws Exception {
    assertEquals(2, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST, new int[] {1, 2}, "1", "3")); // 1.75
    assertEquals(1, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST, new int[] {1, 2}, "3", "1")); // 1.25
    assertEquals(2, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST, new int[] {1, 2}, "1", "1")); // 1.5
  }

  @Test
  void weightedMean_decimalWeights_areExact() throws Exception {
    // 0.5 * 4 + 1.5 * 0 = 2 over 2 = 1: exactly Follower, whatever the rounding.
    assertEquals(1, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_DOWN, new int[] {4, 0}, "0.5", "1.5"));
    assertEquals(1, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST, new int[] {4, 0}, "0.5", "1.5"));
    // 0.1 * 4 + 0.3 * 1 = 0.7 over 0.4 = 1.75
    assertEquals(1, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_DOWN, new int[] {4, 1}, "0.1", "0.3"));
    assertEquals(2, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST, new int[] {4, 1}, "0.1", "0.3"));
  }

  @Test
  void unweightedMean_weightsDeclared_areIgnored() throws Exception {
    assertEquals(1, weightedRank(Combination.MEAN_ROUNDED_DOWN, new int[] {0, 3}, "1", "5")); // 1.5
    assertEquals(0, weightedRank(Combination.LOWEST, new int[] {0, 3}, "1", "5"));
  }

  @Test
  void weightedMean_largestWeights_doNotOverflow() throws Exception {
    // 1,000,000 with 6 decimal places elsewhere scales to 10^12 per question.
    assertEquals(3, weightedRank(Combination.WEIGHTED_MEAN_ROUNDED_DOWN,
        new int[] {4, 0, 4, 4}, "1000000", "0.000001", "1000000", "1000000"));
  }

  @Test
  void overallLevel_weightedDimensions_usesDimensionWeights() throws Exception {
    MaturityModel model = Fixtures.svmiLevels()
        .overallLevel(Combination.WEIGHTED_MEAN_ROUNDED_DOWN)
        .dimension("A", "First", d -> d.weight(new BigDecimal("3")).question("A1", "a", Fixtures::everyLevel))
        .dimension("B", "Second", d -> d.question("B1", "b", Fixtures::everyLevel))
        .build();
    Evaluation e = model.evaluate(model.assessment().answer("A1", "leader").answer("B1", "incomplete").build());
    assertEquals("mature", e.present().orElseThrow().id()); // (3*3 + 0) / 4 = 2.25
  }

  @Test
  void words_everyCombination_readsAsInTheLanguage() {
    assertEquals("lowest", Combination.LOWEST.words());
    assertEquals("lower median", Combination.LOWER_MEDIAN.words());
    assertEquals("mean rounded down", Combination.MEAN_ROUNDED_DOWN.words());
    assertEquals("mean rounded to nearest", Combination.MEAN_ROUNDED_TO_NEAREST.words());
    assertEquals("weighted mean rounded down", Combination.WEIGHTED_MEAN_ROUNDED_DOWN.words());
    assertEquals("weighted mean rounded to nearest", Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST.words());
  }
}
