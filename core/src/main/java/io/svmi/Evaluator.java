package io.svmi;

import com.google.common.collect.ImmutableList;

/**
 * Evaluates an assessment of an ordinal model against the model's index: array work, no parsing,
 * no maps of strings, no logging. It allocates the result and a few arrays of ranks per call
 * (sized by the questions and dimensions); {@link Planner} lists the plan.
 */
final class Evaluator {
  private Evaluator() {}

  static Evaluation evaluate(MaturityModel model, Assessment assessment) {
    if (model.isScoreBased()) {
      return ScoreEvaluator.evaluate(model, assessment);
    }
    ModelIndex ix = model.index();
    int top = ix.levelCount - 1;
    int questionCount = ix.questions.length;
    int dimensionCount = ix.dimensions.length;

    int[] questionRank = new int[questionCount];
    for (int q = 0; q < questionCount; q++) {
      int option = assessment.answer(q);
      questionRank[q] = option == ModelIndex.NONE ? ix.unansweredRank : ix.optionRank[q][option];
    }

    int width = Math.max(ix.maxQuestionsPerDimension, dimensionCount);
    int[] ranks = new int[width];
    long[] weights = new long[width];
    int[] scratch = new int[width];
    int[] present = new int[dimensionCount];
    int[] target = new int[dimensionCount];
    for (int d = 0; d < dimensionCount; d++) {
      int n = 0;
      for (int q = ix.questionStart[d]; q < ix.questionStart[d + 1]; q++) {
        if (questionRank[q] != ModelIndex.NOT_APPLICABLE) {
          ranks[n] = questionRank[q];
          weights[n] = ix.questionWeight[q];
          n++;
        }
      }
      Combination c = ix.dimensionCombination[d];
      present[d] =
          n == 0 ? ModelIndex.NONE
              : c == Combination.STAGED ? staged(ix, questionRank, d)
              : c == Combination.INDICATORS
                  ? Indicators.grade(ix.questionAtRank, questionRank, ix.questionStart[d], ix.questionStart[d + 1])
              : c.combine(ranks, weights, n, scratch);
      int given = assessment.target(d);
      target[d] = given != ModelIndex.NONE ? given : present[d];
    }

    Rules rules = model.rules();
    int overallPresent =
        rules.hasOverallLevel()
            ? combineDimensions(rules.overallLevel(), present, ix, ranks, weights, scratch)
            : ModelIndex.NONE;
    int overallTarget =
        assessment.overallTargetRank() != ModelIndex.NONE
            ? assessment.overallTargetRank()
            : rules.hasOverallTarget()
                ? combineDimensions(rules.overallTarget(), counted(target, present), ix, ranks, weights, scratch)
                : ModelIndex.NONE;

    // Under "next level" a plan has at most one step per question: sized so it never grows.
    ImmutableList.Builder<Action> plan = ImmutableList.builderWithExpectedSize(questionCount);
    Planner planner = new Planner(ix, model.rules().actionPlan());
    int[] aim = ranks;   // free again, and as wide as any dimension: each question's aim, from its start
    for (int d = 0; d < dimensionCount; d++) {
      int start = ix.questionStart[d];
      int end = ix.questionStart[d + 1];
      if (ix.dimensionCombination[d] == Combination.INDICATORS) {
        int column = Indicators.aim(ix.questionAtRank, questionRank, start, end, present[d], target[d],
            model.rules().actionPlan());
        Indicators.plan(ix, ix.questionAtRank, questionRank, start, end, column, plan);
        continue;
      }
      for (int q = start; q < end; q++) {
        aim[q - start] = planner.aim(q, questionRank[q], target[d], assessment.targetAnswer(q));
      }
      planner.plan(start, end, questionRank, aim, plan);
    }
    return new Evaluation(
        assessment,
        new Evaluation.Ranks(ix, questionRank, present, target),
        ix.level(overallPresent),
        ix.level(overallTarget),
        new ActionPlan(plan.build()));
  }

  /**
   * The staged rule: one below the lowest {@code at} level of an applicable question below its
   * {@code at} level, or the top level when there is none.
   */
  private static int staged(ModelIndex ix, int[] questionRank, int d) {
    int reached = ix.levelCount - 1;
    for (int q = ix.questionStart[d]; q < ix.questionStart[d + 1]; q++) {
      int at = ix.questionAtRank[q];
      if (questionRank[q] != ModelIndex.NOT_APPLICABLE && questionRank[q] < at) {
        reached = Math.min(reached, at - 1);
      }
    }
    return reached;
  }

  /**
   * The targets that count in the overall target: a dimension with no level (every question not
   * applicable) is left out of it, as it is left out of the overall level, target given or not.
   */
  private static int[] counted(int[] target, int[] present) {
    int[] counted = target.clone();
    for (int d = 0; d < counted.length; d++) {
      if (present[d] == ModelIndex.NONE) {
        counted[d] = ModelIndex.NONE;
      }
    }
    return counted;
  }

  private static int combineDimensions(
      Combination c, int[] levels, ModelIndex ix, int[] ranks, long[] weights, int[] scratch) {
    int n = 0;
    for (int d = 0; d < levels.length; d++) {
      if (levels[d] != ModelIndex.NONE) {
        ranks[n] = levels[d];
        weights[n] = ix.dimensionWeight[d];
        n++;
      }
    }
    return n == 0 ? ModelIndex.NONE : c.combine(ranks, weights, n, scratch);
  }
}
