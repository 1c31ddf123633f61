package io.svmi;

import com.google.common.collect.ImmutableList;

/**
 * Evaluates an assessment of an ordinal model against the model's index: array work, no parsing,
 * no maps of strings, no logging. Besides the result (the {@link Evaluation}, its rank arrays and
 * the plan's list) it allocates one array of each question's aim, read by {@link Planner}.
 */
final class Evaluator {
  private Evaluator() {}

  static Evaluation evaluate(MaturityModel model, Assessment assessment) {
    if (model.isScoreBased()) {
      return ScoreEvaluator.evaluate(model, assessment);
    }
    ModelIndex ix = model.index();
    int questionCount = ix.questions.length;
    int dimensionCount = ix.dimensions.length;

    int[] questionRank = new int[questionCount];
    for (int q = 0; q < questionCount; q++) {
      int option = assessment.answer(q);
      questionRank[q] = option == ModelIndex.NONE ? ix.unansweredRank : ix.optionRank[q][option];
    }

    // A negative rank (not applicable, no level) is left out of every combination.
    int[] present = new int[dimensionCount];
    int[] target = new int[dimensionCount];
    for (int d = 0; d < dimensionCount; d++) {
      int start = ix.questionStart[d];
      int end = ix.questionStart[d + 1];
      Combination c = ix.dimensionCombination[d];
      present[d] =
          c == Combination.STAGED
              ? staged(ix, questionRank, start, end)
              : c == Combination.INDICATORS
                  ? Indicators.grade(ix.questionAtRank, questionRank, start, end)
              : c.combine(questionRank, questionRank, start, end, ix.questionWeight);
      int given = assessment.target(d);
      target[d] = given != ModelIndex.NONE ? given : present[d];
    }

    Rules rules = model.rules();
    int overallPresent =
        rules.hasOverallLevel()
            ? rules.overallLevel().combine(present, present, 0, dimensionCount, ix.dimensionWeight)
            : ModelIndex.NONE;
    // A dimension with no level (every question not applicable) is left out of the overall
    // target, as it is left out of the overall level, target given or not.
    int overallTarget =
        assessment.overallTargetRank() != ModelIndex.NONE
            ? assessment.overallTargetRank()
            : rules.hasOverallTarget()
                ? rules.overallTarget().combine(target, present, 0, dimensionCount, ix.dimensionWeight)
                : ModelIndex.NONE;

    Planner planner = ix.planner;
    int[] aim = new int[questionCount];
    int[] from = questionRank;   // copied only when a dimension graded by indicators moves a start
    long steps = 0;
    for (int d = 0; d < dimensionCount; d++) {
      if (ix.dimensionCombination[d] == Combination.INDICATORS) {
        // One step per planned indicator, from the level below it (see Indicators.aims).
        if (from == questionRank) {
          from = questionRank.clone();
        }
        int start = ix.questionStart[d];
        int end = ix.questionStart[d + 1];
        int column = Indicators.aim(ix.questionAtRank, questionRank, start, end, present[d], target[d],
            rules.actionPlan());
        Indicators.aims(ix.questionAtRank, questionRank, start, end, column, from, aim);
        for (int q = start; q < end; q++) {
          steps += planner.steps(q, from[q], aim[q]);
        }
        continue;
      }
      for (int q = ix.questionStart[d]; q < ix.questionStart[d + 1]; q++) {
        int now = questionRank[q];
        int upTo = now < 0 ? now : planner.aim(q, now, target[d], assessment.targetAnswer(q));
        aim[q] = upTo;
        steps += planner.steps(q, now, upTo);
      }
    }
    return new Evaluation(
        assessment,
        new Evaluation.Ranks(ix, questionRank, present, target),
        ix.level(overallPresent),
        ix.level(overallTarget),
        planner.plan(from, aim, steps));
  }

  /**
   * The staged rule: one below the lowest {@code at} level of an applicable question below its
   * {@code at} level, or the top level when there is none; no level when no question applies.
   */
  private static int staged(ModelIndex ix, int[] questionRank, int start, int end) {
    int reached = ix.levelCount - 1;
    boolean applies = false;
    for (int q = start; q < end; q++) {
      int at = ix.questionAtRank[q];
      if (questionRank[q] >= 0) {
        applies = true;
        if (questionRank[q] < at) {
          reached = Math.min(reached, at - 1);
        }
      }
    }
    return applies ? reached : ModelIndex.NONE;
  }
}
