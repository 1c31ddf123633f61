package io.svmi;

import java.util.Arrays;

/**
 * Grading by indicators ({@link Combination#INDICATORS}, the NCSC CAF's rule) and the plan of a
 * dimension graded so, over the ranks of its questions: one implementation for the ordinal and
 * the score-based evaluators.
 *
 * <p>A question placed at the lowest level ({@code at}) is a "not achieved" indicator: it holds
 * when it stands at the lowest level. Any other question is an indicator of the column of its
 * {@code at} level: it is met when it stands at least at that level. The grade is the lowest level
 * when a "not achieved" indicator holds; else the highest column whose indicators are all met;
 * else the lowest level. A question that is not applicable (a negative rank) is left out.
 */
final class Indicators {
  private Indicators() {}

  /**
   * The grade of questions {@code start} to {@code end}, whose column ranks are {@code at} and
   * present ranks {@code rank}; {@link ModelIndex#NONE} when none applies.
   */
  static int grade(int[] at, int[] rank, int start, int end) {
    int[] unmet = new int[end - start];
    int n = 0;
    boolean applies = false;
    for (int q = start; q < end; q++) {
      applies |= rank[q] >= 0;
    }
    if (!applies) {
      return ModelIndex.NONE;
    }
    for (int q = start; q < end; q++) {
      if (rank[q] < 0) {
        continue;
      }
      if (at[q] == 0 && rank[q] == 0) {
        return 0;
      }
      if (at[q] > 0 && rank[q] < at[q]) {
        unmet[n++] = at[q];
      }
    }
    Arrays.sort(unmet, 0, n);
    int best = 0;
    for (int q = start; q < end; q++) {
      if (rank[q] >= 0 && at[q] > best && Arrays.binarySearch(unmet, 0, n, at[q]) < 0) {
        best = at[q];
      }
    }
    return best;
  }

  /**
   * The lowest column above the lowest level, whatever the answers (1 when there is none): the step
   * of a "not achieved" indicator that holds, which the outcome needs to leave the lowest level.
   */
  static int firstColumn(int[] at, int start, int end) {
    int first = Integer.MAX_VALUE;
    for (int q = start; q < end; q++) {
      if (at[q] > 0) {
        first = Math.min(first, at[q]);
      }
    }
    return first == Integer.MAX_VALUE ? 1 : first;
  }

  /**
   * The column the plan aims for, or {@link ModelIndex#NONE}: the lowest column above the present
   * level under {@code next level}, the lowest column at or above the target (when above the
   * present level; the highest column when the target is above every column) under {@code up to
   * target}, the highest column under {@code up to top}.
   */
  static int aim(int[] at, int[] rank, int start, int end, int present, int target, PlanPolicy policy) {
    if (present < 0) {
      return ModelIndex.NONE;
    }
    int floor =
        switch (policy) {
          case NEXT_LEVEL -> present + 1;
          case UP_TO_TARGET -> target > present ? target : Integer.MAX_VALUE;
          case UP_TO_TOP -> present + 1;
        };
    int aim = ModelIndex.NONE;
    int highest = ModelIndex.NONE;
    for (int q = start; q < end; q++) {
      int column = at[q];
      if (rank[q] < 0 || column <= present) {
        continue;
      }
      highest = Math.max(highest, column);
      if (column >= floor && (aim == ModelIndex.NONE || column < aim)) {
        aim = column;
      }
    }
    // Up to the top, or to a target above every column: the highest column there is.
    return policy == PlanPolicy.UP_TO_TOP || (policy == PlanPolicy.UP_TO_TARGET && aim == ModelIndex.NONE
        && target > present) ? highest : aim;
  }

  /**
   * The plan of questions {@code start} to {@code end} toward the column {@code aim}, as each
   * question's start and end ({@code from}, {@code upTo}, read by {@link Planner#plan}): every
   * "not achieved" indicator that holds has one step, to the first column; every indicator of that
   * column not met has one step, to the column; every other question none.
   */
  static void aims(int[] at, int[] rank, int start, int end, int aim, int[] from, int[] upTo) {
    int first = firstColumn(at, start, end);
    for (int q = start; q < end; q++) {
      boolean holds = at[q] == 0 && rank[q] == 0;
      boolean unmet = at[q] > 0 && at[q] == aim && rank[q] >= 0 && rank[q] < aim;
      int step = aim == ModelIndex.NONE ? ModelIndex.NONE : holds ? first : unmet ? aim : ModelIndex.NONE;
      if (step == ModelIndex.NONE) {
        upTo[q] = ModelIndex.NONE;
      } else {
        from[q] = step - 1;
        upTo[q] = step;
      }
    }
  }
}
