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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Improvements of assessments, as a jqwik {@link Arbitrary}: the same assessment with one answer
 * raised, several raised, or every question below its target raised to it (targets and target
 * answers unchanged). An answer is raised to an option of a higher level or, for options that
 * give values, of a higher value; an unanswered question is raised only to an option that gives
 * a level. Assessments with nothing to raise the chosen way are left out (filtered). A failing
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

  /**
   * Exactly one answer raised to an option of a higher level.
   *
   * @return a new arbitrary with this setting
   */
  public ImprovementArbitrary oneRaised() {
    return new ImprovementArbitrary(assessments, ImmutableList.of(Kind.ONE));
  }

  /**
   * One or more answers raised.
   *
   * @return a new arbitrary with this setting
   */
  public ImprovementArbitrary severalRaised() {
    return new ImprovementArbitrary(assessments, ImmutableList.of(Kind.SEVERAL));
  }

  /**
   * Every question below its target raised to it: a question with a target answer (its own target,
   * which replaces its dimension's as in the plan) to that option when its answer is below it, and
   * left as it is otherwise; any other question below its dimension's target level to the lowest
   * option at or above that level. Options that give values are raised only to a target answer.
   *
   * @return a new arbitrary with this setting
   */
  public ImprovementArbitrary raisedToTarget() {
    return new ImprovementArbitrary(assessments, ImmutableList.of(Kind.TO_TARGET));
  }

  /** Whether the assessment has anything to raise in any of the ways. */
  static boolean canImprove(Assessment a) {
    return !possible(evaluate(a), ImmutableList.copyOf(Kind.values())).isEmpty();
  }

  /**
   * At most {@value SvmiArbitraries#EDGE_CASES} edge cases, so that a property's edge cases never
   * outnumber its tries (jqwik then logs a line for every such property).
   *
   * @param maxEdgeCases the most edge cases jqwik asks for
   * @return the first of the edge cases the arbitrary would give
   */
  @Override
  public EdgeCases<Improvement> edgeCases(int maxEdgeCases) {
    return super.edgeCases(Math.min(maxEdgeCases, SvmiArbitraries.EDGE_CASES));
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
        raise(draft, raisable.get(q % raisable.size()), o);
        return improvement(e, draft);
      });
      case SEVERAL -> Combinators.combine(
              ModelArbitrary.chance(50).list().ofSize(raisable.size()), choice.list().ofSize(raisable.size()), choice)
          .as((chosen, options, fallback) -> {
            Draft draft = Draft.of(before);
            for (int i = 0; i < raisable.size(); i++) {
              if (chosen.get(i)) {
                raise(draft, raisable.get(i), options.get(i));
              }
            }
            if (draft.answers.equals(Draft.of(before).answers)) {
              raise(draft, raisable.get(fallback % raisable.size()), options.get(0));
            }
            return improvement(e, draft);
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
    Map<String, String> aims = e.assessment().targetAnswers();
    for (DimensionResult r : e.dimensions()) {
      for (QuestionResult q : r.questions()) {
        Question question = q.question();
        if (aims.containsKey(question.id())) {
          Option aim = question.options().get(aims.get(question.id()));
          if (isBelow(q, aim)) {
            draft.answers.put(question.id(), aim.id());
          }
        } else if (r.target().isPresent() && q.level().isPresent() && q.level().get().isBelow(r.target().get())) {
          Level target = r.target().get();
          question.options().values().stream()
              .filter(o -> o.level().isPresent() && !o.level().get().isBelow(target))
              .min(Comparator.comparing(o -> o.level().get()))
              .ifPresent(o -> draft.answers.put(question.id(), o.id()));
        }
      }
    }
    return improvement(e, draft);
  }

  /**
   * The options above the question's answer: of a higher level, or of a higher value; for an
   * unanswered question, of a level above the one it counts as. None for not applicable.
   */
  private static List<Option> higher(QuestionResult q) {
    if (q.level().isEmpty()) {
      return List.of();
    }
    if (q.answer().isEmpty()) {
      Level present = q.level().get();
      return q.question().options().values().stream()
          .filter(o -> o.level().isPresent() && o.level().get().isAbove(present))
          .toList();
    }
    BigDecimal present = AssessmentArbitrary.standing(q.answer().get()).orElseThrow();
    return q.question().options().values().stream()
        .filter(o -> AssessmentArbitrary.standing(o).map(s -> s.compareTo(present) > 0).orElse(false))
        .toList();
  }

  /** Whether the option is above the question's answer (see {@link #higher}). */
  static boolean isBelow(QuestionResult q, Option option) {
    return higher(q).contains(option);
  }

  private static void raise(Draft draft, QuestionResult q, int choice) {
    List<Option> higher = higher(q);
    draft.answers.put(q.question().id(), higher.get(choice % higher.size()).id());
  }

  /** The improvement from the evaluated assessment to the draft: a change per answer that differs. */
  private static Improvement improvement(Evaluation before, Draft draft) {
    Assessment after = draft.build();
    Evaluation raised = evaluate(after);
    List<Improvement.Change> changes = new ArrayList<>();
    for (int i = 0; i < before.questions().size(); i++) {
      QuestionResult b = before.questions().get(i);
      QuestionResult a = raised.questions().get(i);
      if (!b.answer().equals(a.answer())) {
        Option to = a.answer().orElseThrow();
        changes.add(new Improvement.Change(b.question().id(), b.answer().map(Option::id), b.level().orElseThrow(),
            to.id(), a.level().orElseThrow()));
      }
    }
    return new Improvement(before.assessment(), after, ImmutableList.copyOf(changes));
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
