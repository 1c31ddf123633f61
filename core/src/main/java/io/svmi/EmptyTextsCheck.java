package io.svmi;

import io.svmi.ModelDraft.ActionDecl;
import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.GroupDecl;
import io.svmi.ModelDraft.LevelDecl;
import io.svmi.ModelDraft.QuestionDecl;

/**
 * E0209 (empty text): the model's name, every level's, group's and dimension's name, every
 * question's text and every action's text say something (not only spaces). Empty ids are
 * {@link UniqueIdsCheck}'s.
 */
final class EmptyTextsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    if (draft.name().value().isBlank()) {
      findings.report(DiagnosticCode.E0209, "the model's name is empty", draft.name().span());
    }
    for (LevelDecl l : draft.levels()) {
      if (l.name().isBlank()) {
        findings.report(DiagnosticCode.E0209, "level '" + l.id().value() + "' has an empty name", l.id().span());
      }
    }
    for (GroupDecl g : draft.groups()) {
      if (g.name().isBlank()) {
        findings.report(DiagnosticCode.E0209, "group '" + g.id().value() + "' has an empty name", g.id().span());
      }
    }
    var known = draft.levelsById();
    for (DimensionDecl d : draft.dimensions()) {
      if (d.name().isBlank()) {
        findings.report(DiagnosticCode.E0209, "dimension '" + d.id().value() + "' has an empty name", d.id().span());
      }
      for (QuestionDecl q : d.questions()) {
        if (q.text().isBlank()) {
          findings.report(DiagnosticCode.E0209, q.what() + " has an empty text", q.id().span());
        }
        for (ActionDecl a : q.actions()) {
          if (a.text().isBlank() && known.containsKey(a.level().value())) {
            findings.report(
                DiagnosticCode.E0209,
                "the action to reach '" + a.level().value() + "' in " + q.what() + " has an empty text",
                a.level().span());
          }
        }
      }
    }
  }
}
