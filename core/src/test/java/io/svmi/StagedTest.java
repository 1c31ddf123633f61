package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The staged rule: a dimension reaches a level when every question placed at it and below is met. */
class StagedTest {
  /** Levels none < l1 < l2 < l3; questions Q1 at l1, Q2 and Q3 at l2, Q4 at l3; options at every level. */
  private static MaturityModel model(PlanPolicy policy) {
    ModelBuilder b = MaturityModel.builder().name("Staged")
        .level("none", "None").level("l1", "Level 1").level("l2", "Level 2").level("l3", "Level 3")
        .dimensionLevel(Combination.STAGED).actionPlan(policy);
    b.dimension("D", "Practice", d -> {
      String[][] questions = {{"Q1", "l1"}, {"Q2", "l2"}, {"Q3", "l2"}, {"Q4", "l3"}};
      for (String[] q : questions) {
        d.question(q[0], "Activity " + q[0], x -> x.at(q[1])
            .option("none", "Not met", "none").option("l1", "At 1", "l1").option("l2", "At 2", "l2")
            .option("l3", "At 3", "l3").optionNotApplicable("na", "Not relevant")
            .action("l1", q[0] + " to 1").action("l2", q[0] + " to 2").action("l3", q[0] + " to 3"));
      }
    });
    return b.build();
  }

  private static Evaluation answer(MaturityModel m, String... options) throws AssessmentException {
    Assessment.Builder a = m.assessment();
    for (int i = 0; i < options.length; i++) {
      a.answer("Q" + (i + 1), options[i]);
    }
    return m.evaluate(a.build());
  }

  private static String level(Evaluation e) {
    return e.dimension("D").orElseThrow().present().map(Level::id).orElse("no level");
  }

  @Test
  void aLevelIsReached_whenEveryQuestionAtItAndBelowIsMet() throws Exception {
    MaturityModel m = model(PlanPolicy.NEXT_LEVEL);
    assertEquals("none", level(answer(m, "none", "l3", "l3", "l3")));   // Q1 at l1 not met
    assertEquals("l1", level(answer(m, "l1", "l2", "l1", "l3")));       // Q3 at l2 not met
    assertEquals("l2", level(answer(m, "l3", "l2", "l2", "l2")));       // Q4 at l3 not met
    assertEquals("l3", level(answer(m, "l1", "l2", "l2", "l3")));       // all met
    assertEquals("l2", level(answer(m, "l1", "na", "l2", "none")));      // not applicable left out
    assertEquals("no level", level(answer(m, "na", "na", "na", "na")));
  }

  @Test
  void theScoreIsTheLevelsRank_andTheExplanationNamesWhatIsNotMet() throws Exception {
    Evaluation e = answer(model(PlanPolicy.NEXT_LEVEL), "l1", "l2", "l1", "l3");
    DimensionResult d = e.dimension("D").orElseThrow();
    assertEquals(Optional.of(Score.of(1)), d.score());
    assertFalse(e.model().isScoreBased());
    assertEquals("D Practice is Level 1: staged, the highest level with every question at it and below met;"
        + " met: Q1 at Level 1 is Level 1, Q2 at Level 2 is Level 2, Q4 at Level 3 is Level 3;"
        + " not met: Q3 at Level 2 is Level 1", d.explanation());
  }

  @Test
  void noPlanStepsAQuestionAboveTheLevelItIsPlacedAt() throws Exception {
    Evaluation e = answer(model(PlanPolicy.UP_TO_TOP), "none", "l2", "none", "l1");
    List<String> steps = e.plan().actions().stream().map(a -> a.questionId() + ">" + a.level().id()).toList();
    assertEquals(List.of("Q1>l1", "Q3>l1", "Q3>l2", "Q4>l2", "Q4>l3"), steps);
  }

  @Test
  void aStagedQuestionWithoutAnAtLevel_isE0220() {
    ModelResult r = MaturityModel.builder().name("M").level("a", "A").level("b", "B")
        .dimensionLevel(Combination.STAGED)
        .dimension("D", "D", d -> d.question("Q", "q", q -> q.option("a", "A", "a").option("b", "B", "b")
            .action("b", "Reach b.")))
        .check();
    assertEquals(List.of(DiagnosticCode.E0220),
        r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList());
  }

  @Test
  void stagedCombinesQuestionsOnly() {
    assertThrows(IllegalArgumentException.class, () -> Rules.defaults().withOverallLevel(Combination.STAGED));
    assertTrue(Combination.STAGED.roundsToRank());
    assertFalse(Combination.STAGED.needsThresholds());
  }
}
