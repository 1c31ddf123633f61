package io.svmi.testkit;

import com.google.common.collect.ImmutableList;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.QuestionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Improvements of assessments, as a jqwik {@link Arbitrary}: the same assessment with one answer
 * raised, several raised, or every question below its dimension's target raised to it (targets
 * unchanged). Assessments with nothing to raise the chosen way are left out (filtered). A failing
 * improvement shrinks its assessment and raises fewer answers, by less. Each setting returns a
 * new arbitrary.
 */
public final class ImprovementArbitrary extends ArbitraryDecorator<Improvement> {
  private enum Kind { ONE, SEVERAL, TO_TARGET }

  private final Arbitrary<Assessment> assessments;
  private final ImmutableList<Kind> kinds;

  private ImprovementArbitrary(Arbitrary<Assessment> assessments, ImmutableList<Kind> kinds) {
    this.assessments = assessments;
    this.kinds = kinds;
  }

  static ImprovementArbitrary of(Arbitrary<Assessment> assessments) {
    return new ImprovementArbitrary(assessments, ImmutableList.copyOf(Kind.values()));
  }

  /** Exactly one answer raised to an option of a higher level. */
  public ImprovementArbitrary oneRaised() {
    return new ImprovementArbitrary(assessments, ImmutableList.of(Kind.ONE));
  }

  /** One or more answers raised. */
  public ImprovementArbitrary severalRaised() {
    return new ImprovementArbitrary(assessments, ImmutableList.of(Kind.SEVERAL));
  }

  /** Every question below its dimension's target raised to the lowest option at or above it. */
  public ImprovementArbitrary raisedToTarget() {
    return new ImprovementArbitrary(assessments, ImmutableList.of(Kind.TO_TARGET));
  }

  /** Whether the assessment has anything to raise in any of the ways. */
  static boolean canImprove(Assessment a) {
    return !possible(evaluate(a), ImmutableList.copyOf(Kind.values())).isEmpty();
  }

  @Override
  protected Arbitrary<Improvement> arbitrary() {
    return assessments.filter(a -> !possible(evaluate(a), kinds).isEmpty()).flatMap(this::improvementsOf);
  }

  private Arbitrary<Improvement> improvementsOf(Assessment before) {
    Evaluation e = evaluate(before);
    List<QuestionResult> raisable = raisable(e);
    Arbitrary<Integer> choice = Arbitraries.integers().between(0, 9_999);
    return Arbitraries.of(possible(e, kinds)).flatMap(kind -> switch (kind) {
      case TO_TARGET -> Arbitraries.just(toTarget(e));
      case ONE -> Combinators.combine(choice, choice).as((q, o) -> {
        Draft draft = Draft.of(before);
        Improvement.Change c = raise(draft, raisable.get(q % raisable.size()), o);
        return new Improvement(before, draft.build(), ImmutableList.of(c));
      });
      case SEVERAL -> Combinators.combine(
              ModelArbitrary.chance(50).list().ofSize(raisable.size()), choice.list().ofSize(raisable.size()), choice)
          .as((chosen, options, fallback) -> {
            Draft draft = Draft.of(before);
            List<Improvement.Change> changes = new ArrayList<>();
            for (int i = 0; i < raisable.size(); i++) {
              if (chosen.get(i)) {
                changes.add(raise(draft, raisable.get(i), options.get(i)));
              }
            }
            if (changes.isEmpty()) {
              changes.add(raise(draft, raisable.get(fallback % raisable.size()), options.get(0)));
            }
            return new Improvement(before, draft.build(), ImmutableList.copyOf(changes));
          });
    });
  }

  private static List<Kind> possible(Evaluation e, List<Kind> kinds) {
    boolean raisable = !raisable(e).isEmpty();
    return kinds.stream()
        .filter(k -> k == Kind.TO_TARGET ? !toTarget(e).changes().isEmpty() : raisable)
        .toList();
  }

  private static List<QuestionResult> raisable(Evaluation e) {
    return e.questions().stream().filter(q -> !higher(q).isEmpty()).toList();
  }

  private static Improvement toTarget(Evaluation e) {
    Draft draft = Draft.of(e.assessment());
    List<Improvement.Change> changes = new ArrayList<>();
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
              .ifPresent(o -> changes.add(raiseTo(draft, q, o)));
        }
      }
    }
    return new Improvement(e.assessment(), draft.build(), ImmutableList.copyOf(changes));
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

  private static Improvement.Change raise(Draft draft, QuestionResult q, int choice) {
    List<Option> higher = higher(q);
    return raiseTo(draft, q, higher.get(choice % higher.size()));
  }

  private static Improvement.Change raiseTo(Draft draft, QuestionResult q, Option to) {
    Question question = q.question();
    draft.answers.put(question.id(), to.id());
    return new Improvement.Change(question.id(), q.answer().map(Option::id), q.level().orElseThrow(), to.id(),
        to.level().orElseThrow());
  }

  static Optional<Option> optionAt(Question q, Level level) {
    return q.options().values().stream().filter(o -> o.level().equals(Optional.of(level))).findFirst();
  }

  private static Evaluation evaluate(Assessment a) {
    try {
      return a.model().evaluate(a);
    } catch (AssessmentException ex) {
      throw new IllegalStateException(ex.getMessage(), ex);
    }
  }
}
