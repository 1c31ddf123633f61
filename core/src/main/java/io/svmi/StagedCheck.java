package io.svmi;

import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.QuestionDecl;

/**
 * E0220 (staged question without level): under the staged rule a dimension's level is the highest
 * level whose questions are all met, so each of its questions says which level it is placed at
 * ({@code at}).
 */
final class StagedCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    for (DimensionDecl d : draft.dimensions()) {
      if (draft.combinationOf(d) != Combination.STAGED) {
        continue;
      }
      for (QuestionDecl q : d.questions()) {
        if (q.at().isEmpty()) {
          findings.report(
              DiagnosticCode.E0220,
              q.what() + " has no 'at' level, but its dimension's level is staged",
              q.id().span(),
              "say which level the question is placed at: question " + q.id().value() + " \"…\" at <level> { … }");
        }
      }
    }
  }
}
