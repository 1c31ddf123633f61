package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The order of the plan and its views by dimension and by (dimension, level) cell. */
class ActionPlanTest {

  private static void withActions(ModelBuilder.QuestionBuilder q, String id) {
    Fixtures.everyLevel(q);
    for (int r = 1; r < Fixtures.LEVELS.length; r++) {
      q.action(Fixtures.LEVELS[r], id + ">" + Fixtures.LEVELS[r]);
    }
  }

  /** Dimensions declared B before A, so that model order is not alphabetical order. */
  private static MaturityModel model() {
    return Fixtures.svmiLevels()
        .actionPlan(PlanPolicy.UP_TO_TARGET)
        .dimension("B", "Second letter, first dimension", d -> d
            .question("B2", "q", q -> withActions(q, "B2"))
            .question("B1", "q", q -> withActions(q, "B1")))
        .dimension("A", "First letter, second dimension", d -> d
            .question("A1", "q", q -> withActions(q, "A1")))
        .build();
  }

  private static Evaluation evaluate() throws AssessmentException {
    MaturityModel m = model();
    return m.evaluate(m.assessment()
        .answer("B2", "incomplete").answer("B1", "follower").answer("A1", "follower")
        .target("B", "leader").target("A", "mature").build());
  }

  private static List<String> texts(List<Action> actions) {
    return actions.stream().map(Action::text).collect(Collectors.toList());
  }

  @Test
  void actions_severalDimensionsLevelsQuestions_areOrderedByDimensionThenLevelThenQuestion() throws Exception {
    assertEquals(
        List.of(
            "B2>follower",
            "B2>mature", "B1>mature",
            "B2>leader", "B1>leader",
            "A1>mature"),
        texts(evaluate().plan().actions()));
  }

  @Test
  void forDimension_oneDimension_givesItsRowInPlanOrder() throws Exception {
    ActionPlan plan = evaluate().plan();
    assertEquals(List.of("A1>mature"), texts(plan.forDimension("A")));
    assertEquals(5, plan.forDimension("B").size());
    assertEquals(List.of(), plan.forDimension("Z"));
  }

  @Test
  void cell_dimensionAndLevel_givesTheActionsReachingThatLevel() throws Exception {
    Evaluation e = evaluate();
    Scale s = e.model().scale();
    assertEquals(List.of("B2>mature", "B1>mature"), texts(e.plan().cell("B", s.level("mature").orElseThrow())));
    assertEquals(List.of("B2>follower"), texts(e.plan().cell("B", s.level("follower").orElseThrow())));
    assertEquals(List.of(), e.plan().cell("B", s.level("innovator").orElseThrow()));
    assertEquals(List.of(), e.plan().cell("A", s.level("leader").orElseThrow()));
  }

  @Test
  void action_planned_carriesItsDimensionQuestionAndLevel() throws Exception {
    Action first = evaluate().plan().actions().get(0);
    assertEquals("B", first.dimensionId());
    assertEquals("B2", first.questionId());
    assertEquals("follower", first.level().id());
    assertTrue(first.hasText());
  }

  @Test
  void sizeAndIsEmpty_plan_countTheActions() throws Exception {
    ActionPlan plan = evaluate().plan();
    assertEquals(6, plan.size());
    assertEquals(plan, evaluate().plan());
    assertEquals(plan.hashCode(), evaluate().plan().hashCode());
  }

  @Test
  void modelActions_declared_areInPlanOrder() {
    MaturityModel m = model();
    List<Action> declared = m.actions();
    assertEquals(12, declared.size());
    assertEquals("B2>follower", declared.get(0).text());
    assertEquals("B1>follower", declared.get(1).text());
    assertEquals("A1>innovator", declared.get(11).text());
    assertEquals("B2>mature", m.question("B2").orElseThrow().action(m.scale().level("mature").orElseThrow()).orElseThrow().text());
  }

  @Test
  void dimensionsAndQuestions_evaluation_areInModelOrder() throws Exception {
    Evaluation e = evaluate();
    assertEquals(List.of("B", "A"), e.dimensions().stream().map(d -> d.dimension().id()).toList());
    assertEquals(List.of("B2", "B1", "A1"), e.questions().stream().map(q -> q.question().id()).toList());
  }
}
