package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A score-based model (levels reached from scores) whose dimensions are graded by indicators or
 * staged: each dimension keeps its own rule, and its level's score counts overall.
 */
class ScoreBasedGradingTest {

  private static MaturityModel model(PlanPolicy policy) {
    ModelBuilder b = MaturityModel.builder().name("Mixed")
        .level("l0", "Level 0", BigDecimal.ZERO).level("l1", "Level 1", BigDecimal.ONE).level("l2", "Level 2", new BigDecimal(2))
        .dimensionLevel(Combination.MEAN).overallLevel(Combination.MEAN).actionPlan(policy);
    b.dimension("I", "Indicators", d -> d.combination(Combination.INDICATORS)
        .indicator("N", "Nothing is done.", "l0", i -> i.action("l1", "Do something."))
        .indicator("P", "Some of it is done.", "l1", i -> { })
        .indicator("A", "All of it is done.", "l2", i -> i.action("l2", "Do all of it.")));
    b.dimension("S", "Staged", d -> d.combination(Combination.STAGED)
        .question("S1", "First", q -> q.at("l1").option("no", "No", "l0").option("yes", "Yes", "l1")
            .optionNotApplicable("na", "N/A").action("l1", "Do the first."))
        .question("S2", "Second", q -> q.at("l2").option("no", "No", "l1").option("yes", "Yes", "l2")
            .optionNotApplicable("na", "N/A").action("l2", "Do the second.")));
    return b.build();
  }

  private static Evaluation evaluate(PlanPolicy policy, String n, String p, String a, String s1, String s2)
      throws AssessmentException {
    MaturityModel m = model(policy);
    return m.evaluate(m.assessment().answer("N", n).answer("P", p).answer("A", a).answer("S1", s1).answer("S2", s2)
        .target("I", "l2").target("S", "l2").build());
  }

  private static String levels(Evaluation e) {
    return e.dimensions().stream().map(d -> d.dimension().id() + " " + d.present().map(Level::id).orElse("none"))
        .reduce((x, y) -> x + ", " + y).orElseThrow() + ", overall " + e.present().map(Level::id).orElse("none");
  }

  private static List<String> plan(Evaluation e) {
    return e.plan().actions().stream().map(x -> x.questionId() + ">" + x.level().id() + " " + x.text()).toList();
  }

  @Test
  void eachDimensionKeepsItsRule_inAScoreBasedModel() throws Exception {
    MaturityModel m = model(PlanPolicy.UP_TO_TARGET);
    assertEquals(true, m.isScoreBased());
    Evaluation holds = evaluate(PlanPolicy.UP_TO_TARGET, Question.MET, Question.MET, Question.MET, "yes", "no");
    assertEquals("I l0, S l1, overall l0", levels(holds));
    assertEquals(List.of("N>l1 Do something.", "S2>l2 Do the second."), plan(holds));

    Evaluation partly = evaluate(PlanPolicy.UP_TO_TARGET, Question.NOT_MET, Question.MET, Question.NOT_MET, "no", "yes");
    assertEquals("I l1, S l0, overall l0", levels(partly));
    assertEquals(List.of("A>l2 Do all of it.", "S1>l1 Do the first."), plan(partly));

    Evaluation all = evaluate(PlanPolicy.UP_TO_TARGET, Question.NOT_MET, Question.MET, Question.MET, "yes", "yes");
    assertEquals("I l2, S l2, overall l2", levels(all));
    assertEquals(List.of(), plan(all));
  }

  @Test
  void aStagedDimensionWhoseEveryQuestionIsNotApplicable_hasNoLevel() throws Exception {
    Evaluation e = evaluate(PlanPolicy.UP_TO_TARGET, Question.NOT_MET, Question.MET, Question.MET, "na", "na");
    assertEquals("I l2, S none, overall l2", levels(e));
    assertEquals("S Staged has no level: every question is not applicable", e.dimension("S").orElseThrow().explanation());
  }

  @Test
  void nextLevel_stepsEachQuestionOneLevelUp_andTheIndicatorsOfTheNextColumn() throws Exception {
    Evaluation e = evaluate(PlanPolicy.NEXT_LEVEL, Question.NOT_MET, Question.NOT_MET, Question.NOT_MET, "no", "no");
    assertEquals("I l0, S l0, overall l0", levels(e));
    assertEquals(List.of("P>l1 Some of it is done.", "S1>l1 Do the first.", "S2>l2 Do the second."), plan(e));
  }
}
