package io.svmi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.svmi.bench.drools.ActionText;
import org.junit.jupiter.api.Test;

/** The check every evaluation benchmark runs before timing, run by the build so a fast wrong answer cannot pass. */
class EvaluatorsAgreeTest {
  /**
   * Walsall's assessment first, then the first of the benchmark's random ones (the same seed; the
   * benchmark checks all of them before timing): one model, one KieBase, a few seconds.
   */
  private static final int RANDOM = 200;
  private static final Workload ALL = Inputs.all(RANDOM);

  @Test
  void allThreeAgreeOnWalsallAndEveryRandomAssessment() throws Exception {
    Workload walsall = ALL;
    walsall.checkAllAgree();
    Outcome outcome = Outcome.of(walsall.svmi(0));
    assertEquals("follower", outcome.present());
    assertEquals("mature", outcome.target());
  }

  @Test
  void theRandomAssessmentsAreManyAndVaried() {
    assertEquals(1 + RANDOM, ALL.size());
    long distinctPlans = java.util.stream.IntStream.range(1, ALL.size())
        .mapToObj(i -> ALL.hand.outcome(ALL.handWritten(i)))
        .distinct()
        .count();
    assertEquals(RANDOM, distinctPlans);
  }

  @Test
  void theCheckFailsWhenAnEvaluatorIsWrong() throws Exception {
    Workload walsall = ALL;
    // A Drools result missing its last action must be caught.
    io.svmi.bench.drools.Result wrong = walsall.drools(0);
    ActionText dropped = wrong.getActions().remove(wrong.getActions().size() - 1);
    Outcome right = Outcome.of(walsall.svmi(0));
    Outcome bad = walsall.drools.outcome(walsall.model, wrong);
    assertEquals(right.actions().size() - 1, bad.actions().size(), "dropped " + dropped.getQuestion());
    assertThrows(IllegalStateException.class, () -> Workload.requireEqual(0, "walsall", right, right, bad));
  }
}
