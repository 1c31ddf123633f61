package io.svmi.bench;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;

/**
 * What every evaluator must agree on, in one comparable form: each dimension's present level and
 * target, the overall present level and target, and the ordered action list. Levels are written by
 * id, "-" for none; an action is "dimension/question/level/text".
 */
record Outcome(
    ImmutableList<String> dimensionLevels,
    ImmutableList<String> dimensionTargets,
    String present,
    String target,
    ImmutableList<String> actions) {

  static final String NONE = "-";

  static Outcome of(Evaluation evaluation) {
    ImmutableList.Builder<String> levels = ImmutableList.builder();
    ImmutableList.Builder<String> targets = ImmutableList.builder();
    for (DimensionResult d : evaluation.dimensions()) {
      levels.add(d.present().map(Level::id).orElse(NONE));
      targets.add(d.target().map(Level::id).orElse(NONE));
    }
    ImmutableList.Builder<String> actions = ImmutableList.builder();
    for (Action a : evaluation.plan().actions()) {
      actions.add(action(a.dimensionId(), a.questionId(), a.level().id(), a.text()));
    }
    return new Outcome(
        levels.build(),
        targets.build(),
        evaluation.present().map(Level::id).orElse(NONE),
        evaluation.target().map(Level::id).orElse(NONE),
        actions.build());
  }

  static String action(String dimension, String question, String level, String text) {
    return dimension + "/" + question + "/" + level + "/" + text;
  }
}
