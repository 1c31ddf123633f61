package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-words explanation of every determination. */
class ExplanationTest {

  private static MaturityModel model(Combination c, String... weights) {
    ModelBuilder b = Fixtures.svmiLevels().dimensionLevel(c).overallLevel(c);
    b.dimension("A", "Policy & Scope", d -> {
      for (int i = 0; i < weights.length; i++) {
        ModelBuilder.QuestionBuilder q = d.question("A" + (i + 1), "q").weight(new BigDecimal(weights[i]));
        Fixtures.everyLevel(q);
      }
    });
    return b.build();
  }

  private static Evaluation answer(MaturityModel m, String... options) throws AssessmentException {
    Assessment.Builder a = m.assessment();
    for (int i = 0; i < options.length; i++) {
      a.answer("A" + (i + 1), options[i]);
    }
    return m.evaluate(a.build());
  }

  @Test
  void dimensionExplanation_lowest_namesEachQuestionAndLevel() throws Exception {
    Evaluation e = answer(model(Combination.LOWEST, "1", "1"), "mature", "leader");
    assertEquals("A Policy & Scope is Mature: lowest of A1 Mature, A2 Leader", e.dimensions().get(0).explanation());
  }

  @Test
  void dimensionExplanation_lowerMedian_namesTheRule() throws Exception {
    Evaluation e = answer(model(Combination.LOWER_MEDIAN, "1", "1"), "mature", "leader");
    assertEquals("A Policy & Scope is Mature: lower median of A1 Mature, A2 Leader", e.dimensions().get(0).explanation());
  }

  @Test
  void dimensionExplanation_mean_showsRanksTheMeanAndTheRounding() throws Exception {
    assertEquals(
        "A Policy & Scope is Mature: mean rounded down of A1 Mature (2), A2 Leader (3) is 2.5, which rounds down to Mature",
        answer(model(Combination.MEAN_ROUNDED_DOWN, "1", "1"), "mature", "leader").dimensions().get(0).explanation());
    assertEquals(
        "A Policy & Scope is Leader: mean rounded to nearest of A1 Mature (2), A2 Leader (3) is 2.5, which rounds to Leader",
        answer(model(Combination.MEAN_ROUNDED_TO_NEAREST, "1", "1"), "mature", "leader").dimensions().get(0).explanation());
  }

  @Test
  void dimensionExplanation_nonTerminatingMean_isApproximated() throws Exception {
    assertEquals(
        "A Policy & Scope is Follower: mean rounded down of A1 Follower (1), A2 Follower (1), A3 Mature (2) is ≈1.33,"
            + " which rounds down to Follower",
        answer(model(Combination.MEAN_ROUNDED_DOWN, "1", "1", "1"), "follower", "follower", "mature")
            .dimensions().get(0).explanation());
  }

  @Test
  void dimensionExplanation_weightedMean_showsTheWeights() throws Exception {
    assertEquals(
        "A Policy & Scope is Mature: weighted mean rounded down of A1 Mature (2) × 0.5, A2 Leader (3) × 1.5 is 2.75,"
            + " which rounds down to Mature",
        answer(model(Combination.WEIGHTED_MEAN_ROUNDED_DOWN, "0.5", "1.50"), "mature", "leader")
            .dimensions().get(0).explanation());
  }

  @Test
  void dimensionExplanation_notApplicableQuestion_saysItIsLeftOut() throws Exception {
    assertEquals(
        "A Policy & Scope is Leader: lowest of A2 Leader; A1 is not applicable and left out",
        answer(model(Combination.LOWEST, "1", "1"), "na", "leader").dimensions().get(0).explanation());
  }

  @Test
  void questionExplanation_answered_quotesTheOption() throws Exception {
    Evaluation e = answer(model(Combination.LOWEST, "1", "1"), "na", "leader");
    assertEquals("A1 is not applicable: answered 'na' (Not relevant to us)", e.questions().get(0).explanation());
    assertEquals("A2 is Leader: answered 'leader' (Answer at Leader)", e.questions().get(1).explanation());
  }

  @Test
  void explanation_wholeEvaluation_listsQuestionsDimensionTargetThenOverall() throws Exception {
    Evaluation e = answer(model(Combination.LOWEST, "1"), "mature");
    assertEquals(
        List.of(
            "A1 is Mature: answered 'mature' (Answer at Mature)",
            "A Policy & Scope is Mature: lowest of A1 Mature",
            "A Policy & Scope aims for Mature: no target was given, so it keeps its present level",
            "Overall is Mature: lowest of A Mature",
            "Overall aims for Mature: lowest of A Mature (of the dimension targets)"),
        e.explanation());
  }

  @Test
  void dimensionExplanation_noQuestion_saysSo() throws Exception {
    MaturityModel m = Fixtures.svmiLevels().dimension("A", "Empty", d -> {})
        .dimension("B", "Full", d -> d.question("B1", "q", Fixtures::everyLevel)).build();
    Evaluation e = m.evaluate(m.assessment().answer("B1", "mature").build());
    assertEquals("A Empty has no level: it has no question", e.dimensions().get(0).explanation());
    assertEquals("A Empty has no target: none was given and it has no present level",
        e.dimensions().get(0).targetExplanation());
  }

  @Test
  void toString_evaluation_summarisesLevelsAndPlanSize() throws Exception {
    MaturityModel m = model(Combination.LOWEST, "1");
    Evaluation e = m.evaluate(m.assessment().subject("Walsall Council").answer("A1", "mature").target("A", "leader").build());
    assertEquals("Evaluation[Walsall Council: Mature -> Leader, 1 actions]", e.toString());
  }

  @Test
  void overallExplanation_leavesOutADimensionWithNoLevel() throws Exception {
    MaturityModel m = Fixtures.svmiLevels()
        .dimension("A", "First", d -> d.question("A1", "a", Fixtures::everyLevel))
        .dimension("B", "Second", d -> d.question("B1", "b", Fixtures::everyLevel))
        .build();
    Evaluation e = m.evaluate(m.assessment().answer("A1", "na").answer("B1", "mature").target("B", "leader").build());
    assertEquals("Overall is Mature: mean rounded down of B Mature (2) is 2, which rounds down to Mature",
        e.presentExplanation());
    assertEquals("Overall aims for Leader: mean rounded down of B Leader (3) is 3, which rounds down to Leader"
        + " (of the dimension targets)", e.targetExplanation());
  }
}
