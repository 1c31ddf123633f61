package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.svmi.AssessmentException;
import io.svmi.Combination;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Core's score path against the deliberately simple one, on generated score-based models. */
class ScoreReferenceEvaluatorTest {

  @Provide
  Arbitrary<LawPropertiesTest.Case> cases() {
    // The scoring combinations; the rounding ones over values are left to core's own tests.
    return SvmiArbitraries.models().onlyScoreBasedModels().unansweredIsError()
        .combinations(Combination.MEAN, Combination.WEIGHTED_MEAN, Combination.SUM, Combination.WEIGHTED_SUM,
            Combination.SUM_OF_MEANS_BY_LEVEL, Combination.LOWEST, Combination.LOWER_MEDIAN)
        .filter(m -> ScoreReferenceEvaluator.covers(m)
            && m.questions().values().stream().noneMatch(q -> q.options().isEmpty()))
        .flatMap(m -> Arbitraries.oneOf(SvmiArbitraries.assessments(m),
            SvmiArbitraries.assessments(m).targetsAbovePresent(), SvmiArbitraries.assessments(m).targetsBelowPresent(),
            SvmiArbitraries.assessments(m).withOverallTarget(), SvmiArbitraries.assessments(m).withTargetAnswers(),
            SvmiArbitraries.assessments(m).targetsAbovePresent().withOverallTarget().withTargetAnswers()))
        .map(LawPropertiesTest.Case::new);
  }

  @Property(tries = 300)
  void evaluate_anyValuedScoreModelAndAssessment_agreesWithTheReferenceEvaluator(
      @ForAll("cases") LawPropertiesTest.Case c) throws AssessmentException {
    Statistics.label("groups").collect(!c.assessment().model().groups().isEmpty());
    Statistics.label("planned").collect(!c.evaluate().plan().isEmpty());
    Statistics.label("overall target given").collect(c.assessment().overallTarget().isPresent());
    Statistics.label("target answers").collect(!c.assessment().targetAnswers().isEmpty());
    assertEquals(ScoreReferenceEvaluator.evaluate(c.assessment()), ScoreReferenceEvaluator.observed(c.evaluate()));
  }
}
