package io.svmi;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * The action plan, for every model (ordinal and score-based alike): which steps each question
 * needs, and their order. A question needs the steps from its present level up to the level its
 * plan aims for ({@link #aim}); the plan lists them by dimension, then level rank, then question.
 *
 * <p>Time and memory grow with the questions and the plan's length, never with levels times
 * questions: a model of 40,000 levels plans as fast as one of five.
 */
final class Planner {
  private final ModelIndex ix;
  private final PlanPolicy policy;
  private final int top;

  Planner(ModelIndex ix, PlanPolicy policy) {
    this.ix = ix;
    this.policy = policy;
    this.top = ix.levelCount - 1;
  }

  /**
   * The highest rank the plan moves a leveled question to: one step up under {@code next level},
   * its dimension's target under {@code up to target}, the top under {@code up to top}. A target
   * answer's level caps it, and under {@code up to target} replaces the dimension's target; without
   * one, a question of a staged dimension aims no higher than its {@code at} level, and one of a
   * high-water ({@code highest of}) dimension no higher than its highest option's level. A
   * high-water question steps only to levels its options give (see {@link ModelIndex#stepsTo}):
   * under {@code next level}, to the next of them.
   *
   * @param from the question's present rank
   * @param dimensionTarget its dimension's target rank, or {@link ModelIndex#NONE}
   * @param targetAnswer the question's target option, or {@link ModelIndex#NONE}
   */
  int aim(int q, int from, int dimensionTarget, int targetAnswer) {
    int upTo =
        switch (policy) {
          case NEXT_LEVEL -> {
            int next = ix.nextStep(q, from);
            yield next == Integer.MAX_VALUE ? from : next;
          }
          case UP_TO_TARGET -> dimensionTarget;
          case UP_TO_TOP -> top;
        };
    if (targetAnswer != ModelIndex.NONE) {
      int own = ix.optionRank[q][targetAnswer];
      upTo = policy == PlanPolicy.UP_TO_TARGET ? own : Math.min(upTo, own);
    } else {
      upTo = Math.min(upTo, ix.planCap[q]);
    }
    return Math.min(upTo, top);
  }

  /**
   * How many steps question q takes from its present rank {@code from} up to {@code upTo}: none
   * when {@code from} is negative (not applicable, no level); else the ranks above {@code from} up
   * to {@code upTo} that it may be stepped to ({@link ModelIndex#stepCount}).
   */
  long steps(int q, int from, int upTo) {
    return from >= 0 && upTo > from ? ix.stepCount(q, from, upTo) : 0;
  }

  /** How many steps a plan has: {@link #steps(int, int, int)} summed over the questions. */
  long steps(int[] from, int[] upTo) {
    long steps = 0;
    for (int q = 0; q < from.length; q++) {
      steps += steps(q, from[q], upTo[q]);
    }
    return steps;
  }

  /**
   * The plan: question q needs the steps above {@code from[q]} up to {@code upTo[q]} (none when
   * {@code from[q]} is negative: not applicable, or no level), listed by dimension, then level
   * rank, then question. {@code steps} is their number ({@link #steps(int[], int[])}): the list is
   * made at its size, never copied.
   */
  ActionPlan plan(int[] from, int[] upTo, long steps) {
    if (steps == 0) {
      return ActionPlan.EMPTY;
    }
    ImmutableList.Builder<Action> plan = ImmutableList.builderWithExpectedSize(Math.toIntExact(steps));
    for (int d = 0; d < ix.dimensions.length; d++) {
      planDimension(ix.questionStart[d], ix.questionStart[d + 1], from, upTo, plan);
    }
    return new ActionPlan(plan.build());
  }

  /** Adds the steps of the questions {@code start} to {@code end} (one dimension) to the plan. */
  private void planDimension(int start, int end, int[] from, int[] upTo, ImmutableList.Builder<Action> plan) {
    int low = Integer.MAX_VALUE;
    int high = -1;
    long steps = 0;
    for (int q = start; q < end; q++) {
      int aim = upTo[q];
      if (from[q] >= 0 && aim > from[q]) {
        low = Math.min(low, from[q] + 1);
        high = Math.max(high, aim);
        steps += steps(q, from[q], aim);
      }
    }
    if (steps == 0) {
      return;
    }
    if (ix.levelCount <= ModelIndex.FEW_LEVELS) {
      for (int r = low; r <= high; r++) {
        for (int q = start; q < end; q++) {
          if (from[q] >= 0 && r > from[q] && r <= upTo[q] && ix.stepsTo(q, r)) {
            plan.add(ix.step(q, r));
          }
        }
      }
      return;
    }
    // Many levels: sort the steps by (rank, question) instead of visiting every rank.
    long[] keys = new long[Math.toIntExact(steps)];
    int k = 0;
    for (int q = start; q < end; q++) {
      for (int r = ix.nextStep(q, from[q]); from[q] >= 0 && r <= upTo[q]; r = ix.nextStep(q, r)) {
        keys[k++] = ((long) r << 32) | q;
      }
    }
    Arrays.sort(keys);
    for (long key : keys) {
      plan.add(ix.step((int) key, (int) (key >>> 32)));
    }
  }
}
