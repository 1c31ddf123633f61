package io.svmi.bench;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.Combination;
import io.svmi.Dimension;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.PlanPolicy;
import io.svmi.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The same evaluation written by hand in plain Java, as a team would for exactly the SVMI rules
 * (lowest question level per dimension, mean rounded down overall, next-level action per question):
 * arrays prepared once from the model, then loops. The practical limit for svmi's evaluation.
 */
final class HandWritten {
  /** An answered assessment as arrays: option index per question, target rank per dimension (-1: none). */
  record Input(int[] answers, int[] targets, int overallTarget) {}

  /** One planned step: the question's dimension and its index, the level it reaches, the text. */
  record Step(int dimension, int question, int level, String text) {}

  record Result(int[] present, int[] target, int overallPresent, int overallTarget, List<Step> actions) {}

  private final int top;
  private final int[] questionStart;
  private final int[][] optionRank;
  private final Step[][] steps;
  final String[] levelIds;
  final String[] dimensionIds;
  final String[] questionIds;

  HandWritten(MaturityModel model) {
    if (model.rules().dimensionLevel() != Combination.LOWEST
        || model.rules().overallLevel() != Combination.MEAN_ROUNDED_DOWN
        || model.rules().overallTarget() != Combination.MEAN_ROUNDED_DOWN
        || model.rules().actionPlan() != PlanPolicy.NEXT_LEVEL) {
      throw new IllegalArgumentException("the hand-written evaluator knows only the SVMI rules");
    }
    levelIds = model.scale().levels().stream().map(Level::id).toArray(String[]::new);
    top = levelIds.length - 1;
    Dimension[] dimensions = model.dimensions().values().toArray(new Dimension[0]);
    dimensionIds = Arrays.stream(dimensions).map(Dimension::id).toArray(String[]::new);
    questionStart = new int[dimensions.length + 1];
    List<Question> questions = new ArrayList<>();
    for (int d = 0; d < dimensions.length; d++) {
      if (dimensions[d].combination().isPresent()) {
        throw new IllegalArgumentException("the hand-written evaluator knows only the SVMI rules");
      }
      questionStart[d] = questions.size();
      questions.addAll(dimensions[d].questions().values());
    }
    questionStart[dimensions.length] = questions.size();
    questionIds = questions.stream().map(Question::id).toArray(String[]::new);
    optionRank = new int[questions.size()][];
    steps = new Step[questions.size()][];
    for (int d = 0; d < dimensions.length; d++) {
      for (int q = questionStart[d]; q < questionStart[d + 1]; q++) {
        Question question = questions.get(q);
        optionRank[q] =
            question.options().values().stream()
                .map(Option::level)
                .mapToInt(l -> l.map(Level::rank).orElse(-1))
                .toArray();
        steps[q] = new Step[levelIds.length];
        for (int r = 1; r <= top; r++) {
          String text = question.action(model.scale().atRank(r)).map(Action::text).orElse("");
          steps[q][r] = new Step(d, q, r, text);
        }
      }
    }
  }

  /** Resolves an assessment's ids to the arrays this evaluator reads (done once, before timing). */
  Input input(MaturityModel model, io.svmi.Assessment assessment) {
    int[] answers = new int[questionIds.length];
    List<String> ids = Arrays.asList(questionIds);
    assessment.answers().forEach((question, option) -> {
      int q = ids.indexOf(question);
      answers[q] = ImmutableList.copyOf(model.questions().get(question).options().keySet()).indexOf(option);
    });
    int[] targets = new int[dimensionIds.length];
    Arrays.fill(targets, -1);
    List<String> dims = Arrays.asList(dimensionIds);
    assessment.targets().forEach((dimension, level) -> targets[dims.indexOf(dimension)] = level.rank());
    return new Input(answers, targets, assessment.overallTarget().map(Level::rank).orElse(-1));
  }

  Result evaluate(Input input) {
    int dimensionCount = dimensionIds.length;
    int[] rank = new int[questionIds.length];
    int[] present = new int[dimensionCount];
    int[] target = new int[dimensionCount];
    List<Step> actions = new ArrayList<>();
    int presentSum = 0;
    int presentCount = 0;
    int targetSum = 0;
    int targetCount = 0;
    for (int d = 0; d < dimensionCount; d++) {
      int lowest = Integer.MAX_VALUE;
      for (int q = questionStart[d]; q < questionStart[d + 1]; q++) {
        rank[q] = optionRank[q][input.answers()[q]];
        if (rank[q] >= 0 && rank[q] < lowest) {
          lowest = rank[q];
        }
      }
      present[d] = lowest == Integer.MAX_VALUE ? -1 : lowest;
      target[d] = input.targets()[d] >= 0 ? input.targets()[d] : present[d];
      if (present[d] >= 0) {
        presentSum += present[d];
        presentCount++;
      }
      if (target[d] >= 0) {
        targetSum += target[d];
        targetCount++;
      }
      for (int r = 1; r <= top; r++) {
        for (int q = questionStart[d]; q < questionStart[d + 1]; q++) {
          if (rank[q] == r - 1) {
            actions.add(steps[q][r]);
          }
        }
      }
    }
    int overallPresent = presentCount == 0 ? -1 : presentSum / presentCount;
    int overallTarget =
        input.overallTarget() >= 0 ? input.overallTarget() : targetCount == 0 ? -1 : targetSum / targetCount;
    return new Result(present, target, overallPresent, overallTarget, actions);
  }

  Outcome outcome(Result result) {
    ImmutableList.Builder<String> levels = ImmutableList.builder();
    ImmutableList.Builder<String> targets = ImmutableList.builder();
    for (int d = 0; d < dimensionIds.length; d++) {
      levels.add(level(result.present()[d]));
      targets.add(level(result.target()[d]));
    }
    ImmutableList.Builder<String> actions = ImmutableList.builder();
    for (Step s : result.actions()) {
      actions.add(Outcome.action(dimensionIds[s.dimension()], questionIds[s.question()], levelIds[s.level()], s.text()));
    }
    return new Outcome(levels.build(), targets.build(), level(result.overallPresent()),
        level(result.overallTarget()), actions.build());
  }

  private String level(int rank) {
    return rank < 0 ? Outcome.NONE : levelIds[rank];
  }
}
