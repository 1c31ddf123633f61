package io.svmi;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * Deliberately wrong evaluations, for tests that show each law of evaluation catching what it
 * exists to catch: an evaluation as the evaluator gives it, with one part replaced. (In package
 * {@code io.svmi} for the evaluation's constructor; tests only.)
 */
public final class Tampered {
  private Tampered() {}

  /** The evaluation with another plan. */
  public static Evaluation withPlan(Evaluation e, List<Action> actions) {
    return new Evaluation(e.assessment(), e.dimensions(), e.groups(), e.present(), e.target(),
        new ActionPlan(ImmutableList.copyOf(actions)), e.plus(), e.targetPlus());
  }

  /** The evaluation with another overall level. */
  public static Evaluation withPresent(Evaluation e, Optional<Level> present) {
    return new Evaluation(e.assessment(), e.dimensions(), e.groups(), present, e.target(), e.plan(), e.plus(),
        e.targetPlus());
  }

  /** The evaluation with another level for one dimension. */
  public static Evaluation withDimensionLevel(Evaluation e, String dimensionId, Optional<Level> present) {
    ImmutableList<DimensionResult> dimensions = e.dimensions().stream()
        .map(d -> !d.dimension().id().equals(dimensionId) ? d
            : new DimensionResult(d.dimension(), d.combination(), present, d.target(), d.targetGiven(), d.questions(),
                d.plus(), d.targetPlus()))
        .collect(ImmutableList.toImmutableList());
    return new Evaluation(e.assessment(), dimensions, e.groups(), e.present(), e.target(), e.plan(), e.plus(),
        e.targetPlus());
  }
}
