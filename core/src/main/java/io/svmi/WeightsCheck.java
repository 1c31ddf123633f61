package io.svmi;

import io.svmi.ModelDraft.Declared;
import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.QuestionDecl;
import java.math.BigDecimal;

/**
 * E0208 (bad weight): every dimension's and question's weight is positive, at most 1,000,000,
 * with at most 6 decimal places, so that a weighted combination has something to weigh and stays
 * exact.
 */
final class WeightsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    for (DimensionDecl d : draft.dimensions()) {
      check(d.weight(), "dimension '" + d.id().value() + "'", findings);
      for (QuestionDecl q : d.questions()) {
        check(q.weight(), q.what(), findings);
      }
    }
  }

  private static void check(Declared<BigDecimal> weight, String what, Findings findings) {
    BigDecimal w = weight.value();
    if (w.signum() <= 0) {
      findings.report(
          DiagnosticCode.E0208, "the weight of " + what + " must be positive, not " + w.toPlainString(), weight.span());
    } else if (!Decimals.inRange(w)) {
      findings.report(
          DiagnosticCode.E0208,
          "the weight of " + what + " must be at most " + Decimals.MAX.toPlainString() + " with at most "
              + Decimals.MAX_SCALE + " decimal places, not " + w.toPlainString(),
          weight.span());
    }
  }
}
