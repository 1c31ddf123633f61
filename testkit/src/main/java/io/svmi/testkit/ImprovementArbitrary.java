package io.svmi.testkit;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.QuestionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Generates improvements of one assessment: one answer raised, several raised, or every question
 * below its dimension's target raised to it. A try with nothing to raise is discarded.
 */
public final class ImprovementArbitrary implements Gen<Improvement> {
  private enum Kind { ONE, SEVERAL, TO_TARGET }

  private final Assessment before;
  private final ImmutableList<Kind> kinds;

  private ImprovementArbitrary(Assessment before, ImmutableList<Kind> kinds) {
    this.before = before;
    this.kinds = kinds;
  }

  static ImprovementArbitrary of(Assessment before) {
    return new ImprovementArbitrary(before, ImmutableList.copyOf(Kind.values()));
  }

  /** Exactly one answer raised to an option of a higher level. */
  public ImprovementArbitrary oneRaised() {
    return new ImprovementArbitrary(before, ImmutableList.of(Kind.ONE));
  }

  /** One or more answers raised. */
  public ImprovementArbitrary severalRaised() {
    return new ImprovementArbitrary(before, ImmutableList.of(Kind.SEVERAL));
  }

  /** Every question below its dimension's target raised to the lowest option at or above it. */
  public ImprovementArbitrary raisedToTarget() {
    return new ImprovementArbitrary(before, ImmutableList.of(Kind.TO_TARGET));
  }

  @Override
  public Improvement next(Draws d) {
    MaturityModel model = before.model();
    Evaluation e;
    try {
      e = model.evaluate(before);
    } catch (AssessmentException ex) {
      throw new IllegalStateException(ex.getMessage(), ex);
    }
    Draft draft = Draft.of(before);
    List<Improvement.Change> changes = new ArrayList<>();
    Kind kind = d.pick(kinds);
    if (kind == Kind.TO_TARGET) {
      for (DimensionResult r : e.dimensions()) {
        if (r.target().isEmpty()) {
          continue;
        }
        Level target = r.target().get();
        for (QuestionResult q : r.questions()) {
          if (q.level().isPresent() && q.level().get().isBelow(target)) {
            q.question().options().values().stream()
                .filter(o -> o.level().isPresent() && !o.level().get().isBelow(target))
                .min(Comparator.comparing(o -> o.level().get()))
                .ifPresent(o -> changes.add(raise(draft, q, o)));
          }
        }
      }
    } else {
      List<QuestionResult> raisable = e.questions().stream().filter(q -> !higher(q).isEmpty()).toList();
      Property.assume(!raisable.isEmpty());
      if (kind == Kind.ONE) {
        QuestionResult q = d.pick(raisable);
        changes.add(raise(draft, q, d.pick(higher(q))));
      } else {
        for (QuestionResult q : raisable) {
          if (d.chance(50)) {
            changes.add(raise(draft, q, d.pick(higher(q))));
          }
        }
        if (changes.isEmpty()) {
          QuestionResult q = d.pick(raisable);
          changes.add(raise(draft, q, d.pick(higher(q))));
        }
      }
    }
    Property.assume(!changes.isEmpty());
    return new Improvement(before, draft.build(), ImmutableList.copyOf(changes));
  }

  /** The options that place the question above its present level (none for not applicable). */
  private static List<Option> higher(QuestionResult q) {
    if (q.level().isEmpty()) {
      return List.of();
    }
    Level present = q.level().get();
    return q.question().options().values().stream()
        .filter(o -> o.level().isPresent() && o.level().get().isAbove(present))
        .toList();
  }

  private static Improvement.Change raise(Draft draft, QuestionResult q, Option to) {
    Question question = q.question();
    draft.answers.put(question.id(), to.id());
    return new Improvement.Change(question.id(), q.answer().map(Option::id), q.level().orElseThrow(), to.id(),
        to.level().orElseThrow());
  }

  static Optional<Option> optionAt(Question q, Level level) {
    return q.options().values().stream().filter(o -> o.level().equals(Optional.of(level))).findFirst();
  }
}
