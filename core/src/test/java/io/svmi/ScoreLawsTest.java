package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For ordinal models, the general score path agrees with the ordinal fast path (a white-box check
 * of two package-private evaluators), with targets, overall targets and target answers. The laws of score-based models themselves are properties of
 * the testkit (ScoreLawPropertiesTest, SammLikeModelLawsTest).
 */
class ScoreLawsTest {
  private static final Combination[] ORDINAL = {
    Combination.LOWEST, Combination.LOWER_MEDIAN, Combination.MEAN_ROUNDED_DOWN, Combination.MEAN_ROUNDED_TO_NEAREST,
    Combination.WEIGHTED_MEAN_ROUNDED_DOWN, Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST
  };

  @Test
  void forOrdinalModels_theScorePathAgreesWithTheFastPath() throws Exception {
    for (long seed = 0; seed < 300; seed++) {
      forOrdinalModels_theScorePathAgreesWithTheFastPath(seed);
    }
  }

  private static void forOrdinalModels_theScorePathAgreesWithTheFastPath(long seed) throws Exception {
    Random r = new Random(seed);
    ModelBuilder b = MaturityModel.builder().name("O");
    int levels = 1 + r.nextInt(5);
    for (int l = 0; l < levels; l++) {
      b.level("l" + l, "L" + l);
    }
    b.dimensionLevel(ORDINAL[r.nextInt(ORDINAL.length)]).overallLevel(ORDINAL[r.nextInt(ORDINAL.length)])
        .overallTarget(ORDINAL[r.nextInt(ORDINAL.length)]).actionPlan(PlanPolicy.values()[r.nextInt(3)]);
    if (r.nextBoolean()) {
      b.unansweredAs("l" + r.nextInt(levels));
    }
    for (int d = 1 + r.nextInt(3); d > 0; d--) {
      ModelBuilder.DimensionBuilder dim = b.dimension("D" + d, "D").weight(BigDecimal.valueOf(1 + r.nextInt(3)));
      if (r.nextBoolean()) {
        dim.combination(ORDINAL[r.nextInt(ORDINAL.length)]);
      }
      for (int q = 1 + r.nextInt(4); q > 0; q--) {
        ModelBuilder.QuestionBuilder qb = dim.question("D" + d + "q" + q, "Q").weight(BigDecimal.valueOf(1 + r.nextInt(5), 1));
        qb.optionNotApplicable("na", "NA");
        for (int l = 0; l < levels; l++) {
          qb.option("o" + l, "O", "l" + l);
          if (l > 0) {
            qb.action("l" + l, "to " + l);
          }
        }
      }
    }
    MaturityModel m = b.build();
    Assessment.Builder a = m.assessment();
    for (String q : m.questions().keySet()) {
      int o = r.nextInt(levels + 2);
      if (o < levels) {
        a.answer(q, "o" + o);
      } else if (o == levels || m.rules().unanswered().level().isEmpty()) {
        a.answer(q, "na");
      }
    }
    for (String d : m.dimensions().keySet()) {
      if (r.nextBoolean()) {
        a.target(d, "l" + r.nextInt(levels));
      }
    }
    if (r.nextInt(4) == 0) {
      a.overallTarget("l" + r.nextInt(levels));
    }
    for (String q : m.questions().keySet()) {
      if (r.nextInt(3) == 0) {
        a.targetAnswer(q, "o" + r.nextInt(levels));
      }
    }
    Assessment assessment = a.build();
    assertEquals(Evaluator.evaluate(m, assessment), ScoreEvaluator.evaluate(m, assessment));
  }
}
