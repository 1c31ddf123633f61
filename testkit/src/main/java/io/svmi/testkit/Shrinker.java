package io.svmi.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing try by editing its recorded draws: lowering each towards zero, dropping the end,
 * deleting runs of draws; it keeps every edit after which the check still fails with the same kind
 * of throwable and the replay used simpler draws. Stops when no edit helps, or after a budget of
 * runs or time. One shrinker per failure; not thread-safe.
 */
final class Shrinker<T> {
  private static final int BUDGET = 20_000;
  private static final long TIME_LIMIT_NANOS = 20_000_000_000L;

  private final Property<T> property;
  private final Check<? super T> check;
  private final Class<?> kind;
  private int runs;
  private int[] best = new int[0];
  private List<int[]> bestSpans = List.of();
  private Property.@Nullable Outcome bestOutcome;
  private int steps;

  Shrinker(Property<T> property, Check<? super T> check, Class<?> kind) {
    this.property = property;
    this.check = check;
    this.kind = kind;
  }

  record Result(String value, Throwable failure, int steps) {}

  Result shrink(int[] draws, Throwable first) {
    Draws replay = Draws.replay(draws);
    Property.Outcome start = property.run(replay, check);
    if (start.failure().isEmpty() || start.failure().get().getClass() != kind) {
      // Not reproducible by replay (a flaky check): report the first failure as found.
      return new Result(start.value(), first, 0);
    }
    best = replay.recorded();
    bestSpans = replay.spans();
    bestOutcome = start;
    long deadline = System.nanoTime() + TIME_LIMIT_NANOS;
    boolean improved = true;
    while (improved && runs < BUDGET && System.nanoTime() < deadline) {
      improved = deleteSpans() | lowerEach() | deleteSuffixes() | deleteBlocks();
    }
    Property.Outcome outcome = java.util.Objects.requireNonNull(bestOutcome);
    return new Result(outcome.value(), outcome.failure().orElse(first), steps);
  }

  /** Deletes whole parts (list elements, dimensions, questions), the largest first. */
  private boolean deleteSpans() {
    boolean improved = false;
    boolean again = true;
    while (again && runs < BUDGET) {
      again = false;
      List<int[]> spans = new ArrayList<>(bestSpans);
      spans.sort(Comparator.comparingInt((int[] x) -> x[0] - x[1]));
      for (int[] span : spans) {
        if (span[1] > best.length || runs >= BUDGET) {
          continue;
        }
        int[] candidate = new int[best.length - (span[1] - span[0])];
        System.arraycopy(best, 0, candidate, 0, span[0]);
        System.arraycopy(best, span[1], candidate, span[0], best.length - span[1]);
        if (accept(candidate)) {
          improved = true;
          again = true;
          break; // the spans moved: start over with the new ones
        }
      }
    }
    return improved;
  }

  /** Lowers each draw towards zero; lowering a count drops whole parts of a value. */
  private boolean lowerEach() {
    boolean improved = false;
    for (int i = 0; i < best.length && runs < BUDGET; i++) {
      for (int lower : new int[] {0, best[i] / 2, best[i] - 1}) {
        if (lower >= 0 && lower < best[i] && accept(set(best, i, lower))) {
          improved = true;
          break;
        }
      }
    }
    return improved;
  }

  /** Drops the end of the draws, half of them first: what is missing replays as simplest. */
  private boolean deleteSuffixes() {
    boolean improved = false;
    for (int k = best.length / 2; k >= 1 && runs < BUDGET; k /= 2) {
      if (k <= best.length && accept(Arrays.copyOf(best, best.length - k))) {
        improved = true;
      }
    }
    return improved;
  }

  /** Deletes runs of 64, 32, … 2 and 1 draws anywhere (a whole part of a value, if aligned). */
  private boolean deleteBlocks() {
    boolean improved = false;
    for (int block = 64; block >= 1; block /= 2) {
      for (int i = 0; i + block <= best.length && runs < BUDGET; ) {
        int[] candidate = new int[best.length - block];
        System.arraycopy(best, 0, candidate, 0, i);
        System.arraycopy(best, i + block, candidate, i, best.length - i - block);
        if (accept(candidate)) {
          improved = true;
        } else {
          i++;
        }
      }
    }
    return improved;
  }

  private static int[] set(int[] draws, int i, int value) {
    int[] copy = draws.clone();
    copy[i] = value;
    return copy;
  }

  private boolean accept(int[] candidate) {
    Attempt a = attempt(candidate, best);
    if (a == null) {
      return false;
    }
    best = a.draws;
    bestSpans = a.spans;
    bestOutcome = a.outcome;
    steps++;
    return true;
  }

  private record Attempt(int[] draws, List<int[]> spans, Property.Outcome outcome) {}

  /**
   * The replayed draws and outcome when the candidate still fails the same way and what it used is
   * simpler than the best so far (shorter, or as long and lower at the first difference); else null.
   */
  private Attempt attempt(int[] candidate, int[] best) {
    runs++;
    Draws draws = Draws.replay(candidate);
    Property.Outcome outcome = property.run(draws, check);
    if (outcome.failure().isEmpty() || outcome.failure().get().getClass() != kind) {
      return null;
    }
    int[] used = draws.recorded();
    return simpler(used, best) ? new Attempt(used, draws.spans(), outcome) : null;
  }

  static boolean simpler(int[] a, int[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }
}
