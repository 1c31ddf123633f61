package io.svmi;

import io.svmi.ModelDraft.ActionDecl;
import io.svmi.ModelDraft.QuestionDecl;
import java.util.Map;

/** E0210 (action below the lowest level): no action can move a question up to the lowest level. */
final class ActionLevelsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    Map<String, Level> known = draft.levelsById();
    for (QuestionDecl q : (Iterable<QuestionDecl>) draft.questions()::iterator) {
      for (ActionDecl a : q.actions()) {
        Level level = known.get(a.level().value());
        if (level != null && level.rank() == 0) {
          findings.report(
              DiagnosticCode.E0210, "'" + level.id() + "' is the lowest level: no action can reach it", a.level().span());
        }
      }
    }
  }
}
