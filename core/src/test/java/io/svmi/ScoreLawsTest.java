package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The laws for score-based models, over generated SAMM-like models (a few hundred fixed seeds) (thresholds 0–3, practices with
 * questions at levels 1–3, sum of means by level, mean of dimensions, mean of groups, up to
 * target): monotonicity in values, soundness and sufficiency of the roadmap; and, for ordinal
 * models, the general score path agrees with the ordinal fast path.
 */
class ScoreLawsTest {
  private static final String[] VALUES = {"0", "0.25", "0.5", "1"};
  private static final String[] IDS = {"no", "some", "half", "full"};

  private static MaturityModel sammLike(Random r) {
    ModelBuilder b = MaturityModel.builder().name("S");
    for (int l = 0; l <= 3; l++) {
      b.level("l" + l, "Level " + l, BigDecimal.valueOf(l));
    }
    b.dimensionLevel(Combination.SUM_OF_MEANS_BY_LEVEL).groupLevel(Combination.MEAN).overallLevel(Combination.MEAN)
        .actionPlan(PlanPolicy.UP_TO_TARGET);
    int groups = 1 + r.nextInt(3);
    for (int g = 0; g < groups; g++) {
      ModelBuilder.GroupBuilder group = b.group("g" + g, "G" + g);
      for (int p = 1 + r.nextInt(3); p > 0; p--) {
        String d = "g" + g + "p" + p;
        ModelBuilder.DimensionBuilder dim = group.dimension(d, d);
        for (int level = 1; level <= 3; level++) {
          for (int s = 1 + r.nextInt(2); s > 0; s--) {
            ModelBuilder.QuestionBuilder q = dim.question(d + "-" + level + "-" + s, "Q").at("l" + level);
            for (int o = 0; o < VALUES.length; o++) {
              q.option(IDS[o], IDS[o], new BigDecimal(VALUES[o]));
            }
            q.action("l" + level, "Do " + d + level + s);
          }
        }
      }
    }
    return b.build();
  }

  private static Evaluation evaluate(MaturityModel m, Map<String, Integer> answers, Map<String, Integer> targets)
      throws AssessmentException {
    Assessment.Builder a = m.assessment();
    answers.forEach((q, o) -> a.answer(q, IDS[o]));
    targets.forEach((d, t) -> a.target(d, "l" + t));
    return m.evaluate(a.build());
  }

  private static Map<String, Integer> randomAnswers(MaturityModel m, Random r) {
    Map<String, Integer> answers = new HashMap<>();
    m.questions().keySet().forEach(q -> answers.put(q, r.nextInt(IDS.length)));
    return answers;
  }

  @Test
  void raisingAnAnswer_neverLowersAScoreOrLevel() throws Exception {
    for (long seed = 0; seed < 200; seed++) {
      raisingAnAnswer_neverLowersAScoreOrLevel(seed);
    }
  }

  private static void raisingAnAnswer_neverLowersAScoreOrLevel(long seed) throws Exception {
    Random r = new Random(seed);
    MaturityModel m = sammLike(r);
    Map<String, Integer> before = randomAnswers(m, r);
    List<String> ids = new ArrayList<>(m.questions().keySet());
    String raised = ids.get(r.nextInt(ids.size()));
    Map<String, Integer> after = new HashMap<>(before);
    after.put(raised, Math.min(IDS.length - 1, before.get(raised) + 1 + r.nextInt(IDS.length)));
    Evaluation x = evaluate(m, before, Map.of());
    Evaluation y = evaluate(m, after, Map.of());
    for (int d = 0; d < x.dimensions().size(); d++) {
      assertTrue(y.dimensions().get(d).score().orElseThrow().compareTo(x.dimensions().get(d).score().orElseThrow()) >= 0);
      assertTrue(y.dimensions().get(d).present().orElseThrow().compareTo(x.dimensions().get(d).present().orElseThrow()) >= 0);
    }
    for (int g = 0; g < x.groups().size(); g++) {
      assertTrue(y.groups().get(g).score().orElseThrow().compareTo(x.groups().get(g).score().orElseThrow()) >= 0);
    }
    assertTrue(y.score().orElseThrow().compareTo(x.score().orElseThrow()) >= 0);
    assertTrue(y.present().orElseThrow().compareTo(x.present().orElseThrow()) >= 0);
  }

  @Test
  void theRoadmap_isSoundAndSufficient() throws Exception {
    for (long seed = 0; seed < 200; seed++) {
      theRoadmap_isSoundAndSufficient(seed);
    }
  }

  private static void theRoadmap_isSoundAndSufficient(long seed) throws Exception {
    Random r = new Random(seed);
    MaturityModel m = sammLike(r);
    Map<String, Integer> answers = randomAnswers(m, r);
    Map<String, Integer> targets = new HashMap<>();
    m.dimensions().keySet().forEach(d -> targets.put(d, r.nextInt(4)));
    Evaluation e = evaluate(m, answers, targets);
    Map<String, Integer> done = new HashMap<>(answers);
    for (Action a : e.plan().actions()) {
      Question q = m.question(a.questionId()).orElseThrow();
      // Sound: only activities short of full, at their own level, up to the practice's target.
      assertTrue(answers.get(q.id()) < IDS.length - 1, q.id());
      assertEquals(q.at().orElseThrow(), a.level());
      assertTrue(a.level().rank() <= targets.get(a.dimensionId()), q.id());
      done.put(q.id(), IDS.length - 1);
    }
    // Sufficient: doing the whole roadmap reaches every target.
    Evaluation after = evaluate(m, done, targets);
    for (DimensionResult d : after.dimensions()) {
      assertTrue(d.present().orElseThrow().rank() >= targets.get(d.dimension().id()), d.explanation());
    }
    // Nothing is left to do up to the targets.
    assertTrue(after.plan().isEmpty(), after.plan().toString());
  }

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
    Assessment assessment = a.build();
    assertEquals(Evaluator.evaluate(m, assessment), ScoreEvaluator.evaluate(m, assessment));
  }
}
