package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Not-applicable answers are left out; unanswered questions are an error or count as a level. */
class NotApplicableAndUnansweredTest {

  @Test
  void dimensionLevel_notApplicableQuestion_isLeftOut() throws Exception {
    MaturityModel model = Fixtures.oneDimension(Combination.LOWEST, 3);
    Evaluation e = Fixtures.answer(model, "na", "leader", "mature");
    DimensionResult d = e.dimensions().get(0);
    assertEquals("mature", d.present().orElseThrow().id());
    assertTrue(d.questions().get(0).isNotApplicable());
    assertEquals(Optional.empty(), d.questions().get(0).level());
  }

  @Test
  void meanCombination_notApplicableQuestion_isNotCountedAsZero() throws Exception {
    MaturityModel model = Fixtures.oneDimension(Combination.MEAN_ROUNDED_DOWN, 3);
    // (3 + 3) / 2 = 3; counting N/A as 0 would give 2.
    assertEquals("leader", Fixtures.answer(model, "leader", "na", "leader").dimensions().get(0).present().orElseThrow().id());
  }

  @Test
  void dimensionLevel_everyQuestionNotApplicable_hasNoLevelNeverTheLowest() throws Exception {
    for (Combination c : Combination.values()) {
      if (c.needsThresholds() || c == Combination.STAGED || c == Combination.INDICATORS) {
        continue; // score-based: the fixture's levels have no thresholds (ScoreBasedModelTest); staged:
                  // StagedTest; indicators: IndicatorsTest
      }
      MaturityModel model = Fixtures.oneDimension(c, 2);
      Evaluation e = Fixtures.answer(model, "na", "na");
      DimensionResult d = e.dimensions().get(0);
      assertEquals(Optional.empty(), d.present(), c.words());
      assertEquals(Optional.empty(), d.target(), c.words());
      assertEquals(Optional.empty(), e.present(), c.words());
      assertEquals("D Dimension has no level: every question is not applicable", d.explanation());
      assertEquals("Overall has no level: no dimension has one", e.presentExplanation());
    }
  }

  /**
   * A target given to a dimension with no level (every question not applicable) is shown on the
   * dimension, but left out of the overall target, as the dimension is left out of the overall level.
   */
  @Test
  void overallTarget_targetOfADimensionWithoutLevel_isLeftOut() throws Exception {
    MaturityModel model = Fixtures.svmiLevels()
        .dimension("A", "First", d -> d.question("A1", "a", Fixtures::everyLevel))
        .dimension("B", "Second", d -> d.question("B1", "b", Fixtures::everyLevel))
        .build();
    Evaluation e = model.evaluate(
        model.assessment().answer("A1", "follower").answer("B1", "na").target("A", "mature").target("B", "innovator").build());
    assertEquals("mature", e.target().orElseThrow().id()); // not (2 + 4) / 2 = leader
    DimensionResult b = e.dimensions().get(1);
    assertEquals("innovator", b.target().orElseThrow().id());
    assertTrue(b.targetLeftOut());
    assertFalse(e.dimensions().get(0).targetLeftOut());
    assertTrue(b.targetExplanation().endsWith(
        "every question is not applicable, so it has no level and the overall target leaves it out"), b.targetExplanation());
  }

  @Test
  void overallLevel_dimensionWithoutLevel_isLeftOut() throws Exception {
    MaturityModel model = Fixtures.svmiLevels()
        .dimension("A", "First", d -> d.question("A1", "a", Fixtures::everyLevel))
        .dimension("B", "Second", d -> d.question("B1", "b", Fixtures::everyLevel))
        .build();
    Evaluation e = model.evaluate(model.assessment().answer("A1", "leader").answer("B1", "na").build());
    assertEquals("leader", e.present().orElseThrow().id()); // not (3 + 0) / 2
    assertEquals("leader", e.target().orElseThrow().id());
  }

  @Test
  void dimensionWithoutLevel_targetGiven_keepsTheTargetAndPlansNothing() throws Exception {
    MaturityModel model = Fixtures.oneDimension(Combination.LOWEST, 1);
    Evaluation e = model.evaluate(model.assessment().answer("Q1", "na").target("D", "leader").build());
    DimensionResult d = e.dimensions().get(0);
    assertEquals(Optional.empty(), d.present());
    assertEquals("leader", d.target().orElseThrow().id());
    assertTrue(d.gap().isEmpty());
    assertTrue(e.plan().isEmpty());
    // The only dimension is left out of the overall target, its target with it.
    assertEquals(Optional.empty(), e.target());
    assertEquals("Overall has no target: no dimension has a level (one with none is left out, its target too)",
        e.targetExplanation());
  }

  @Test
  void build_unansweredIsError_reportsEveryMissingQuestionAtOnce() {
    MaturityModel model = Fixtures.oneDimension(Combination.LOWEST, 3);
    AssessmentException ex =
        assertThrows(AssessmentException.class, () -> model.assessment().answer("Q2", "mature").build());
    assertEquals(1, ex.diagnostics().size());
    Diagnostic d = ex.diagnostics().get(0);
    assertEquals(DiagnosticCode.E0405, d.code());
    assertEquals(
        "questions Q1, Q3 are not answered, and the model says an unanswered question is an error",
        d.message());
  }

  @Test
  void build_defaultRules_unansweredIsAnError() {
    MaturityModel model = Fixtures.oneDimension(Combination.LOWEST, 1);
    assertTrue(model.rules().unanswered().isError());
    AssessmentException ex = assertThrows(AssessmentException.class, () -> model.assessment().build());
    assertEquals("question Q1 is not answered, and the model says an unanswered question is an error",
        ex.diagnostics().get(0).message());
  }

  @Test
  void evaluate_unansweredAsLevel_countsTheQuestionAtThatLevel() throws Exception {
    MaturityModel model =
        Fixtures.oneDimension(Combination.MEAN_ROUNDED_DOWN, new java.math.BigDecimal[] {java.math.BigDecimal.ONE, java.math.BigDecimal.ONE},
            b -> b.unansweredAs("follower"));
    assertEquals("follower", model.rules().unanswered().level().orElseThrow().id());
    Evaluation e = model.evaluate(model.assessment().answer("Q1", "leader").build());
    QuestionResult q2 = e.questions().get(1);
    assertEquals(Optional.empty(), q2.answer());
    assertEquals("follower", q2.level().orElseThrow().id());
    assertEquals("mature", e.dimensions().get(0).present().orElseThrow().id()); // (3 + 1) / 2
    assertEquals(
        "Q2 is Follower: not answered, and the model counts an unanswered question as Follower",
        q2.explanation());
    assertEquals(List.of("mature"), e.plan().actions().stream().filter(a -> a.questionId().equals("Q2"))
        .map(a -> a.level().id()).toList());
  }

  @Test
  void unansweredIsError_afterUnansweredAs_restoresTheError() {
    MaturityModel model = Fixtures.svmiLevels().unansweredAs("mature").unansweredIsError()
        .dimension("D", "Dimension", d -> d.question("Q1", "q", Fixtures::everyLevel)).build();
    assertTrue(model.rules().unanswered().isError());
    assertFalse(model.rules().unanswered().level().isPresent());
  }
}
