package io.svmi.web;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two of an organisation's evaluations, for the comparison page: each
 * dimension's and the overall present level before and after, the earlier plan's actions that the
 * later plan no longer needs, and its new ones. Dimensions are matched by id, actions by question,
 * level and text, so two versions of one model compare too.
 */
final class Progress {
  /** A level before and after; {@link #delta()} is 0 when either is missing. */
  record LevelChange(String id, String name, Optional<Level> before, Optional<Level> after) {
    int delta() {
      return before.isPresent() && after.isPresent() ? after.get().rank() - before.get().rank() : 0;
    }

    boolean isRegression() {
      return delta() < 0;
    }
  }

  private final ImmutableList<LevelChange> dimensions;
  private final LevelChange overall;
  private final ImmutableList<Action> completedActions;
  private final ImmutableList<Action> newActions;

  Progress(Evaluation before, Evaluation after) {
    Map<String, DimensionResult> earlier = new HashMap<>();
    before.dimensions().forEach(d -> earlier.put(d.dimension().id(), d));
    ImmutableList.Builder<LevelChange> changes = ImmutableList.builder();
    for (DimensionResult d : after.dimensions()) {
      Optional<Level> was = Optional.ofNullable(earlier.get(d.dimension().id())).flatMap(DimensionResult::present);
      changes.add(new LevelChange(d.dimension().id(), d.dimension().name(), was, d.present()));
    }
    this.dimensions = changes.build();
    this.overall = new LevelChange("overall", "Overall", before.present(), after.present());
    this.completedActions = missingFrom(before, after);
    this.newActions = missingFrom(after, before);
  }

  ImmutableList<LevelChange> dimensions() {
    return dimensions;
  }

  LevelChange overall() {
    return overall;
  }

  /** The dimensions whose present level fell. */
  ImmutableList<LevelChange> regressions() {
    return dimensions.stream().filter(LevelChange::isRegression).collect(ImmutableList.toImmutableList());
  }

  /** Actions (with text) of the earlier plan that the later plan no longer has. */
  ImmutableList<Action> completedActions() {
    return completedActions;
  }

  /** Actions (with text) of the later plan that the earlier plan did not have. */
  ImmutableList<Action> newActions() {
    return newActions;
  }

  private static ImmutableList<Action> missingFrom(Evaluation from, Evaluation other) {
    Set<String> keys = new HashSet<>();
    other.plan().actions().forEach(a -> keys.add(key(a)));
    return from.plan().actions().stream().filter(Action::hasText).filter(a -> !keys.contains(key(a)))
        .collect(ImmutableList.toImmutableList());
  }

  private static String key(Action a) {
    return a.questionId() + "\u0000" + a.level().id() + "\u0000" + a.text();
  }
}
