package io.svmi;

import io.svmi.ModelDraft.LevelDecl;

/**
 * W0301 (level no option reaches): in a model whose options give levels, every level is given by
 * some option (or is where unanswered questions stand). Score-based models reach levels by scores,
 * and a model with no question reaches nothing (W0303 says so).
 */
final class UnreachedLevelsCheck implements ModelCheck.OfModel {
  @Override
  public void check(ModelDraft draft, MaturityModel model, Findings findings) {
    if (model.scale().hasThresholds()
        || model.questions().isEmpty()
        || model.questions().values().stream().anyMatch(Question::isValued)) {
      return;
    }
    boolean[] reached = new boolean[model.scale().size()];
    model.rules().unanswered().level().ifPresent(l -> reached[l.rank()] = true);
    for (Question q : model.questions().values()) {
      for (Option o : q.options().values()) {
        o.level().ifPresent(l -> reached[l.rank()] = true);
      }
    }
    for (LevelDecl declared : draft.levels()) {
      Level level = model.scale().level(declared.id().value()).orElseThrow();
      if (!reached[level.rank()]) {
        findings.report(DiagnosticCode.W0301, "no option reaches level '" + level.id() + "'", declared.id().span());
      }
    }
  }
}
