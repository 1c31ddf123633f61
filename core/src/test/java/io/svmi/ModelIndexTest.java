package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation index is linear in the model: no array is sized by the product of two counts
 * (a 930 KB file of 40,000 levels and 12,500 one-option questions once ran out of memory because
 * the index held an action per question and level).
 */
class ModelIndexTest {

  /** Many levels and many one-option questions: the shape that exhausted memory. */
  private static MaturityModel manyLevelsAndQuestions(int levels, int questions) {
    ModelBuilder b = MaturityModel.builder().name("wide");
    for (int l = 0; l < levels; l++) {
      b.level("l" + l, "L" + l);
    }
    b.unansweredAs("l0");
    ModelBuilder.DimensionBuilder d = b.dimension("D", "D");
    for (int q = 0; q < questions; q++) {
      d.question("q" + q, "Q", x -> x.option("o", "O", "l" + (levels - 1)));
    }
    return b.check().model().orElseThrow();
  }

  /** Every element of every array the index holds, nested arrays included. */
  private static long elements(ModelIndex ix) throws IllegalAccessException {
    long n = 0;
    for (Field f : ModelIndex.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray()) {
        continue;
      }
      f.setAccessible(true);
      Object array = f.get(ix);
      n += array == null ? 0 : elements(array);   // a table kept only for few levels
    }
    return n;
  }

  private static long elements(Object array) {
    int length = Array.getLength(array);
    long n = length;
    if (!array.getClass().getComponentType().isPrimitive()) {
      for (int i = 0; i < length; i++) {
        Object e = Array.get(array, i);
        if (e != null && e.getClass().isArray()) {
          n += elements(e);
        }
      }
    }
    return n;
  }

  @Test
  void index_manyLevelsTimesManyQuestions_staysLinearInTheModel() throws Exception {
    int levels = 4_000;
    int questions = 2_000;
    MaturityModel model = manyLevelsAndQuestions(levels, questions);
    long elements = elements(model.index());
    // A handful of entries per level, question and option; the product would be 8,000,000.
    assertTrue(elements < 20L * (levels + questions), () -> elements + " array elements in the index");
  }

  @Test
  void plan_manyLevels_listsEachQuestionsStepsInPlanOrder() throws Exception {
    MaturityModel model = manyLevelsAndQuestions(4_000, 2_000);
    Evaluation e = model.evaluate(model.assessment().build());   // every question unanswered: at l0
    assertEquals(2_000, e.plan().size());
    assertTrue(e.plan().actions().stream().allMatch(a -> a.level().id().equals("l1") && !a.hasText()));
    assertEquals("q0", e.plan().actions().get(0).questionId());
    assertEquals("q1999", e.plan().actions().get(1_999).questionId());
  }

  @Test
  void evaluation_twice_isEqual_whetherOrNotItsResultsWereMadeYet() throws Exception {
    MaturityModel model = Fixtures.oneDimension(Combination.LOWEST, 3);
    Assessment a = model.assessment().answer("Q1", "mature").answer("Q2", "na").answer("Q3", "leader").build();
    Evaluation first = model.evaluate(a);
    Evaluation second = model.evaluate(a);
    assertEquals(first, second);   // neither has made its dimension results yet
    assertEquals(first.hashCode(), model.evaluate(a).hashCode());
    assertEquals(second, model.evaluate(a));
  }

  @Test
  void plan_upToTop_withManyLevels_isOrderedByLevelThenQuestion() throws Exception {
    ModelBuilder b = MaturityModel.builder().name("wide").actionPlan(PlanPolicy.UP_TO_TOP);
    for (int l = 0; l < 40; l++) {
      b.level("l" + l, "L" + l);
    }
    b.dimension("D", "D", d -> d
        .question("a", "A", q -> q.option("o", "O", "l37").action("l39", "to the top"))
        .question("b", "B", q -> q.option("o", "O", "l38")));
    MaturityModel model = b.build();
    Evaluation e = model.evaluate(model.assessment().answer("a", "o").answer("b", "o").build());
    assertEquals(
        java.util.List.of("a l38", "a l39", "b l39"),
        e.plan().actions().stream().map(a -> a.questionId() + " " + a.level().id()).toList());
    assertEquals("to the top", e.plan().actions().get(1).text());
  }
  /**
   * A high-water practice of activities declared highest first, after a dimension with no
   * question; its scale padded to the given number of levels, so that a short scale is indexed by
   * a step table and a long one by each question's own ranks.
   */
  private static MaturityModel practice(int levels, PlanPolicy policy) {
    ModelBuilder b = MaturityModel.builder().name("practice").dimensionLevel(Combination.HIGHEST).actionPlan(policy)
        .level("none", "Not observed").level("l1", "Level 1").level("l2", "Level 2").level("l3", "Level 3");
    for (int l = 4; l < levels; l++) {
      b.level("p" + l, "Padding " + l);
    }
    return b.dimension("E", "Empty", d -> { })
        .dimension("SM", "Strategy", d -> d
            .question("SM3", "Level 3 activity", q -> q.option("no", "No", "none").option("yes", "Yes", "l3")
                .action("l3", "Do the third."))
            .question("SM2", "Level 2 activity", q -> q.option("no", "No", "none").option("yes", "Yes", "l2"))
            .question("SM1", "Level 1 activity", q -> q.option("no", "No", "none").option("yes", "Yes", "l1")
                .action("l1", "Do the first."))
            .question("SMx", "Levels 1 and 3", q -> q.option("no", "No", "none").option("some", "Some", "l1")
                .option("all", "All", "l3").action("l3", "Do it all.")))
        .dimension("TA", "Threats", d -> d
            .question("TA1", "Level 1 activity", q -> q.option("no", "No", "none").option("yes", "Yes", "l1")))
        .dimension("TB", "Testing", d -> d
            .question("TB1", "Level 3 activity", q -> q.option("no", "No", "none").option("yes", "Yes", "l3")
                .action("l3", "Do TB1."))
            .question("TB2", "Level 2 activity", q -> q.option("no", "No", "none").option("yes", "Yes", "l2")))
        .build();
  }

  private static List<String> practicePlan(int levels, PlanPolicy policy) throws Exception {
    return practicePlan(levels, policy, "l3");
  }

  /** TB1 stands at none, its one step three levels up; TB2 at its highest option already. */
  private static List<String> practicePlan(int levels, PlanPolicy policy, String smTarget) throws Exception {
    MaturityModel m = practice(levels, policy);
    Assessment.Builder a = m.assessment()
        .answer("SM3", "no").answer("SM2", "no").answer("SM1", "no").answer("SMx", "some").answer("TA1", "no")
        .answer("TB1", "no").answer("TB2", "yes");
    if (policy == PlanPolicy.UP_TO_TARGET) {
      a.target("SM", smTarget).target("TA", "l1").target("TB", "l3");
    }
    return m.evaluate(a.build()).plan().actions().stream()
        .map(x -> x.dimensionId() + ":" + x.questionId() + ">" + x.level().id() + " " + x.text()).toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {4, ModelIndex.FEW_LEVELS, ModelIndex.FEW_LEVELS + 1, 40})
  void plan_highWater_isAlikeForFewAndManyLevels_byLevelThenQuestion_inTheQuestionsDimension(int levels)
      throws Exception {
    List<String> expected = List.of("SM:SM1>l1 Do the first.", "SM:SM2>l2 ", "SM:SM3>l3 Do the third.", "SM:SMx>l3 Do it all.",
        "TA:TA1>l1 ", "TB:TB1>l3 Do TB1.");
    assertEquals(expected, practicePlan(levels, PlanPolicy.UP_TO_TARGET));
    assertEquals(expected, practicePlan(levels, PlanPolicy.NEXT_LEVEL));
    assertEquals(expected, practicePlan(levels, PlanPolicy.UP_TO_TOP));
    // A target between an activity's levels: no step for it (SMx stands at Level 1, its next is Level 3).
    assertEquals(List.of("SM:SM1>l1 Do the first.", "SM:SM2>l2 ", "TA:TA1>l1 ", "TB:TB1>l3 Do TB1."),
        practicePlan(levels, PlanPolicy.UP_TO_TARGET, "l2"));
  }
  @ParameterizedTest
  @ValueSource(ints = {4, 40})
  void plan_stepsNoOptionGives_haveNoTextAndBelongToTheQuestionsDimension(int levels) throws Exception {
    ModelBuilder b = MaturityModel.builder().name("steps").actionPlan(PlanPolicy.UP_TO_TARGET);
    for (int l = 0; l < levels; l++) {
      b.level("l" + l, "L" + l);
    }
    MaturityModel m = b.dimension("E", "Empty", d -> { })
        .dimension("TA", "Threats", d -> d
            .question("TA1", "Q", q -> q.option("no", "No", "l0").option("yes", "Yes", "l3")))
        .build();
    Evaluation e = m.evaluate(m.assessment().answer("TA1", "no").target("TA", "l3").build());
    assertEquals(List.of("TA:TA1>l1 ", "TA:TA1>l2 ", "TA:TA1>l3 "), e.plan().actions().stream()
        .map(x -> x.dimensionId() + ":" + x.questionId() + ">" + x.level().id() + " " + x.text()).toList());
  }
}
