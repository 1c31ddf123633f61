package io.svmi;

import io.svmi.ModelDraft.Declared;
import io.svmi.ModelDraft.LevelDecl;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The scale: E0205 (empty scale), a model declares at least one level; E0213 (bad level
 * thresholds), either every level says where it starts or none does, and each threshold is a
 * decimal in range, above the one before it.
 */
final class LevelsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    if (draft.levels().isEmpty()) {
      if (!draft.levelsIncomplete()) {
        findings.report(DiagnosticCode.E0205, "the model declares no levels", Optional.empty());
      }
      return;
    }
    boolean thresholds = draft.hasThresholds();
    BigDecimal previous = null;
    for (LevelDecl level : draft.levels()) {
      String id = level.id().value();
      // A threshold the reader could not read (too long: E0105) or a damaged levels block leaves a
      // level without one: saying so again would be a second error for the same mistake.
      if (thresholds && level.threshold().isEmpty() && !draft.levelsIncomplete()) {
        findings.report(
            DiagnosticCode.E0213,
            "level '" + id + "' has no threshold, but other levels have one",
            level.id().span(),
            "either every level says where it starts ('from 1') or none does");
      }
      if (level.threshold().isEmpty()) {
        continue;
      }
      Declared<BigDecimal> threshold = level.threshold().get();
      BigDecimal t = threshold.value();
      if (!Decimals.inRange(t)) {
        findings.report(
            DiagnosticCode.E0213,
            "the threshold of level '" + id + "' must be " + Decimals.RANGE + ", not " + t.toPlainString(),
            threshold.span());
      } else if (previous != null && t.compareTo(previous) <= 0) {
        findings.report(
            DiagnosticCode.E0213,
            "the threshold of level '" + id + "' (" + t.toPlainString()
                + ") must be above the threshold of the level before it (" + previous.toPlainString() + ")",
            threshold.span(),
            "levels are declared lowest first, and each starts at a higher score");
      }
      previous = t;
    }
  }
}
