package io.svmi.testkit;

import java.util.Arrays;

/**
 * Shrinks a failing try by editing its recorded draws: deleting runs of draws, then lowering each
 * towards zero, keeping every edit after which the check still fails with the same kind of
 * throwable. Stops when no edit helps or after a budget of runs.
 */
final class Shrinker<T> {
  private static final int BUDGET = 3000;

  private final Property<T> property;
  private final Check<? super T> check;
  private final Class<?> kind;
  private int runs;

  Shrinker(Property<T> property, Check<? super T> check, Class<?> kind) {
    this.property = property;
    this.check = check;
    this.kind = kind;
  }

  record Result(String value, Throwable failure, int steps) {}

  Result shrink(int[] draws, Throwable first) {
    int[] best = draws;
    Property.Outcome bestOutcome = property.run(Draws.replay(best), check);
    if (bestOutcome.failure().isEmpty() || bestOutcome.failure().get().getClass() != kind) {
      // Not reproducible by replay (a flaky check): report the first failure as found.
      return new Result(bestOutcome.value(), first, 0);
    }
    int steps = 0;
    boolean improved = true;
    while (improved && runs < BUDGET) {
      improved = false;
      for (int block = 8; block >= 1; block /= 2) {
        for (int i = 0; i + block <= best.length && runs < BUDGET; ) {
          int[] candidate = new int[best.length - block];
          System.arraycopy(best, 0, candidate, 0, i);
          System.arraycopy(best, i + block, candidate, i, best.length - i - block);
          Attempt a = attempt(candidate, best);
          if (a != null) {
            best = a.draws;
            bestOutcome = a.outcome;
            steps++;
            improved = true;
          } else {
            i++;
          }
        }
      }
      for (int i = 0; i < best.length && runs < BUDGET; i++) {
        for (int lower : new int[] {0, best[i] / 2, best[i] - 1}) {
          if (lower < 0 || lower >= best[i]) {
            continue;
          }
          int[] candidate = best.clone();
          candidate[i] = lower;
          Attempt a = attempt(candidate, best);
          if (a != null) {
            best = a.draws;
            bestOutcome = a.outcome;
            steps++;
            improved = true;
            break;
          }
        }
      }
    }
    return new Result(bestOutcome.value(), bestOutcome.failure().orElse(first), steps);
  }

  private record Attempt(int[] draws, Property.Outcome outcome) {}

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
    return simpler(used, best) ? new Attempt(used, outcome) : null;
  }

  static boolean simpler(int[] a, int[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }
}
