package io.svmi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A model resolved to arrays, built once with the model: questions are numbered in model order,
 * options within their question, levels by rank. Evaluation reads only these arrays.
 */
final class ModelIndex {
  static final int NOT_APPLICABLE = -1;
  static final int NONE = -1;

  final int levelCount;
  final Dimension[] dimensions;
  final Question[] questions;
  /** Questions of dimension d are {@code questionStart[d]} (inclusive) to {@code questionStart[d + 1]}. */
  final int[] questionStart;
  final Combination[] dimensionCombination;
  final ImmutableMap<String, Integer>[] optionIndex;
  /** The rank each option places its question at, or {@link #NOT_APPLICABLE}. */
  final int[][] optionRank;
  final Option[][] options;
  /** Each option, already wrapped: results share these instead of allocating them. */
  final Optional<Option>[][] answers;
  /** Each level by rank, already wrapped, for the same reason. */
  final Optional<Level>[] levels;
  /** The action that moves question q to rank r; an empty text where the model gives none. */
  final Action[][] steps;
  /** The rank of each question's {@code at} level, or {@link #NONE}. */
  final int[] questionAtRank;
  final long[] questionWeight;
  final long[] dimensionWeight;
  /** The rank an unanswered question stands at, or {@link #NONE} when unanswered is an error. */
  final int unansweredRank;
  final ImmutableMap<String, Integer> questionIndex;
  final ImmutableMap<String, Integer> dimensionIndex;
  final int maxQuestionsPerDimension;
  private final ImmutableList<Action> declaredActions;

  @SuppressWarnings({"unchecked", "rawtypes"})
  ModelIndex(MaturityModel model) {
    Scale scale = model.scale();
    levelCount = scale.size();
    dimensions = model.dimensions().values().toArray(new Dimension[0]);
    questions = model.questions().values().toArray(new Question[0]);
    questionStart = new int[dimensions.length + 1];
    dimensionCombination = new Combination[dimensions.length];
    int q = 0;
    int widest = 0;
    ImmutableMap.Builder<String, Integer> dims = ImmutableMap.builder();
    for (int d = 0; d < dimensions.length; d++) {
      questionStart[d] = q;
      q += dimensions[d].questions().size();
      widest = Math.max(widest, dimensions[d].questions().size());
      dimensionCombination[d] = model.combinationOf(dimensions[d]);
      dims.put(dimensions[d].id(), d);
    }
    questionStart[dimensions.length] = q;
    maxQuestionsPerDimension = widest;
    dimensionIndex = dims.buildOrThrow();

    levels = new Optional[levelCount];
    for (int r = 0; r < levelCount; r++) {
      levels[r] = Optional.of(scale.atRank(r));
    }
    optionIndex = new ImmutableMap[questions.length];
    optionRank = new int[questions.length][];
    options = new Option[questions.length][];
    answers = new Optional[questions.length][];
    steps = new Action[questions.length][];
    ImmutableMap.Builder<String, Integer> qs = ImmutableMap.builder();
    ImmutableList.Builder<Action> declared = ImmutableList.builder();
    for (int d = 0; d < dimensions.length; d++) {
      for (int i = questionStart[d]; i < questionStart[d + 1]; i++) {
        Question question = questions[i];
        qs.put(question.id(), i);
        options[i] = question.options().values().toArray(new Option[0]);
        optionRank[i] = new int[options[i].length];
        answers[i] = new Optional[options[i].length];
        ImmutableMap.Builder<String, Integer> byId = ImmutableMap.builder();
        for (int o = 0; o < options[i].length; o++) {
          byId.put(options[i][o].id(), o);
          answers[i][o] = Optional.of(options[i][o]);
          optionRank[i][o] = options[i][o].level().map(Level::rank).orElse(NOT_APPLICABLE);
        }
        optionIndex[i] = byId.buildOrThrow();
        steps[i] = new Action[levelCount];
        for (int r = 1; r < levelCount; r++) {
          Level level = scale.atRank(r);
          steps[i][r] =
              question.action(level).orElse(new Action(dimensions[d].id(), question.id(), level, ""));
        }
      }
    }
    questionIndex = qs.buildOrThrow();
    // Declared actions in plan order: dimension, level, question.
    for (int d = 0; d < dimensions.length; d++) {
      for (int r = 1; r < levelCount; r++) {
        for (int i = questionStart[d]; i < questionStart[d + 1]; i++) {
          if (steps[i][r].hasText()) {
            declared.add(steps[i][r]);
          }
        }
      }
    }
    declaredActions = declared.build();

    questionAtRank = new int[questions.length];
    for (int i = 0; i < questions.length; i++) {
      questionAtRank[i] = questions[i].at().map(Level::rank).orElse(NONE);
    }
    questionWeight = scaled(model.questions().values().stream().map(Question::weight).toArray(BigDecimal[]::new));
    dimensionWeight = scaled(model.dimensions().values().stream().map(Dimension::weight).toArray(BigDecimal[]::new));
    unansweredRank = model.rules().unanswered().level().map(Level::rank).orElse(NONE);
  }

  /** The level at a rank, or empty for {@link #NONE}. */
  Optional<Level> level(int rank) {
    return rank < 0 ? Optional.empty() : levels[rank];
  }

  ImmutableList<Action> declaredActions() {
    return declaredActions;
  }

  /** Positive weights as integers over one common denominator (a power of ten). */
  private static long[] scaled(BigDecimal[] weights) {
    int scale = 0;
    for (BigDecimal w : weights) {
      scale = Math.max(scale, Math.max(0, w.stripTrailingZeros().scale()));
    }
    long[] result = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      result[i] = weights[i].movePointRight(scale).longValueExact();
    }
    return result;
  }
}
