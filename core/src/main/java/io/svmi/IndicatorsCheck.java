package io.svmi;

import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.QuestionDecl;

/**
 * Grading by indicators: E0223 (indicator without column), every question of a dimension graded
 * by {@code indicators} says which column it stands in ({@code at}); E0224 (indicator outside an
 * indicators dimension), an {@code indicator} is met or not only where its dimension is graded by
 * indicators; E0225 (indicator with options), an indicator's options are {@code met} and
 * {@code not_met}, declared by the language, not by the model.
 */
final class IndicatorsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    for (DimensionDecl d : draft.dimensions()) {
      boolean graded = draft.combinationOf(d) == Combination.INDICATORS;
      for (QuestionDecl q : d.questions()) {
        if (graded && q.at().isEmpty()) {
          findings.report(
              DiagnosticCode.E0223,
              q.what() + " has no column, but its dimension '" + d.id().value() + "' is graded by indicators",
              q.id().span(),
              "say which column it stands in: indicator " + q.id().value() + " \"…\" at <level>");
        }
        if (q.indicator() && !graded) {
          findings.report(
              DiagnosticCode.E0224,
              q.what() + " is in dimension '" + d.id().value() + "', whose level is "
                  + draft.combinationOf(d).words() + ", not graded by indicators",
              q.id().span(),
              "grade the dimension by its indicators: 'level = indicators' in the dimension, or"
                  + " 'dimension level = indicators' in the rules");
        }
        if (q.indicator() && (!q.options().isEmpty() || q.answerSet().isPresent())) {
          findings.report(
              DiagnosticCode.E0225,
              q.what() + " declares " + (q.answerSet().isPresent() ? "an answer set" : "options")
                  + ", but an indicator is answered 'met' or 'not_met'",
              q.answerSet().map(ModelDraft.Declared::span).orElse(q.options().isEmpty()
                  ? q.id().span() : q.options().get(0).id().span()),
              "remove them, or make it a question with options of its own");
        }
      }
    }
  }
}
