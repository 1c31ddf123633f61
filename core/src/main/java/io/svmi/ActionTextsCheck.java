package io.svmi;

import com.google.common.collect.ImmutableList;
import io.svmi.ModelDraft.QuestionDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * W0302 (step with no action text): every step the action plan can ask of a question has a text;
 * W0306 (valued question never planned): a question whose options give values is planned once, to
 * the level it is {@code at}, so it needs an {@code at} level above the lowest. A question of a
 * staged dimension is planned up to its {@code at} level only, one of a high-water dimension up to its
 * highest option's level. W0311 (indicator action never shown): an indicator is planned to one
 * level only.
 */
final class ActionTextsCheck implements ModelCheck.OfModel {
  @Override
  public void check(ModelDraft draft, MaturityModel model, Findings findings) {
    for (ModelDraft.DimensionDecl d : draft.dimensions()) {
      Combination combination = draft.combinationOf(d);
      for (QuestionDecl q : d.questions()) {
        Question question = model.questions().get(q.id().value());
        if (question.indicator()) {
          indicator(question, q, model, model.dimensions().get(d.id().value()), findings);
        } else if (question.isValued()) {
          valued(question, q, findings);
        } else {
          leveled(question, q, model, combination, findings);
        }
      }
    }
  }

  /**
   * An indicator has one step: to its column (its statement stands in for a missing text), or, in
   * the lowest column, to its dimension's first column above it, which needs a text (W0302). W0311: an action to any
   * other level is never shown.
   */
  private static void indicator(
      Question question, QuestionDecl q, MaturityModel model, Dimension dimension, Findings findings) {
    Level column = question.at().orElseThrow();
    int first = dimension.questions().values().stream()
        .mapToInt(o -> o.at().map(Level::rank).orElse(0)).filter(r -> r > 0).min().orElse(1);
    Level step = model.scale().atRank(column.rank() > 0 ? column.rank() : first);
    if (column.rank() == 0 && !question.actions().containsKey(step.id())) {
      findings.report(
          DiagnosticCode.W0302,
          "indicator '" + question.id() + "' holds at " + column.name() + ", but has no action text to reach "
              + step.name() + ": the plan would say nothing about it",
          q.id().span(),
          "say what to change so that it no longer holds: to " + step.id() + " \"…\"");
    }
    for (ModelDraft.ActionDecl a : q.actions()) {
      if (!a.level().value().equals(step.id())) {
        findings.report(
            DiagnosticCode.W0311,
            "indicator '" + question.id() + "' is planned only to " + step.name() + ": its action to '"
                + a.level().value() + "' is never shown",
            a.level().span(),
            "write its action as: to " + step.id() + " \"…\"");
      }
    }
  }

  /** A valued question is planned once, to its 'at' level, with that level's action text. */
  private static void valued(Question question, QuestionDecl q, Findings findings) {
    if (question.at().isEmpty()) {
      findings.report(
          DiagnosticCode.W0306,
          "question '" + question.id() + "' gives values but has no 'at' level: no plan lists it",
          q.id().span(),
          "add 'at <level>' after its text, and a 'to <level>' action");
      return;
    }
    Level at = question.at().get();
    if (at.rank() == 0) {
      findings.report(
          DiagnosticCode.W0306,
          "question '" + question.id() + "' gives values and is at the lowest level, " + at.name() + ": no plan lists it",
          q.at().orElseThrow().span().or(() -> q.id().span()),
          "a plan step reaches a level above the lowest; put the question at the level its activity belongs to");
    } else if (!question.actions().containsKey(at.id())) {
      findings.report(
          DiagnosticCode.W0302, "question '" + question.id() + "' has no action text to reach " + at.name(), q.id().span());
    }
  }

  /** A step the plan can ask for (from a level the question can stand at) has a text. */
  private static void leveled(
      Question question, QuestionDecl q, MaturityModel model, Combination combination, Findings findings) {
    // No plan steps a staged dimension's question above its 'at' level, nor a high-water
    // dimension's question above its highest option.
    int top = ModelIndex.planCap(combination, question, model.scale().size() - 1);
    TreeSet<Integer> reachable = new TreeSet<>();
    question.options().values().forEach(o -> o.level().ifPresent(l -> reachable.add(l.rank())));
    model.rules().unanswered().level().ifPresent(l -> reachable.add(l.rank()));
    if (reachable.isEmpty()) {
      return;
    }
    TreeSet<Integer> candidates = new TreeSet<>();
    for (int r = reachable.first() + 1; r <= top; r++) {
      if (ModelIndex.stepsTo(combination, question, r)) {
        candidates.add(r);
      }
    }
    TreeSet<Integer> steps = new TreeSet<>();
    if (model.rules().actionPlan() == PlanPolicy.NEXT_LEVEL) {
      reachable.forEach(r -> Optional.ofNullable(candidates.higher(r)).ifPresent(steps::add));
    } else {
      steps.addAll(candidates);
    }
    List<String> missing = new ArrayList<>();
    ImmutableList<Level> levels = model.scale().levels();
    for (int step : steps) {
      if (!question.actions().containsKey(levels.get(step).id())) {
        missing.add(levels.get(step).name());
      }
    }
    if (!missing.isEmpty()) {
      findings.report(
          DiagnosticCode.W0302,
          "question '" + question.id() + "' has no action text to reach " + String.join(", ", missing),
          q.id().span());
    }
  }
}
