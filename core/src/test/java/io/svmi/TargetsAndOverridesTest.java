package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dimension and overall targets, overall rules, and per-dimension overrides of the dimension rule. */
class TargetsAndOverridesTest {

  private static MaturityModel threeDimensions(java.util.function.Consumer<ModelBuilder> rules) {
    ModelBuilder b = Fixtures.svmiLevels();
    rules.accept(b);
    for (String d : new String[] {"A", "B", "C"}) {
      b.dimension(d, "Dimension " + d, x -> x.question(d + "1", "q", Fixtures::everyLevel));
    }
    return b.build();
  }

  private static Assessment.Builder answered(MaturityModel m, String a, String b, String c) {
    return m.assessment().answer("A1", a).answer("B1", b).answer("C1", c);
  }

  @Test
  void dimensionTarget_notGiven_isThePresentLevel() throws Exception {
    MaturityModel m = threeDimensions(b -> {});
    Evaluation e = m.evaluate(answered(m, "mature", "follower", "leader").target("A", "leader").build());
    DimensionResult b = e.dimension("B").orElseThrow();
    assertEquals(b.present(), b.target());
    assertFalse(b.targetGiven());
    assertEquals(0, b.gap().getAsInt());
    assertTrue(b.hasReachedTarget());
    assertEquals("B Dimension B aims for Follower: no target was given, so it keeps its present level",
        b.targetExplanation());
    DimensionResult a = e.dimension("A").orElseThrow();
    assertTrue(a.targetGiven());
    assertEquals(1, a.gap().getAsInt());
    assertFalse(a.hasReachedTarget());
    assertEquals("A Dimension A aims for Leader: given in the assessment", a.targetExplanation());
  }

  @Test
  void gap_targetBelowPresent_isNegative() throws Exception {
    MaturityModel m = threeDimensions(b -> {});
    Evaluation e = m.evaluate(answered(m, "leader", "follower", "leader").target("A", "follower").build());
    assertEquals(-2, e.dimension("A").orElseThrow().gap().getAsInt());
    assertTrue(e.dimension("A").orElseThrow().hasReachedTarget());
  }

  @Test
  void overallTarget_notGiven_combinesDimensionTargetsByTheOverallRule() throws Exception {
    MaturityModel m = threeDimensions(b -> {});
    // targets: A leader (3), B follower (1, its present), C leader (3): mean 7/3 -> mature
    Evaluation e = m.evaluate(answered(m, "mature", "follower", "leader").target("A", "leader").build());
    assertEquals("mature", e.target().orElseThrow().id());
    assertEquals(
        "Overall aims for Mature: mean rounded down of A Leader (3), B Follower (1), C Leader (3) is ≈2.33,"
            + " which rounds down to Mature (of the dimension targets)",
        e.targetExplanation());
  }

  @Test
  void overallTarget_given_winsOverTheComputedOne() throws Exception {
    MaturityModel m = threeDimensions(b -> {});
    Evaluation e = m.evaluate(answered(m, "mature", "follower", "leader").overallTarget("innovator").build());
    assertEquals("innovator", e.target().orElseThrow().id());
    assertEquals(Optional.of(m.scale().level("innovator").orElseThrow()), e.assessment().overallTarget());
    assertEquals("Overall aims for Innovator: given in the assessment", e.targetExplanation());
  }

  @Test
  void overallLevel_setAlone_alsoSetsTheOverallTargetRule() throws Exception {
    MaturityModel m = threeDimensions(b -> b.overallLevel(Combination.LOWEST));
    assertEquals(Combination.LOWEST, m.rules().overallTarget());
    Evaluation e = m.evaluate(answered(m, "mature", "follower", "leader").target("B", "leader").build());
    assertEquals("follower", e.present().orElseThrow().id());
    assertEquals("mature", e.target().orElseThrow().id()); // lowest of mature, leader, leader
  }

  @Test
  void overallTarget_ruleSetApart_isUsedForTargetsOnly() throws Exception {
    MaturityModel m = threeDimensions(b -> b.overallLevel(Combination.LOWEST).overallTarget(Combination.MEAN_ROUNDED_TO_NEAREST));
    assertEquals(Combination.LOWEST, m.rules().overallLevel());
    Evaluation e = m.evaluate(answered(m, "mature", "follower", "leader").build());
    assertEquals("follower", e.present().orElseThrow().id()); // lowest of 2, 1, 3
    assertEquals("mature", e.target().orElseThrow().id()); // nearest to 2
  }

  @Test
  void rules_defaults_areLowestMeanRoundedDownNextLevelError() {
    MaturityModel m = threeDimensions(b -> {});
    assertEquals(Rules.defaults(), m.rules());
    assertEquals(Combination.LOWEST, m.rules().dimensionLevel());
    assertEquals(Combination.MEAN_ROUNDED_DOWN, m.rules().overallLevel());
    assertEquals(Combination.MEAN_ROUNDED_DOWN, m.rules().overallTarget());
    assertEquals(PlanPolicy.NEXT_LEVEL, m.rules().actionPlan());
    assertTrue(m.rules().unanswered().isError());
  }

  @Test
  void dimensionOverride_combination_replacesTheModelRuleForThatDimensionOnly() throws Exception {
    MaturityModel m = Fixtures.svmiLevels()
        .dimensionLevel(Combination.LOWEST)
        .dimension("A", "Overridden", d -> d.combination(Combination.MEAN_ROUNDED_TO_NEAREST)
            .question("A1", "a", Fixtures::everyLevel)
            .question("A2", "a", Fixtures::everyLevel))
        .dimension("B", "Model rule", d -> d
            .question("B1", "b", Fixtures::everyLevel)
            .question("B2", "b", Fixtures::everyLevel))
        .build();
    Evaluation e = m.evaluate(m.assessment()
        .answer("A1", "follower").answer("A2", "mature")
        .answer("B1", "follower").answer("B2", "mature").build());
    assertEquals("mature", e.dimension("A").orElseThrow().present().orElseThrow().id()); // 1.5 -> 2
    assertEquals("follower", e.dimension("B").orElseThrow().present().orElseThrow().id()); // lowest
    assertEquals(Combination.MEAN_ROUNDED_TO_NEAREST, m.combinationOf(m.dimension("A").orElseThrow()));
    assertEquals(Combination.LOWEST, m.combinationOf(m.dimension("B").orElseThrow()));
    assertEquals(Combination.MEAN_ROUNDED_TO_NEAREST, e.dimension("A").orElseThrow().combination());
  }
}
