package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.svmi.AssessmentException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Core's evaluator against the deliberately simple one, on generated models and assessments. */
class ReferenceEvaluatorTest {

  @Provide
  Arbitrary<LawPropertiesTest.Case> cases() {
    return SvmiArbitraries.models().flatMap(m -> Arbitraries.oneOf(SvmiArbitraries.assessments(m),
            SvmiArbitraries.assessments(m).targetsAbovePresent(), SvmiArbitraries.assessments(m).targetsBelowPresent(),
            SvmiArbitraries.assessments(m).withTargetAnswers(),
            SvmiArbitraries.assessments(m).targetsAbovePresent().withOverallTarget().withTargetAnswers()))
        .map(LawPropertiesTest.Case::new);
  }

  @Property(tries = 500)
  void evaluate_anyOrdinalModelAndAssessment_agreesWithTheReferenceEvaluator(@ForAll("cases") LawPropertiesTest.Case c)
      throws AssessmentException {
    assertEquals(ReferenceEvaluator.evaluate(c.assessment()), ReferenceEvaluator.observed(c.evaluate()));
  }
}
