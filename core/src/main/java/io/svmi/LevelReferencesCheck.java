package io.svmi;

import io.svmi.ModelDraft.ActionDecl;
import io.svmi.ModelDraft.Declared;
import io.svmi.ModelDraft.OptionDecl;
import io.svmi.internal.Suggestions;
import java.util.Map;

/**
 * E0203 (unknown level): every level an option, an action, a question's {@code at} or the
 * unanswered rule names is declared, with "did you mean…?" for a likely typo. Not reported when
 * the model has no levels (E0205 says so) or a reader left levels out.
 */
final class LevelReferencesCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    if (draft.levels().isEmpty() || draft.levelsIncomplete()) {
      return;
    }
    Map<String, Level> known = draft.levelsById();
    draft.unanswered().ifPresent(l -> resolve(l, "for unanswered questions", known, findings));
    draft.questions().forEach(q -> {
      for (OptionDecl o : q.options()) {
        o.level().ifPresent(l -> resolve(l, "for option '" + o.id().value() + "' of " + q.what(), known, findings));
      }
      for (ActionDecl a : q.actions()) {
        resolve(a.level(), "for an action of " + q.what(), known, findings);
      }
      q.at().ifPresent(l -> resolve(l, "for the 'at' of " + q.what(), known, findings));
    });
  }

  private static void resolve(Declared<String> ref, String context, Map<String, Level> known, Findings findings) {
    if (!known.containsKey(ref.value())) {
      findings.report(
          DiagnosticCode.E0203,
          "unknown level '" + ref.value() + "' " + context,
          ref.span(),
          Suggestions.didYouMean(ref.value(), known.keySet()));
    }
  }
}
