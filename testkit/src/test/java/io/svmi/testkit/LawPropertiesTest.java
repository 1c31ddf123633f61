package io.svmi.testkit;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.PlanPolicy;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * The laws of evaluation (design laws 1–7 and the evaluation half of 9) as jqwik properties over
 * generated models (1–12 levels, 1–15 dimensions, 1–8 questions, every rule and policy) and
 * generated assessments, with the testkit's arbitraries and checks. A failure shows the model and
 * the assessment jqwik shrank to.
 */
@PropertyDefaults(tries = 150)
class LawPropertiesTest {

  /** A generated assessment shown with its generated model. */
  record Case(Assessment assessment) {
    MaturityModel model() {
      return assessment.model();
    }

    Evaluation evaluate() throws AssessmentException {
      return assessment.model().evaluate(assessment);
    }

    @Override
    public String toString() {
      return Describe.model(assessment.model()) + "\n" + Describe.assessment(assessment);
    }
  }

  /** A generated improvement shown with its generated model. */
  record Raised(Improvement improvement) {
    @Override
    public String toString() {
      return Describe.model(improvement.before().model()) + "\n" + improvement;
    }
  }

  /** Assessments of every kind for one model. */
  static Arbitrary<Assessment> anyAssessmentOf(MaturityModel m) {
    AssessmentArbitrary a = SvmiArbitraries.assessments(m);
    List<Arbitrary<Assessment>> kinds = new ArrayList<>(List.of(a, a.complete(), a.targetsAbovePresent(),
        a.targetsAtPresent(), a.targetsBelowPresent(), a.withOverallTarget()));
    if (AssessmentArbitrary.hasNotApplicable(m)) {
      kinds.add(a.withNotApplicable());
    }
    return Arbitraries.oneOf(kinds);
  }

  @Provide
  Arbitrary<Case> anyCase() {
    return SvmiArbitraries.models().flatMap(LawPropertiesTest::anyAssessmentOf).map(Case::new);
  }

  /** Models planned "up to target" where every question can be answered at every level. */
  @Provide
  Arbitrary<Case> upToTargetCase() {
    return SvmiArbitraries.models().actionPlans(PlanPolicy.UP_TO_TARGET).everyLevelAnswerable().flatMap(m -> {
      AssessmentArbitrary a = SvmiArbitraries.assessments(m);
      return Arbitraries.oneOf(a, a.targetsAbovePresent(), a.targetsAtPresent(), a.targetsBelowPresent());
    }).map(Case::new);
  }

  @Provide
  Arbitrary<Raised> anyImprovement() {
    return SvmiArbitraries.improvementsOf(SvmiArbitraries.models().flatMap(LawPropertiesTest::anyAssessmentOf))
        .map(Raised::new);
  }

  @Provide
  Arbitrary<Raised> raisedToTarget() {
    Arbitrary<Assessment> above =
        SvmiArbitraries.models().flatMap(m -> SvmiArbitraries.assessments(m).targetsAbovePresent());
    return SvmiArbitraries.improvementsOf(above).raisedToTarget().map(Raised::new);
  }

  @Provide
  Arbitrary<MiddleLevels> upToTargetMiddles() {
    return upToTargetCase().flatMap(c -> SvmiArbitraries.middleLevels(evaluate(c)));
  }

  @Property(tries = 60)
  @Label("law 1 (determinism): any model and assessment evaluate equally again and on other threads")
  void determinism(@ForAll("anyCase") Case c) throws AssessmentException {
    Laws.determinism(c.model(), c.assessment());
  }

  @Property
  @Label("law 2 (monotonicity): any improvement lowers no level")
  void monotonicity(@ForAll("anyImprovement") Raised r) throws AssessmentException {
    Laws.monotonicity(r.improvement());
  }

  @Property(tries = 60)
  @Label("law 2 (monotonicity): answers raised to the target lower no level")
  void monotonicity_raisedToTarget(@ForAll("raisedToTarget") Raised r) throws AssessmentException {
    Laws.monotonicity(r.improvement());
  }

  @Property
  @Label("law 3 (bounds): dimension levels lie between their questions'")
  void bounds(@ForAll("anyCase") Case c) throws AssessmentException {
    Laws.bounds(c.evaluate());
  }

  @Property
  @Label("law 4 (soundness): every step is above its question")
  void soundness(@ForAll("anyCase") Case c) throws AssessmentException {
    Laws.soundness(c.evaluate());
  }

  @Property
  @Label("law 5 (sufficiency): under up to target, taking every step reaches every target")
  void sufficiency(@ForAll("upToTargetCase") Case c) throws AssessmentException {
    Laws.sufficiency(c.evaluate());
  }

  @Property
  @Label("law 6 (composition): under up to target, the plan is the plan to a middle level and on from there")
  void composition(@ForAll("upToTargetMiddles") MiddleLevels m) throws AssessmentException {
    Laws.composition(m);
  }

  @Property
  @Label("law 7 (order): the plan is sorted, without duplicates")
  void order(@ForAll("anyCase") Case c) throws AssessmentException {
    Laws.order(c.evaluate());
  }

  /** An answer sheet shown with its generated model. */
  record Sheet(MaturityModel model, AnswerSheet sheet) {
    @Override
    public String toString() {
      return Describe.model(model) + "\n" + sheet;
    }
  }

  @Provide
  Arbitrary<Sheet> anySheet() {
    return SvmiArbitraries.models().flatMap(m -> SvmiArbitraries.answerSheets(m).map(s -> new Sheet(m, s)));
  }

  @Property(tries = 150)
  @Label("law 9 (totality): any answer sheet evaluates or gives assessment diagnostics")
  void totality(@ForAll("anySheet") Sheet s) {
    Laws.totality(s.model(), s.sheet());
  }

  /** A model and an assessment of another. */
  record Foreign(MaturityModel model, Case foreign) {
    @Override
    public String toString() {
      return "evaluated by " + Describe.model(model) + "\nan assessment of " + foreign;
    }
  }

  @Provide
  Arbitrary<Foreign> foreignCase() {
    return SvmiArbitraries.models().flatMap(m -> anyCase().map(c -> new Foreign(m, c)));
  }

  @Property(tries = 60)
  @Label("law 9 (totality): an assessment of another model gives assessment diagnostics")
  void totality_assessmentOfAnotherModel(@ForAll("foreignCase") Foreign f) {
    Laws.totality(f.model(), f.foreign().assessment());
  }

  private static Evaluation evaluate(Case c) {
    try {
      return c.evaluate();
    } catch (AssessmentException e) {
      throw new IllegalStateException(e);
    }
  }
}
