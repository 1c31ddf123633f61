package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How a model combines levels and plans actions.
 *
 * @param dimensionLevel how question levels combine into a dimension's level (a dimension may
 *     override it); the only rule that may be {@link Combination#STAGED} or {@link
 *     Combination#INDICATORS}
 * @param overallLevel how dimension levels (or, in a model with groups, group levels) combine into
 *     the overall level
 * @param overallTarget how dimension (or group) targets combine into the overall target, when the
 *     assessment gives none
 * @param actionPlan which actions the plan lists
 * @param unanswered what an unanswered question means
 * @param groupLevel how the dimensions of a group combine into the group's level and target (only
 *     in models with groups)
 * @param plusBetweenLevels whether a present score strictly between two levels' thresholds shows
 *     as its level with a plus ("Level 1+", SAMM's "1+"); only for levels with thresholds
 * @param hasOverallLevel false for a model with no overall grade ({@code overall level = none}, as
 *     the NCSC CAF has): evaluations then have no overall level, nor an overall target, and an
 *     assessment may not give one; {@link #overallLevel()} and {@link #overallTarget()} are unused
 * @param hasOverallTarget false when the overall target is never combined from the dimension (or
 *     group) targets ({@code overall target = none}): it is the assessment's, or none; always false
 *     without an overall level
 */
public record Rules(
    Combination dimensionLevel,
    Combination overallLevel,
    Combination overallTarget,
    PlanPolicy actionPlan,
    Unanswered unanswered,
    Combination groupLevel,
    boolean plusBetweenLevels,
    boolean hasOverallLevel,
    boolean hasOverallTarget) {

  /** The combination of a group's dimensions unless the rules say otherwise. */
  public static final Combination DEFAULT_GROUP_LEVEL = Combination.MEAN_ROUNDED_DOWN;

  public Rules {
    checkNotNull(dimensionLevel, "dimensionLevel");
    checkNotNull(overallLevel, "overallLevel");
    checkNotNull(overallTarget, "overallTarget");
    checkNotNull(actionPlan, "actionPlan");
    checkNotNull(unanswered, "unanswered");
    checkNotNull(groupLevel, "groupLevel");
    checkArgument(hasOverallLevel || !hasOverallTarget, "an overall target rule without an overall level");
    checkArgument(
        overallLevel != Combination.STAGED && overallTarget != Combination.STAGED && groupLevel != Combination.STAGED,
        "the staged rule combines questions only: it cannot be an overall or group rule");
    checkArgument(
        overallLevel != Combination.INDICATORS && overallTarget != Combination.INDICATORS
            && groupLevel != Combination.INDICATORS,
        "grading by indicators combines questions only: it cannot be an overall or group rule");
    // Canonical: rules that are not used do not tell two models apart.
    if (!hasOverallLevel) {
      overallLevel = Combination.MEAN_ROUNDED_DOWN;
    }
    if (!hasOverallTarget) {
      overallTarget = overallLevel;
    }
  }

  /** Rules with an overall level and target. */
  public Rules(
      Combination dimensionLevel,
      Combination overallLevel,
      Combination overallTarget,
      PlanPolicy actionPlan,
      Unanswered unanswered,
      Combination groupLevel,
      boolean plusBetweenLevels) {
    this(dimensionLevel, overallLevel, overallTarget, actionPlan, unanswered, groupLevel, plusBetweenLevels, true, true);
  }

  /** Rules without a plus between levels. */
  public Rules(
      Combination dimensionLevel,
      Combination overallLevel,
      Combination overallTarget,
      PlanPolicy actionPlan,
      Unanswered unanswered,
      Combination groupLevel) {
    this(dimensionLevel, overallLevel, overallTarget, actionPlan, unanswered, groupLevel, false);
  }

  /** Rules for a model without groups. */
  public Rules(
      Combination dimensionLevel,
      Combination overallLevel,
      Combination overallTarget,
      PlanPolicy actionPlan,
      Unanswered unanswered) {
    this(dimensionLevel, overallLevel, overallTarget, actionPlan, unanswered, DEFAULT_GROUP_LEVEL);
  }

  /**
   * The defaults: dimension = lowest of questions, overall = mean of dimensions rounded down,
   * overall target = the overall rule, action plan = next level, unanswered = error, group = mean
   * of dimensions rounded down, no plus between levels.
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
    return new Rules(c, overallLevel, overallTarget, actionPlan, unanswered, groupLevel, plusBetweenLevels, hasOverallLevel, hasOverallTarget);
  }

  /** Sets the overall rule, and the overall target rule with it: both are then combined. */
  public Rules withOverallLevel(Combination c) {
    return new Rules(dimensionLevel, c, c, actionPlan, unanswered, groupLevel, plusBetweenLevels, true, true);
  }

  /** Sets the overall target rule (the model must have an overall level). */
  public Rules withOverallTarget(Combination c) {
    checkArgument(hasOverallLevel, "an overall target rule without an overall level");
    return new Rules(dimensionLevel, overallLevel, c, actionPlan, unanswered, groupLevel, plusBetweenLevels, true, true);
  }

  /** {@code overall level = none}: no overall level, and so no overall target. */
  public Rules withoutOverallLevel() {
    return new Rules(dimensionLevel, overallLevel, overallTarget, actionPlan, unanswered, groupLevel, plusBetweenLevels, false, false);
  }

  /** {@code overall target = none}: the overall target is the assessment's, or none. */
  public Rules withoutOverallTarget() {
    return new Rules(dimensionLevel, overallLevel, overallTarget, actionPlan, unanswered, groupLevel, plusBetweenLevels, hasOverallLevel, false);
  }

  public Rules withActionPlan(PlanPolicy p) {
    return new Rules(dimensionLevel, overallLevel, overallTarget, p, unanswered, groupLevel, plusBetweenLevels, hasOverallLevel, hasOverallTarget);
  }

  public Rules withUnanswered(Unanswered u) {
    return new Rules(dimensionLevel, overallLevel, overallTarget, actionPlan, u, groupLevel, plusBetweenLevels, hasOverallLevel, hasOverallTarget);
  }

  public Rules withGroupLevel(Combination c) {
    return new Rules(dimensionLevel, overallLevel, overallTarget, actionPlan, unanswered, c, plusBetweenLevels, hasOverallLevel, hasOverallTarget);
  }

  /** Shows a present score strictly between two levels as its level with a plus ("Level 1+"). */
  public Rules withPlusBetweenLevels(boolean plus) {
    return new Rules(dimensionLevel, overallLevel, overallTarget, actionPlan, unanswered, groupLevel, plus, hasOverallLevel, hasOverallTarget);
  }
}
