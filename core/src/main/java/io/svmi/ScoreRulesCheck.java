package io.svmi;

import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.QuestionDecl;
import io.svmi.ModelDraft.RuleUse;

/**
 * The rules of score-based models: E0212 (score without thresholds), a rule that gives a score
 * needs levels that say where they start; E0216 (sum of means by level without levels), only a
 * dimension's questions belong to levels, and each of them says which ({@code at}); E0218 (plus
 * between levels without thresholds), a score can only be between levels with thresholds.
 */
final class ScoreRulesCheck implements ModelCheck.OfDeclarations {
  private static final String DECLARE_THRESHOLDS = "declare where each level starts ('l1 \"Level 1\" from 1')";

  @Override
  public void check(ModelDraft draft, Findings findings) {
    for (DimensionDecl d : draft.dimensions()) {
      if (draft.combinationOf(d) != Combination.SUM_OF_MEANS_BY_LEVEL) {
        continue;
      }
      for (QuestionDecl q : d.questions()) {
        if (q.at().isEmpty()) {
          findings.report(
              DiagnosticCode.E0216,
              q.what() + " has no 'at' level, but its dimension's level is the sum of means by level",
              q.id().span(),
              "say which level the question belongs to: question " + q.id().value() + " \"…\" at <level> { … }");
        }
      }
    }
    if (draft.levels().isEmpty()) {
      return;
    }
    boolean thresholds = draft.hasThresholds();
    for (RuleUse u : draft.ruleUses()) {
      Combination c = u.combination();
      if (c.needsThresholds() && !thresholds) {
        findings.report(
            DiagnosticCode.E0212,
            "the " + u.rule() + " '" + c.words() + "' gives a score, and the levels declare no thresholds",
            u.span(),
            DECLARE_THRESHOLDS + ", or use a rule that rounds, such as 'mean … rounded down'");
      }
      if (c == Combination.SUM_OF_MEANS_BY_LEVEL
          && !u.rule().startsWith("dimension level")
          && !u.rule().startsWith("level of")) {
        findings.report(
            DiagnosticCode.E0216,
            "the " + u.rule() + " cannot be the sum of means by level: only questions belong to levels",
            u.span());
      }
    }
    if (draft.rules().plusBetweenLevels() && !thresholds) {
      findings.report(
          DiagnosticCode.E0218,
          "a score can only be between levels that declare thresholds, and these levels declare none",
          draft.ruleSpan("between levels"),
          DECLARE_THRESHOLDS + ", or leave the rule out");
    }
  }
}
