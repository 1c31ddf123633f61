package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Target answers per question (a SAMM roadmap's target per activity), computed by hand: the plan
 * lists a question while its answer is below its target answer, never past it, and under
 * {@code up to target} up to it rather than up to its dimension's target; no level changes.
 */
class QuestionTargetsTest {
  /** Levels none < some < good < best; D = lowest of Q1..Q3, each with an option and an action per level. */
  private static MaturityModel ordinal(PlanPolicy policy) {
    ModelBuilder b =
        MaturityModel.builder().name("M").level("none", "None").level("some", "Some").level("good", "Good")
            .level("best", "Best").actionPlan(policy);
    ModelBuilder.DimensionBuilder d = b.dimension("D", "Dimension");
    for (String q : List.of("Q1", "Q2", "Q3")) {
      d.question(q, "Question " + q, x -> x
          .option("none", "None", "none").option("some", "Some", "some").option("good", "Good", "good")
          .option("best", "Best", "best").optionNotApplicable("na", "Not relevant")
          .action("some", q + " to some").action("good", q + " to good").action("best", q + " to best"));
    }
    return b.build();
  }

  private static List<String> plan(MaturityModel m, boolean questionTargets) throws AssessmentException {
    // Q1 at none, Q2 at some, Q3 at good; D's target some. Own targets: Q1 none, Q2 good, Q3 best.
    Assessment.Builder a =
        m.assessment().answer("Q1", "none").answer("Q2", "some").answer("Q3", "good").target("D", "some");
    if (questionTargets) {
      a.targetAnswer("Q1", "none").targetAnswer("Q2", "good").targetAnswer("Q3", "best");
    }
    Evaluation e = m.evaluate(a.build());
    assertEquals("none", e.dimension("D").orElseThrow().present().orElseThrow().id(), "levels do not change");
    assertEquals("some", e.dimension("D").orElseThrow().target().orElseThrow().id(), "nor targets");
    return e.plan().actions().stream().map(Action::text).toList();
  }

  @Test
  void upToTarget_goesToTheQuestionsOwnTarget_ratherThanItsDimensions() throws Exception {
    MaturityModel m = ordinal(PlanPolicy.UP_TO_TARGET);
    assertEquals(List.of("Q1 to some"), plan(m, false));
    // Q1 is at its target; Q2 goes to good and Q3 to best, both above D's target some.
    assertEquals(List.of("Q2 to good", "Q3 to best"), plan(m, true));
  }

  @Test
  void nextLevel_listsAQuestionOnlyWhileBelowItsTarget() throws Exception {
    MaturityModel m = ordinal(PlanPolicy.NEXT_LEVEL);
    assertEquals(List.of("Q1 to some", "Q2 to good", "Q3 to best"), plan(m, false));
    assertEquals(List.of("Q2 to good", "Q3 to best"), plan(m, true));
  }

  @Test
  void upToTop_stopsAtTheQuestionsTarget() throws Exception {
    MaturityModel m = ordinal(PlanPolicy.UP_TO_TOP);
    assertEquals(List.of("Q1 to some", "Q1 to good", "Q2 to good", "Q1 to best", "Q2 to best", "Q3 to best"), plan(m, false));
    assertEquals(List.of("Q2 to good", "Q3 to best"), plan(m, true));
  }

  @Test
  void aTargetAtOrBelowTheAnswer_plansNothing_andANotApplicableAnswerIsNeverPlanned() throws Exception {
    MaturityModel m = ordinal(PlanPolicy.UP_TO_TOP);
    Evaluation e =
        m.evaluate(
            m.assessment().answer("Q1", "good").answer("Q2", "na").answer("Q3", "best")
                .targetAnswer("Q1", "some").targetAnswer("Q2", "best").build());
    assertEquals(List.of(), e.plan().actions());
  }

  /** SAMM-like: levels l0–l3 from 0–3, sum of means by level, up to target; no 0, some 0.25, half 0.5, full 1. */
  private static MaturityModel valued(PlanPolicy policy) {
    ModelBuilder b = MaturityModel.builder().name("S");
    for (int l = 0; l <= 3; l++) {
      b.level("l" + l, "Level " + l, BigDecimal.valueOf(l));
    }
    b.dimensionLevel(Combination.SUM_OF_MEANS_BY_LEVEL).overallLevel(Combination.MEAN).actionPlan(policy);
    ModelBuilder.DimensionBuilder d = b.dimension("P", "Practice");
    for (String[] q : new String[][] {{"A1", "l1"}, {"A2", "l1"}, {"B1", "l2"}}) {
      d.question(q[0], "Activity " + q[0], x -> x
          .option("no", "No", new BigDecimal("0")).option("some", "Some", new BigDecimal("0.25"))
          .option("half", "Half", new BigDecimal("0.5")).option("full", "Full", new BigDecimal("1"))
          .at(q[1]).action(q[1], "Do " + q[0]));
    }
    return b.build();
  }

  private static List<String> roadmap(MaturityModel m, Consumer<Assessment.Builder> targets) throws Exception {
    // P: (0.5 + 1)/2 + 0 = 0.75 → Level 0; target l1.
    Assessment.Builder a = m.assessment().answer("A1", "half").answer("A2", "full").answer("B1", "no").target("P", "l1");
    targets.accept(a);
    Evaluation e = m.evaluate(a.build());
    assertEquals("0.75", e.dimension("P").orElseThrow().score().orElseThrow().toString());
    return e.plan().actions().stream().map(Action::questionId).toList();
  }

  @Test
  void valuedQuestions_arePlannedWhileTheirAnswerIsBelowTheTargetAnswer() throws Exception {
    MaturityModel upToTarget = valued(PlanPolicy.UP_TO_TARGET);
    // Without own targets: the unfinished activities at levels up to the target l1.
    assertEquals(List.of("A1"), roadmap(upToTarget, a -> {}));
    // A1 aims for half and has it; B1 aims for some: planned though its level l2 is above P's target.
    assertEquals(List.of("B1"), roadmap(upToTarget, a -> a.targetAnswer("A1", "half").targetAnswer("B1", "some")));
    // A2 aims for no less than full and has it.
    assertEquals(List.of("A1"), roadmap(upToTarget, a -> a.targetAnswer("A2", "full")));
    MaturityModel nextLevel = valued(PlanPolicy.NEXT_LEVEL);
    assertEquals(List.of("A1", "B1"), roadmap(nextLevel, a -> {}));
    assertEquals(List.of("B1"), roadmap(nextLevel, a -> a.targetAnswer("A1", "some")));
    assertEquals(List.of("A1"), roadmap(nextLevel, a -> a.targetAnswer("B1", "no")));
  }

  /** Levels l0–l3 from 0–3, the mean; V1 at l1 and V2 at l2 (no 0, full 1); R without 'at' (0, 1.5 or 3). */
  private static MaturityModel valuedWithout(String unansweredAs) {
    ModelBuilder b = MaturityModel.builder().name("V");
    for (int l = 0; l <= 3; l++) {
      b.level("l" + l, "Level " + l, BigDecimal.valueOf(l));
    }
    b.dimensionLevel(Combination.MEAN).actionPlan(PlanPolicy.NEXT_LEVEL).unansweredAs(unansweredAs);
    b.dimension("P", "Practice", d -> d
        .question("V1", "At l1", q -> q.option("no", "No", BigDecimal.ZERO).option("full", "Full", BigDecimal.ONE)
            .at("l1").action("l1", "Do V1"))
        .question("V2", "At l2", q -> q.option("no", "No", BigDecimal.ZERO).option("full", "Full", BigDecimal.ONE)
            .at("l2").action("l2", "Do V2"))
        .question("R", "Read by thresholds", q -> q.option("none", "None", BigDecimal.ZERO)
            .option("mid", "Midway", new BigDecimal("1.5")).option("all", "All", BigDecimal.valueOf(3))));
    return b.build();
  }

  private static List<String> levelsAndPlan(MaturityModel m, Consumer<Assessment.Builder> answers) throws Exception {
    Assessment.Builder a = m.assessment();
    answers.accept(a);
    Evaluation e = m.evaluate(a.build());
    List<String> out = new java.util.ArrayList<>();
    e.questions().forEach(q -> out.add(q.question().id() + " " + q.level().map(Level::id).orElse("no level")));
    e.plan().actions().forEach(x -> out.add("step " + x.questionId() + " -> " + x.level().id()));
    return out;
  }

  @Test
  void aValuedQuestionWithoutAtLevel_standsAtTheLevelItsValueReadsAs_andIsNeverPlanned() throws Exception {
    MaturityModel m = valuedWithout("l0");
    assertEquals(List.of("V1 l1", "V2 l2", "R l1"),
        levelsAndPlan(m, a -> a.answer("V1", "full").answer("V2", "full").answer("R", "mid")));
    assertEquals(List.of("V1 l1", "V2 l2", "R l3"),
        levelsAndPlan(m, a -> a.answer("V1", "full").answer("V2", "full").answer("R", "all")));
    assertEquals(List.of("V1 l0", "V2 l1", "R l0", "step V1 -> l1", "step V2 -> l2"),
        levelsAndPlan(m, a -> a.answer("V1", "no").answer("V2", "no").answer("R", "none")));
  }

  @Test
  void anUnansweredValuedQuestion_countedAtItsAtLevel_hasNothingToDo_andBelowIt_isPlanned() throws Exception {
    // Counted at l1: V1 (at l1) stands where it would be done; V2 (at l2) is one step from it.
    assertEquals(List.of("V1 l1", "V2 l1", "R l1", "step V2 -> l2"), levelsAndPlan(valuedWithout("l1"), a -> {}));
    // Counted at l2: both stand at or above their 'at' level, with nothing to do.
    assertEquals(List.of("V1 l2", "V2 l2", "R l2"), levelsAndPlan(valuedWithout("l2"), a -> {}));
  }

  @Test
  void targetAnswers_areKeptByQuestionId_andTakePartInEquality() throws Exception {
    MaturityModel m = ordinal(PlanPolicy.NEXT_LEVEL);
    Assessment plain = m.assessment().answer("Q1", "none").answer("Q2", "none").answer("Q3", "none").build();
    Assessment aimed =
        m.assessment().answer("Q1", "none").answer("Q2", "none").answer("Q3", "none")
            .targetAnswer("Q3", "good").targetAnswer("Q1", "best").build();
    assertEquals(Map.of(), plain.targetAnswers());
    assertEquals(List.of("Q1", "Q3"), List.copyOf(aimed.targetAnswers().keySet()), "in model order");
    assertEquals("best", aimed.targetAnswers().get("Q1"));
    assertNotEquals(plain, aimed);
    assertEquals("Assessment[, answers={Q1=none, Q2=none, Q3=none}, targets={}]", plain.toString());
    assertEquals("Assessment[, answers={Q1=none, Q2=none, Q3=none}, targets={}, targetAnswers={Q1=best, Q3=good}]",
        aimed.toString());
  }

  private static List<String> problems(Consumer<Assessment.Builder> targets) {
    MaturityModel m = ordinal(PlanPolicy.NEXT_LEVEL);
    Assessment.Builder a = m.assessment().answer("Q1", "none").answer("Q2", "none").answer("Q3", "none");
    targets.accept(a);
    AssessmentException e = assertThrows(AssessmentException.class, a::build);
    return e.diagnostics().stream().map(d -> d.code() + " " + d.message() + d.hint().map(h -> " / " + h).orElse("")).toList();
  }

  @Test
  void badTargetAnswers_areReportedWithCodes() {
    assertEquals(
        List.of("E0401 unknown question 'Q4' in a target answer / did you mean 'Q1'?"),
        problems(a -> a.targetAnswer("Q4", "good")));
    assertEquals(
        List.of("E0402 question 'Q1' has no option 'godo' to aim for / did you mean 'good'?"),
        problems(a -> a.targetAnswer("Q1", "godo")));
    assertEquals(
        List.of("E0415 option 'na' of question 'Q2' is not applicable: it cannot be a target answer"
            + " / aim for an option that gives a level or a value"),
        problems(a -> a.targetAnswer("Q2", "na")));
    assertEquals(
        List.of("E0407 question 'Q3' has two target answers"),
        problems(a -> a.targetAnswer("Q3", "good").targetAnswer("Q3", "best")));
  }
}
