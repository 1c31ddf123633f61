package io.svmi;

/**
 * E0219 (overall target without overall level): a model with no overall level ({@code overall
 * level = none}) combines no overall target either, so an {@code overall target} rule is a mistake.
 */
final class NoOverallLevelCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    if (draft.overallTargetWithoutLevel()) {
      findings.report(
          DiagnosticCode.E0219,
          "the rules combine an overall target, but the model has no overall level (overall level = none)",
          draft.ruleSpan("overall target"),
          "leave the overall target rule out, or give the model an overall level");
    }
  }
}
