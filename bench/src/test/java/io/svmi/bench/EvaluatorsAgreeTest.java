package io.svmi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.svmi.bench.drools.ActionText;
import org.junit.jupiter.api.Test;

/** The check every evaluation benchmark runs before timing, run by the build so a fast wrong answer cannot pass. */
class EvaluatorsAgreeTest {
  private static final Workload WALSALL = Inputs.workload("walsall");

  @Test
  void allThreeAgreeOnWalsall() throws Exception {
    Workload walsall = WALSALL;
    walsall.checkAllAgree();
    Outcome outcome = Outcome.of(walsall.svmi(0));
    assertEquals("follower", outcome.present());
    assertEquals("mature", outcome.target());
  }

  @Test
  void allThreeAgreeOnRandomAssessments() {
    Inputs.workload("random").checkAllAgree();
  }

  @Test
  void theCheckFailsWhenAnEvaluatorIsWrong() throws Exception {
    Workload walsall = WALSALL;
    // A Drools result missing its last action must be caught.
    io.svmi.bench.drools.Result wrong = walsall.drools(0);
    ActionText dropped = wrong.getActions().remove(wrong.getActions().size() - 1);
    Outcome right = Outcome.of(walsall.svmi(0));
    Outcome bad = walsall.drools.outcome(walsall.model, wrong);
    assertEquals(right.actions().size() - 1, bad.actions().size(), "dropped " + dropped.getQuestion());
    assertThrows(IllegalStateException.class, () -> Workload.requireEqual(0, "walsall", right, right, bad));
  }
}
