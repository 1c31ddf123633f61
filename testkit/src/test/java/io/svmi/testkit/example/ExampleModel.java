package io.svmi.testkit.example;

import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;

/** A small SVMI-like model, built in Java, for the testing guide's example. */
final class ExampleModel {
  private static final String[] LEVELS = {"incomplete", "follower", "mature", "leader", "innovator"};

  private ExampleModel() {}

  static MaturityModel socialValue() {
    ModelBuilder b = MaturityModel.builder().name("Social Value Maturity Index");
    for (String level : LEVELS) {
      b.level(level, Character.toUpperCase(level.charAt(0)) + level.substring(1));
    }
    for (String dimension : new String[] {"A", "B", "C"}) {
      ModelBuilder.DimensionBuilder d = b.dimension(dimension, "Dimension " + dimension);
      for (int i = 1; i <= 3; i++) {
        ModelBuilder.QuestionBuilder q = d.question(dimension + i, "Question " + dimension + i);
        for (String level : LEVELS) {
          q.option(level, "Answer at " + level, level);
        }
        q.optionNotApplicable("na", "Not relevant to us");
        for (int r = 1; r < LEVELS.length; r++) {
          q.action(LEVELS[r], "Move " + dimension + i + " to " + LEVELS[r] + ".");
        }
      }
    }
    return b.build();
  }
}
