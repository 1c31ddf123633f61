package io.svmi.testkit;

import io.svmi.Combination;
import io.svmi.Dimension;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.PlanPolicy;
import io.svmi.Question;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a score-based model is SAMM-like, the models for which law 5 (sufficiency) is stated
 * (docs/language.md, "Which laws hold for score-based models"): levels from 0, 1, 2, … (one
 * apart), every dimension's level the sum of means by level of its questions, every question
 * valued, at a level above the lowest, with a full value of 1 and no not-applicable option, a
 * question at every level above the lowest in every dimension, and the action plan up to target.
 * Doing every activity up to a target then scores at least the target's threshold.
 */
final class SammLike {
  private SammLike() {}

  /** Why the model is not SAMM-like, or empty when it is. */
  static Optional<String> problem(MaturityModel m) {
    List<Level> levels = m.scale().levels();
    for (Level l : levels) {
      if (!l.threshold().map(t -> t.compareTo(BigDecimal.valueOf(l.rank())) == 0).orElse(false)) {
        return Optional.of("level " + l.id() + " does not start at " + l.rank());
      }
    }
    if (levels.size() < 2) {
      return Optional.of("it has one level only");
    }
    if (m.rules().actionPlan() != PlanPolicy.UP_TO_TARGET) {
      return Optional.of("its action plan is '" + m.rules().actionPlan().words() + "'");
    }
    for (Dimension d : m.dimensions().values()) {
      Combination c = d.combination().orElse(m.rules().dimensionLevel());
      if (c != Combination.SUM_OF_MEANS_BY_LEVEL) {
        return Optional.of("dimension " + d.id() + "'s level is the " + c.words() + " of its questions");
      }
      Set<Integer> at = new HashSet<>();
      for (Question q : d.questions().values()) {
        if (!q.isValued() || q.fullValue().compareTo(BigDecimal.ONE) != 0) {
          return Optional.of("question " + q.id() + " is not answered with values up to a full 1");
        }
        if (q.options().values().stream().anyMatch(o -> o.isNotApplicable())) {
          return Optional.of("question " + q.id() + " has a not-applicable option");
        }
        int rank = q.at().map(Level::rank).orElse(0);
        if (rank == 0) {
          return Optional.of("question " + q.id() + " is not at a level above the lowest");
        }
        at.add(rank);
      }
      if (at.size() != levels.size() - 1) {
        return Optional.of("dimension " + d.id() + " has no question at some level above the lowest");
      }
    }
    return Optional.empty();
  }
}
