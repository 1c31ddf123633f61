package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Combination;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.PlanPolicy;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ModelLaws pointed at hand-written models. */
class ModelLawsTest {

  private static MaturityModel model(PlanPolicy policy, Combination dimensionLevel) {
    ModelBuilder b = MaturityModel.builder().name("Hand-written").actionPlan(policy)
        .dimensionLevel(dimensionLevel).unansweredAs("low");
    b.level("low", "Low").level("mid", "Middle").level("high", "High").level("top", "Top");
    b.dimension("P", "People", d -> d
        .question("P1", "q", q -> q.option("a", "A", "low").option("b", "B", "mid").option("c", "C", "top")
            .optionNotApplicable("na", "N/A").action("mid", "m").action("high", "h").action("top", "t"))
        .question("P2", "q", q -> q.option("a", "A", "mid").option("b", "B", "high")
            .action("high", "h").action("top", "t")));
    b.dimension("Q", "Process", d -> d.weight(new java.math.BigDecimal("2"))
        .question("Q1", "q", q -> q.option("a", "A", "low").option("b", "B", "high").option("c", "C", "top")
            .action("mid", "m").action("high", "h").action("top", "t")));
    return b.build();
  }

  @Test
  void checkAll_upToTargetModel_holdsForEveryLawIncludingSufficiencyAndComposition() {
    for (Combination c : Combination.values()) {
      if (c.needsThresholds()) {
        continue; // an ordinal model: score-based laws are in core's ScoreLawsTest
      }
      ModelLaws laws = ModelLaws.forModel(model(PlanPolicy.UP_TO_TARGET, c)).tries(60);
      assertEquals(List.of(Law.values()), laws.applicableLaws());
      laws.checkAll();
    }
  }

  @Test
  void applicableLaws_nextLevelModel_leaveOutSufficiencyAndComposition() {
    ModelLaws laws = ModelLaws.forModel(model(PlanPolicy.NEXT_LEVEL, Combination.LOWEST));
    assertEquals(
        List.of(Law.DETERMINISM, Law.MONOTONICITY, Law.BOUNDS, Law.SOUNDNESS, Law.ORDER, Law.TOTALITY),
        laws.applicableLaws());
    laws.tries(50).checkAll();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> laws.check(Law.SUFFICIENCY));
    assertEquals("law 5 (sufficiency) does not apply to a model whose plan is 'next level'", e.getMessage());
  }

  @Test
  void tests_anyModel_giveOneNamedDynamicTestPerApplicableLaw() {
    List<String> names = ModelLaws.forModel(model(PlanPolicy.UP_TO_TOP, Combination.MEAN_ROUNDED_TO_NEAREST))
        .tests().map(t -> t.getDisplayName()).collect(Collectors.toList());
    assertEquals(6, names.size());
    assertEquals("law 1 (determinism): the same model and assessment give equal evaluations, on any thread",
        names.get(0));
    assertTrue(names.get(5).startsWith("law 9 (totality): "), names::toString);
  }

  @Test
  void laws_sufficiencyAndCompositionOnOtherPolicies_areRefused() {
    MaturityModel m = model(PlanPolicy.NEXT_LEVEL, Combination.LOWEST);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Laws.sufficiency(m.evaluate(m.assessment().build())));
    assertEquals("law 5 (sufficiency) is stated for models whose action plan is 'up to target', not 'next level'",
        e.getMessage());
  }
}
