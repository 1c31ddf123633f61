package io.svmi.testkit;

import io.svmi.Assessment;
import io.svmi.MaturityModel;
import io.svmi.PlanPolicy;
import org.junit.jupiter.api.Test;

/**
 * The laws of evaluation (design laws 1–7 and the evaluation half of 9) as properties over
 * generated models (1–12 levels, 1–15 dimensions, 1–8 questions, every rule and policy) and
 * generated assessments, using the testkit's own generators and checks.
 */
class LawPropertiesTest {
  private static final int TRIES = 150;

  /** Any model with any assessment of it (the assessment knows its model). */
  private static Gen<Assessment> anyCase() {
    return Arbitraries.models().flatMap(m -> {
      AssessmentArbitrary a = Arbitraries.assessments(m);
      return Gen.anyOf(a, a.complete(), a.withNotApplicable(), a.targetsAbovePresent(), a.targetsAtPresent(),
          a.targetsBelowPresent());
    });
  }

  /** Models planned "up to target" where every question can be answered at every level. */
  private static Gen<Assessment> upToTargetCase() {
    return Arbitraries.models().actionPlans(PlanPolicy.UP_TO_TARGET).everyLevelAnswerable().flatMap(m -> {
      AssessmentArbitrary a = Arbitraries.assessments(m);
      return Gen.anyOf(a, a.targetsAbovePresent(), a.targetsAtPresent(), a.targetsBelowPresent());
    });
  }

  private static <T> Property<T> property(Gen<T> gen, Law law) {
    return Property.forAll(gen).named(law.toString()).tries(TRIES);
  }

  private static String describe(Assessment a) {
    return Describe.model(a.model()) + "\n" + Describe.assessment(a);
  }

  @Test
  void determinism_anyModelAndAssessment_evaluatesEquallyAgainAndOnOtherThreads() {
    property(anyCase(), Law.DETERMINISM).tries(60).describedBy(LawPropertiesTest::describe)
        .check(a -> Laws.determinism(a.model(), a));
  }

  @Test
  void monotonicity_anyImprovement_lowersNoLevel() {
    property(Arbitraries.improvementsOf(anyCase()), Law.MONOTONICITY)
        .describedBy(i -> Describe.model(i.before().model()) + "\n" + i)
        .check(Laws::monotonicity);
  }

  @Test
  void monotonicity_raisedToTarget_lowersNoLevel() {
    Gen<Improvement> toTarget = Arbitraries.models().flatMap(m -> Arbitraries.assessments(m).targetsAbovePresent())
        .flatMap(a -> Arbitraries.improvements(a).raisedToTarget());
    property(toTarget, Law.MONOTONICITY).tries(60)
        .describedBy(i -> Describe.model(i.before().model()) + "\n" + i)
        .check(Laws::monotonicity);
  }

  @Test
  void bounds_anyModelAndAssessment_dimensionLevelsLieBetweenTheirQuestions() {
    property(anyCase(), Law.BOUNDS).describedBy(LawPropertiesTest::describe)
        .check(a -> Laws.bounds(a.model().evaluate(a)));
  }

  @Test
  void soundness_anyModelAndAssessment_everyStepIsAboveItsQuestion() {
    property(anyCase(), Law.SOUNDNESS).describedBy(LawPropertiesTest::describe)
        .check(a -> Laws.soundness(a.model().evaluate(a)));
  }

  @Test
  void sufficiency_upToTarget_takingEveryStepReachesEveryTarget() {
    property(upToTargetCase(), Law.SUFFICIENCY).describedBy(LawPropertiesTest::describe)
        .check(a -> Laws.sufficiency(a.model().evaluate(a)));
  }

  @Test
  void composition_upToTarget_planIsPlanToMiddleThenPlanFromMiddle() {
    Gen<ModelLaws.WithMiddles> cases = upToTargetCase().flatMap(a -> {
      io.svmi.Evaluation e = evaluate(a);
      return Arbitraries.middleLevels(e).map(m -> new ModelLaws.WithMiddles(e, m));
    });
    property(cases, Law.COMPOSITION)
        .describedBy(c -> Describe.model(c.evaluation().model()) + "\n" + c)
        .check(c -> Laws.composition(c.evaluation(), c.middles()));
  }

  @Test
  void order_anyModelAndAssessment_planIsSortedWithoutDuplicates() {
    property(anyCase(), Law.ORDER).describedBy(LawPropertiesTest::describe)
        .check(a -> Laws.order(a.model().evaluate(a)));
  }

  @Test
  void totality_anyAnswerSheet_evaluatesOrGivesAssessmentDiagnostics() {
    record Sheet(MaturityModel model, AnswerSheet sheet) {}
    Gen<Sheet> sheets = Arbitraries.models().flatMap(m -> Arbitraries.answerSheets(m).map(s -> new Sheet(m, s)));
    property(sheets, Law.TOTALITY).tries(200)
        .describedBy(s -> Describe.model(s.model()) + "\n" + s.sheet())
        .check(s -> Laws.totality(s.model(), s.sheet()));
  }

  @Test
  void totality_assessmentOfAnotherModel_givesAssessmentDiagnostics() {
    record Pair(MaturityModel model, Assessment foreign) {}
    Gen<Pair> pairs = Arbitraries.models().flatMap(m -> anyCase().map(a -> new Pair(m, a)));
    property(pairs, Law.TOTALITY).tries(60)
        .check(p -> Laws.totality(p.model(), p.foreign()));
  }

  private static io.svmi.Evaluation evaluate(Assessment a) {
    try {
      return a.model().evaluate(a);
    } catch (io.svmi.AssessmentException e) {
      throw new IllegalStateException(e);
    }
  }
}
