package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which steps each action-plan policy lists. */
class PlanPolicyTest {

  /** Q1..Q3 answerable at every level, with an action text to every level above the lowest. */
  private static MaturityModel model(PlanPolicy policy) {
    ModelBuilder b = Fixtures.svmiLevels().actionPlan(policy);
    ModelBuilder.DimensionBuilder d = b.dimension("D", "Dimension");
    for (String q : List.of("Q1", "Q2", "Q3")) {
      ModelBuilder.QuestionBuilder qb = d.question(q, "Question " + q);
      Fixtures.everyLevel(qb);
      for (int r = 1; r < Fixtures.LEVELS.length; r++) {
        qb.action(Fixtures.LEVELS[r], q + " to " + Fixtures.LEVELS[r]);
      }
    }
    return b.build();
  }

  private static List<String> plan(MaturityModel model, String target, String q1, String q2, String q3)
      throws AssessmentException {
    Assessment.Builder a = model.assessment().answer("Q1", q1).answer("Q2", q2).answer("Q3", q3);
    if (!target.isEmpty()) {
      a.target("D", target);
    }
    return model.evaluate(a.build()).plan().actions().stream().map(Action::text).collect(Collectors.toList());
  }

  @Test
  void nextLevel_questionsBelowTheTop_getTheOneStepAboveEach() throws Exception {
    assertEquals(
        List.of("Q1 to mature", "Q2 to leader", "Q3 to innovator"),
        plan(model(PlanPolicy.NEXT_LEVEL), "leader", "follower", "mature", "leader"));
  }

  @Test
  void nextLevel_targetBelowPresent_stillListsTheNextStep() throws Exception {
    assertEquals(
        List.of("Q1 to mature", "Q2 to leader"),
        plan(model(PlanPolicy.NEXT_LEVEL), "incomplete", "follower", "mature", "innovator"));
  }

  @Test
  void nextLevel_questionAtTheTop_getsNoStep() throws Exception {
    assertEquals(List.of(), plan(model(PlanPolicy.NEXT_LEVEL), "", "innovator", "innovator", "innovator"));
  }

  @Test
  void upToTarget_targetAboveQuestions_listsEveryStepUpToTheTargetByLevel() throws Exception {
    assertEquals(
        List.of("Q1 to mature", "Q1 to leader", "Q2 to leader"),
        plan(model(PlanPolicy.UP_TO_TARGET), "leader", "follower", "mature", "innovator"));
  }

  @Test
  void upToTarget_noTargetGiven_targetIsThePresentLevelSoNothingBelowItIsListed() throws Exception {
    // Present = lowest = follower: Q1 is there already, the others are above.
    assertEquals(List.of(), plan(model(PlanPolicy.UP_TO_TARGET), "", "follower", "mature", "leader"));
  }

  @Test
  void upToTarget_questionAboveTarget_getsNoStep() throws Exception {
    assertEquals(
        List.of("Q1 to follower"),
        plan(model(PlanPolicy.UP_TO_TARGET), "follower", "incomplete", "leader", "innovator"));
  }

  @Test
  void upToTop_anyTarget_listsEveryStepToTheHighestLevel() throws Exception {
    assertEquals(
        List.of("Q1 to mature", "Q1 to leader", "Q2 to leader", "Q1 to innovator", "Q2 to innovator"),
        plan(model(PlanPolicy.UP_TO_TOP), "follower", "follower", "mature", "innovator"));
  }

  @Test
  void anyPolicy_notApplicableQuestion_getsNoStep() throws Exception {
    for (PlanPolicy p : PlanPolicy.values()) {
      List<String> plan = plan(model(p), "leader", "na", "mature", "innovator");
      assertTrue(plan.contains("Q2 to leader"), p.words());
      assertTrue(plan.stream().noneMatch(t -> t.startsWith("Q1")), p.words());
    }
  }

  @Test
  void plan_stepWithoutText_appearsWithEmptyText() throws Exception {
    MaturityModel model = Fixtures.svmiLevels()
        .dimension("D", "Dimension", d -> d.question("Q1", "Question", q -> {
          Fixtures.everyLevel(q);
          q.action("leader", "Q1 to leader");
        }))
        .build();
    ActionPlan plan = model.evaluate(model.assessment().answer("Q1", "follower").build()).plan();
    assertEquals(1, plan.size());
    Action step = plan.actions().get(0);
    assertEquals("mature", step.level().id());
    assertEquals("", step.text());
    assertFalse(step.hasText());
    assertTrue(plan.actions().stream().noneMatch(Action::hasText));
  }

  @Test
  void words_everyPolicy_readsAsInTheLanguage() {
    assertEquals("next level", PlanPolicy.NEXT_LEVEL.words());
    assertEquals("up to target", PlanPolicy.UP_TO_TARGET.words());
    assertEquals("up to top", PlanPolicy.UP_TO_TOP.words());
  }
}
