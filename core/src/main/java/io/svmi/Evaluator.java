package io.svmi;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Evaluates an assessment against a model's index: array work, no parsing, no maps of strings, no
 * logging; the only allocation is the result.
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
      present[d] = n == 0 ? ModelIndex.NONE : ix.dimensionCombination[d].combine(ranks, weights, n, scratch);
      int given = assessment.target(d);
      target[d] = given != ModelIndex.NONE ? given : present[d];
    }

    int overallPresent = combineDimensions(model.rules().overallLevel(), present, ix, ranks, weights, scratch);
    int overallTarget =
        assessment.overallTargetRank() != ModelIndex.NONE
            ? assessment.overallTargetRank()
            : combineDimensions(model.rules().overallTarget(), counted(target, present), ix, ranks, weights, scratch);

    // Under "next level" a plan has at most one step per question: sized so it never grows.
    ImmutableList.Builder<Action> plan = ImmutableList.builderWithExpectedSize(questionCount);
    PlanPolicy policy = model.rules().actionPlan();
    ImmutableList.Builder<DimensionResult> dimensions = ImmutableList.builderWithExpectedSize(dimensionCount);
    // One list of every question's result; each dimension's questions are a view of it.
    QuestionResult[] questionResults = new QuestionResult[questionCount];
    for (int q = 0; q < questionCount; q++) {
      int option = assessment.answer(q);
      questionResults[q] =
          new QuestionResult(
              ix.questions[q],
              option == ModelIndex.NONE ? Optional.empty() : ix.answers[q][option],
              ix.level(questionRank[q]));
    }
    ImmutableList<QuestionResult> questions = ImmutableList.copyOf(questionResults);
    for (int d = 0; d < dimensionCount; d++) {
      int start = ix.questionStart[d];
      int end = ix.questionStart[d + 1];
      dimensions.add(
          new DimensionResult(
              ix.dimensions[d],
              ix.dimensionCombination[d],
              ix.level(present[d]),
              ix.level(target[d]),
              assessment.target(d) != ModelIndex.NONE,
              questions.subList(start, end)));
      // Plan rows: by level, then question.
      for (int r = 1; r <= top; r++) {
        for (int q = start; q < end; q++) {
          int from = questionRank[q];
          if (from == ModelIndex.NOT_APPLICABLE || r <= from) {
            continue;
          }
          int upTo =
              switch (policy) {
                case NEXT_LEVEL -> from + 1;
                case UP_TO_TARGET -> target[d];
                case UP_TO_TOP -> top;
              };
          int aim = assessment.targetAnswer(q);
          if (aim != ModelIndex.NONE) {
            // A question's own target: no step above it; under up to target, it replaces the dimension's.
            int own = ix.optionRank[q][aim];
            upTo = policy == PlanPolicy.UP_TO_TARGET ? own : Math.min(upTo, own);
          }
          if (r <= upTo) {
            plan.add(ix.steps[q][r]);
          }
        }
      }
    }

    return new Evaluation(
        assessment,
        dimensions.build(),
        ImmutableList.of(),
        ix.level(overallPresent),
        ix.level(overallTarget),
        new ActionPlan(plan.build()),
        false,
        false);
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
