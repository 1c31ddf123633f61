package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How a model combines levels and plans actions.
 *
 * @param dimensionLevel how question levels combine into a dimension's level (a dimension may
 *     override it)
 * @param overallLevel how dimension levels combine into the overall level
 * @param overallTarget how dimension targets combine into the overall target, when the assessment
 *     gives none
 * @param actionPlan which actions the plan lists
 * @param unanswered what an unanswered question means
 */
public record Rules(
    Combination dimensionLevel,
    Combination overallLevel,
    Combination overallTarget,
    PlanPolicy actionPlan,
    Unanswered unanswered) {

  public Rules {
    checkNotNull(dimensionLevel, "dimensionLevel");
    checkNotNull(overallLevel, "overallLevel");
    checkNotNull(overallTarget, "overallTarget");
    checkNotNull(actionPlan, "actionPlan");
    checkNotNull(unanswered, "unanswered");
  }

  /**
   * The defaults: dimension = lowest of questions, overall = mean of dimensions rounded down,
   * overall target = the overall rule, action plan = next level, unanswered = error.
   */
  public static Rules defaults() {
    return new Rules(
        Combination.LOWEST,
        Combination.MEAN_ROUNDED_DOWN,
        Combination.MEAN_ROUNDED_DOWN,
        PlanPolicy.NEXT_LEVEL,
        Unanswered.error());
  }

  public Rules withDimensionLevel(Combination c) {
    return new Rules(c, overallLevel, overallTarget, actionPlan, unanswered);
  }

  /** Sets the overall rule, and the overall target rule with it. */
  public Rules withOverallLevel(Combination c) {
    return new Rules(dimensionLevel, c, c, actionPlan, unanswered);
  }

  public Rules withOverallTarget(Combination c) {
    return new Rules(dimensionLevel, overallLevel, c, actionPlan, unanswered);
  }

  public Rules withActionPlan(PlanPolicy p) {
    return new Rules(dimensionLevel, overallLevel, overallTarget, p, unanswered);
  }

  public Rules withUnanswered(Unanswered u) {
    return new Rules(dimensionLevel, overallLevel, overallTarget, actionPlan, u);
  }
}
