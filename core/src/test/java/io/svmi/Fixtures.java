package io.svmi;

import java.math.BigDecimal;
import java.util.function.Consumer;

/** Small models for the unit tests, built with the public builder. */
final class Fixtures {
  static final String[] LEVELS = {"incomplete", "follower", "mature", "leader", "innovator"};
  static final String[] NAMES = {"Incomplete/Non Compliant", "Follower", "Mature", "Leader", "Innovator"};

  private Fixtures() {}

  /** A builder with the five SVMI levels, lowest first. */
  static ModelBuilder svmiLevels() {
    ModelBuilder b = MaturityModel.builder().name("Test model");
    for (int i = 0; i < LEVELS.length; i++) {
      b.level(LEVELS[i], NAMES[i]);
    }
    return b;
  }

  /** Gives a question one option per level, named after the level, and a not-applicable option. */
  static void everyLevel(ModelBuilder.QuestionBuilder q) {
    for (int i = 0; i < LEVELS.length; i++) {
      q.option(LEVELS[i], "Answer at " + NAMES[i], LEVELS[i]);
    }
    q.optionNotApplicable("na", "Not relevant to us");
  }

  /**
   * One dimension {@code D} with questions {@code Q1..Qn} (each answerable at every level or not
   * applicable), the given weights, and the model's other rules set by {@code rules}.
   */
  static MaturityModel oneDimension(Combination c, BigDecimal[] weights, Consumer<ModelBuilder> rules) {
    ModelBuilder b = svmiLevels().dimensionLevel(c);
    rules.accept(b);
    ModelBuilder.DimensionBuilder d = b.dimension("D", "Dimension");
    for (int i = 0; i < weights.length; i++) {
      ModelBuilder.QuestionBuilder q = d.question("Q" + (i + 1), "Question " + (i + 1));
      q.weight(weights[i]);
      everyLevel(q);
    }
    return b.build();
  }

  static MaturityModel oneDimension(Combination c, int questions) {
    BigDecimal[] weights = new BigDecimal[questions];
    java.util.Arrays.fill(weights, BigDecimal.ONE);
    return oneDimension(c, weights, b -> {});
  }

  /** Answers Q1..Qn with the given option ids and evaluates. */
  static Evaluation answer(MaturityModel model, String... options) throws AssessmentException {
    Assessment.Builder a = model.assessment();
    for (int i = 0; i < options.length; i++) {
      a.answer("Q" + (i + 1), options[i]);
    }
    return model.evaluate(a.build());
  }

  /** Evaluates an assessment of subject "Org" with the answers and targets {@code answers} gives. */
  static Evaluation evaluate(MaturityModel m, Consumer<Assessment.Builder> answers) throws AssessmentException {
    Assessment.Builder a = m.assessment().subject("Org");
    answers.accept(a);
    return m.evaluate(a.build());
  }

  static String level(int rank) {
    return LEVELS[rank];
  }
}
