package io.svmi.bench;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;

/**
 * Models made with core's Java builder, shaped like the SVMI: five levels, lettered dimensions,
 * an option per level and an action text per level above the lowest for every question.
 */
final class BuiltModels {
  static final String[] LEVELS = {"incomplete", "follower", "mature", "leader", "innovator"};
  private static final String[] LEVEL_NAMES = {"Incomplete/Non Compliant", "Follower", "Mature", "Leader", "Innovator"};

  private BuiltModels() {}

  /** {@code dimensions} dimensions of {@code questionsPerDimension} questions each. */
  static MaturityModel svmiShaped(int dimensions, int questionsPerDimension) {
    ModelBuilder model = MaturityModel.builder().name("SVMI-shaped model").version("1.0");
    for (int l = 0; l < LEVELS.length; l++) {
      model.level(LEVELS[l], LEVEL_NAMES[l]);
    }
    for (int d = 0; d < dimensions; d++) {
      String dimension = dimensionId(d);
      model.dimension(dimension, "Dimension " + dimension, dim -> {
        for (int q = 1; q <= questionsPerDimension; q++) {
          dim.question(dimension + q, "How far has your organisation got with practice " + dimension + q + "?", question -> {
            for (int l = 0; l < LEVELS.length; l++) {
              question.option("o" + l, "The organisation works at the " + LEVEL_NAMES[l] + " stage of this practice", LEVELS[l]);
            }
            for (int l = 1; l < LEVELS.length; l++) {
              question.action(LEVELS[l], "Take the steps that bring this practice up to the " + LEVEL_NAMES[l]
                  + " stage, and record the evidence for it.");
            }
          });
        }
      });
    }
    return model.build();
  }

  /**
   * Walsall Council's published levels on a builder-made model: per dimension, the first question
   * at the present level, the others one level above it (or at the top), and the published targets.
   */
  static Assessment walsall(MaturityModel model) throws AssessmentException {
    int[] present = {2, 2, 1, 1, 2, 1, 1, 0, 1, 1};
    int[] target = {3, 3, 2, 3, 3, 2, 2, 2, 2, 3};
    Assessment.Builder walsall = model.assessment().subject("Walsall Council");
    for (int d = 0; d < present.length; d++) {
      String dimension = dimensionId(d);
      int q = 0;
      for (String question : model.dimensions().get(dimension).questions().keySet()) {
        int level = q++ == 0 ? present[d] : Math.min(present[d] + 1, LEVELS.length - 1);
        walsall.answer(question, "o" + level);
      }
      walsall.target(dimension, LEVELS[target[d]]);
    }
    return walsall.build();
  }

  static String dimensionId(int d) {
    return d < 26 ? String.valueOf((char) ('A' + d)) : "D" + d;
  }
}
