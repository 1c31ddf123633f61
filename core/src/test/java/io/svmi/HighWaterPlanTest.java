package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A high-water ({@code highest of}) dimension plans each question no higher than its highest
 * option's level: a level 1 activity cannot raise a practice to level 2, so no plan asks it to and
 * no warning asks for a text it could never use.
 */
class HighWaterPlanTest {
  private static ModelResult practice(PlanPolicy policy) {
    return MaturityModel.builder().name("BSIMM-shaped")
        .level("none", "Not observed").level("l1", "Level 1").level("l2", "Level 2").level("l3", "Level 3")
        .dimensionLevel(Combination.HIGHEST)
        .actionPlan(policy)
        .dimension("SM", "Strategy", d -> d
            .question("SM1", "Level 1 activity", q -> q
                .option("no", "Not observed", "none").option("yes", "Observed", "l1").action("l1", "Do the first."))
            .question("SM2", "Level 2 activity", q -> q
                .option("no", "Not observed", "none").option("yes", "Observed", "l2").action("l2", "Do the second."))
            .question("SM3", "Level 3 activity", q -> q
                .option("no", "Not observed", "none").option("yes", "Observed", "l3").action("l3", "Do the third.")))
        .check();
  }

  private static List<String> plan(ModelResult r, String target) throws AssessmentException {
    MaturityModel m = r.model().orElseThrow();
    Assessment a = Assessment.builder(m).answer("SM1", "no").answer("SM2", "no").answer("SM3", "no")
        .target("SM", target).build();
    return m.evaluate(a).plan().actions().stream().map(x -> x.questionId() + " " + x.level().id()).toList();
  }

  @Test
  void upToTarget_stepsEachActivityToItsOwnLevelOnly() throws AssessmentException {
    ModelResult r = practice(PlanPolicy.UP_TO_TARGET);
    assertEquals(List.of(), r.diagnostics(), r::render);
    assertEquals(List.of("SM1 l1", "SM2 l2", "SM3 l3"), plan(r, "l3"));
    assertEquals(List.of("SM1 l1", "SM2 l2"), plan(r, "l2"));
  }

  @Test
  void nextLevel_stepsEachActivityToItsOwnLevel_theNextItsOptionsGive() throws AssessmentException {
    ModelResult r = practice(PlanPolicy.NEXT_LEVEL);
    assertEquals(List.of(), r.diagnostics(), r::render);
    assertEquals(List.of("SM1 l1", "SM2 l2", "SM3 l3"), plan(r, "none"));
  }

  @Test
  void upToTop_withoutTexts_warnsOnlyUpToTheHighestOption() {
    ModelResult r = MaturityModel.builder().name("m")
        .level("none", "Not observed").level("l1", "Level 1").level("l2", "Level 2")
        .dimensionLevel(Combination.HIGHEST)
        .actionPlan(PlanPolicy.UP_TO_TOP)
        .dimension("SM", "Strategy", d -> d.question("SM1", "q", q -> q
            .option("no", "Not observed", "none").option("yes", "Observed", "l1")))
        .check();
    assertEquals("question 'SM1' has no action text to reach Level 1",
        r.diagnostics().stream().filter(x -> x.code() == DiagnosticCode.W0302).findFirst().orElseThrow().message());
  }
}
