package io.svmi;

import io.svmi.ModelDraft.AnswerSetDecl;
import io.svmi.ModelDraft.Declared;
import io.svmi.ModelDraft.QuestionDecl;
import io.svmi.internal.Suggestions;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The uses of answer sets ({@code answers F { option … }}): E0221 (unknown answer set), a question
 * uses a declared set, with "did you mean…?" for a likely typo; E0222 (answer set and options), a
 * question takes its options from its set or declares them, not both; W0307 (answer set no question
 * uses), not reported beside an E0221, which may be the set's misspelt use.
 */
final class AnswerSetsCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    Set<String> declared = new LinkedHashSet<>();
    draft.answerSets().forEach(s -> declared.add(s.id().value()));
    Set<String> used = new LinkedHashSet<>();
    boolean unknownUsed = false;
    for (QuestionDecl q : (Iterable<QuestionDecl>) draft.questions()::iterator) {
      if (q.answerSet().isEmpty()) {
        continue;
      }
      Declared<String> setId = q.answerSet().get();
      if (!q.options().isEmpty()) {
        findings.report(
            DiagnosticCode.E0222,
            q.what() + " uses the answer set '" + setId.value() + "' and declares options of its own",
            q.options().get(0).id().span(),
            "a question takes its options from its answer set or declares them, not both");
      }
      if (declared.contains(setId.value())) {
        used.add(setId.value());
      } else {
        unknownUsed = true;
        findings.report(
            DiagnosticCode.E0221,
            "unknown answer set '" + setId.value() + "' for " + q.what(),
            setId.span(),
            Suggestions.didYouMean(setId.value(), declared)
                .orElse(declared.isEmpty()
                    ? "declare it: answers " + setId.value() + " { option … }"
                    : "the answer sets are: " + String.join(", ", declared)));
      }
    }
    if (unknownUsed) {
      return;
    }
    for (AnswerSetDecl s : draft.answerSets()) {
      if (!used.contains(s.id().value())) {
        findings.report(
            DiagnosticCode.W0307,
            "no question uses the answer set '" + s.id().value() + "'",
            s.id().span(),
            "write 'answers " + s.id().value() + "' after a question's text, or remove the set");
      }
    }
  }
}
