package io.svmi;

import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.QuestionDecl;

/**
 * W0303 (dimension with no question) and W0304 (question or answer set with no option): valid, but nothing can
 * be assessed there.
 */
final class EmptyDeclarationsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    for (DimensionDecl d : draft.dimensions()) {
      if (d.questions().isEmpty()) {
        findings.report(DiagnosticCode.W0303, "dimension '" + d.id().value() + "' has no question", d.id().span());
      }
      for (QuestionDecl q : d.questions()) {
        if (q.options().isEmpty() && q.answerSet().isEmpty() && !q.indicator()) {
          findings.report(DiagnosticCode.W0304, q.what() + " has no option", q.id().span());
        }
      }
    }
    for (ModelDraft.AnswerSetDecl s : draft.answerSets()) {
      if (s.options().isEmpty()) {
        findings.report(DiagnosticCode.W0304, s.what() + " has no option", s.id().span());
      }
    }
  }
}
