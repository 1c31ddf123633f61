package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.svmi.Assessment;
import io.svmi.MaturityModel;
import org.junit.jupiter.api.Test;

/** Core's evaluator against the deliberately simple one, on generated models and assessments. */
class ReferenceEvaluatorTest {
  @Test
  void evaluate_anyOrdinalModelAndAssessment_agreesWithTheReferenceEvaluator() {
    Gen<Assessment> assessments = Arbitraries.models().flatMap(m -> Gen.anyOf(Arbitraries.assessments(m),
        Arbitraries.assessments(m).targetsAbovePresent(), Arbitraries.assessments(m).targetsBelowPresent()));
    Property.forAll(assessments).tries(1000).check(a -> {
      MaturityModel m = a.model();
      assertEquals(ReferenceEvaluator.evaluate(a), ReferenceEvaluator.observed(m.evaluate(a)));
    });
  }
}
