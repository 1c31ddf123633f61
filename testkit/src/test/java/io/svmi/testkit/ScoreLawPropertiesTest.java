package io.svmi.testkit;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws that hold for score-based models (docs/language.md, "Which laws hold for score-based
 * models"), as jqwik properties over generated score-based models: monotonicity in values and
 * soundness of the plan for every one, sufficiency of the roadmap for SAMM-like ones ({@link
 * ModelArbitrary#sammLike()}), with target answers part of the time.
 */
class ScoreLawPropertiesTest {

  /** Score-based models whose questions can all be answered. */
  private static Arbitrary<MaturityModel> scoreModels() {
    return SvmiArbitraries.models().onlyScoreBasedModels()
        .filter(m -> m.questions().values().stream().noneMatch(q -> q.options().isEmpty()));
  }

  private static Arbitrary<Assessment> anyAssessmentOf(MaturityModel m) {
    AssessmentArbitrary a = SvmiArbitraries.assessments(m);
    return Arbitraries.oneOf(a, a.targetsAbovePresent(), a.targetsBelowPresent(), a.withTargetAnswers(),
        a.targetsAbovePresent().withTargetAnswers());
  }

  @Provide
  Arbitrary<LawPropertiesTest.Raised> raisedValues() {
    return SvmiArbitraries.improvementsOf(scoreModels().flatMap(ScoreLawPropertiesTest::anyAssessmentOf))
        .map(LawPropertiesTest.Raised::new);
  }

  @Property(tries = 100)
  @Label("law 2 (monotonicity) in values: raising an answer's value lowers no score or level")
  void monotonicityInValues(@ForAll("raisedValues") LawPropertiesTest.Raised r) throws AssessmentException {
    Statistics.label("groups").collect(!r.improvement().before().model().groups().isEmpty());
    Laws.monotonicity(r.improvement());
  }

  @Provide
  Arbitrary<LawPropertiesTest.Case> scoreCase() {
    return scoreModels().flatMap(ScoreLawPropertiesTest::anyAssessmentOf).map(LawPropertiesTest.Case::new);
  }

  @Property(tries = 100)
  @Label("law 4 (soundness) and 7 (order): a score-based plan lists only questions short of their target, in order")
  void soundnessAndOrder(@ForAll("scoreCase") LawPropertiesTest.Case c) throws AssessmentException {
    Statistics.label("planned").collect(!c.evaluate().plan().isEmpty());
    Laws.soundness(c.evaluate());
    Laws.order(c.evaluate());
    Statistics.label("planned").coverage(k -> k.check(true).percentage(p -> p > 20));
  }

  @Provide
  Arbitrary<LawPropertiesTest.Case> sammLikeCase() {
    return SvmiArbitraries.models().sammLike().flatMap(ScoreLawPropertiesTest::anyAssessmentOf)
        .map(LawPropertiesTest.Case::new);
  }

  @Property(tries = 100)
  @Label("law 5 (sufficiency) for SAMM-like models: doing the whole roadmap reaches every target")
  void sufficiencyOfTheRoadmap(@ForAll("sammLikeCase") LawPropertiesTest.Case c) throws AssessmentException {
    Statistics.label("planned").collect(!c.evaluate().plan().isEmpty());
    Laws.sufficiency(c.evaluate());
    Statistics.label("planned").coverage(k -> k.check(true).percentage(p -> p > 20));
  }
}
