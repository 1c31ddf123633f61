package io.svmi.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.PlanPolicy;
import io.svmi.QuestionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;

/**
 * The laws of evaluation as checks on one case each. Every check returns normally or throws a
 * {@link LawViolation} saying what broke the law. Call them from jqwik properties over generated
 * cases; {@link ModelLaws} does that for one model.
 */
public final class Laws {
  private static final int THREADS = 4;

  private Laws() {}

  /** Law 1: evaluating twice, and on several threads at once, gives equal evaluations. */
  public static void determinism(MaturityModel model, Assessment assessment) throws AssessmentException {
    Evaluation first = model.evaluate(assessment);
    Evaluation second = model.evaluate(assessment);
    requireSame(first, second, "a second evaluation");
    List<Evaluation> parallel = IntStream.range(0, THREADS).parallel()
        .mapToObj(i -> evaluateUnchecked(model, assessment)).toList();
    for (Evaluation e : parallel) {
      requireSame(first, e, "an evaluation on another thread");
    }
  }

  private static void requireSame(Evaluation first, Evaluation other, String what) {
    if (!first.equals(other) || !first.explanation().equals(other.explanation())) {
      throw new LawViolation(Law.DETERMINISM, what + " differs:\n  first: " + first + " " + first.plan()
          + "\n  then:  " + other + " " + other.plan());
    }
  }

  /** Law 2: raising answers never lowers a question, a dimension or the overall level. */
  public static void monotonicity(Improvement improvement) throws AssessmentException {
    MaturityModel model = improvement.before().model();
    Evaluation before = model.evaluate(improvement.before());
    Evaluation after = model.evaluate(improvement.after());
    String raised = "after raising " + improvement.changes();
    for (int i = 0; i < before.questions().size(); i++) {
      QuestionResult b = before.questions().get(i);
      QuestionResult a = after.questions().get(i);
      if (lowered(b.level(), a.level())) {
        throw new LawViolation(Law.MONOTONICITY, raised + ", question " + b.question().id() + " went from "
            + name(b.level()) + " to " + name(a.level()));
      }
    }
    for (int i = 0; i < before.dimensions().size(); i++) {
      DimensionResult b = before.dimensions().get(i);
      DimensionResult a = after.dimensions().get(i);
      if (lowered(b.present(), a.present())) {
        throw new LawViolation(Law.MONOTONICITY, raised + ", dimension " + b.dimension().id() + " went from "
            + name(b.present()) + " to " + name(a.present()) + "\n  before: " + b.explanation() + "\n  after:  "
            + a.explanation());
      }
    }
    if (lowered(before.present(), after.present())) {
      throw new LawViolation(Law.MONOTONICITY, raised + ", the overall level went from " + name(before.present())
          + " to " + name(after.present()) + "\n  before: " + before.presentExplanation() + "\n  after:  "
          + after.presentExplanation());
    }
  }

  /** True when a level was known before and is lower (or gone) after. */
  private static boolean lowered(Optional<Level> before, Optional<Level> after) {
    return before.isPresent() && (after.isEmpty() || after.get().isBelow(before.get()));
  }

  /**
   * Law 3: each dimension's level lies between its lowest and highest applicable question level (no
   * level when no question counts), and the overall level between the lowest and highest dimension
   * level; likewise the computed overall target between the dimension targets.
   */
  public static void bounds(Evaluation e) {
    for (DimensionResult d : e.dimensions()) {
      List<Level> counted = d.questions().stream().flatMap(q -> q.level().stream()).toList();
      checkBetween(d.present(), counted, "dimension " + d.dimension().id() + " (" + d.explanation() + ")",
          "its questions");
    }
    checkBetween(e.present(), e.dimensions().stream().flatMap(d -> d.present().stream()).toList(),
        "the overall level (" + e.presentExplanation() + ")", "the dimensions");
    if (e.assessment().overallTarget().isEmpty()) {
      checkBetween(e.target(), e.dimensions().stream().flatMap(d -> d.target().stream()).toList(),
          "the overall target (" + e.targetExplanation() + ")", "the dimension targets");
    }
  }

  private static void checkBetween(Optional<Level> level, List<Level> parts, String what, String of) {
    if (parts.isEmpty()) {
      if (level.isPresent()) {
        throw new LawViolation(Law.BOUNDS, what + " is " + level.get().name() + " though none of " + of
            + " has a level");
      }
      return;
    }
    Level min = parts.stream().min(Comparator.naturalOrder()).orElseThrow();
    Level max = parts.stream().max(Comparator.naturalOrder()).orElseThrow();
    if (level.isEmpty()) {
      throw new LawViolation(Law.BOUNDS, what + " has no level though " + of + " have levels");
    }
    if (level.get().isBelow(min) || level.get().isAbove(max)) {
      throw new LawViolation(Law.BOUNDS, what + " is " + level.get().name() + ", outside " + min.name() + " to "
          + max.name() + " of " + of);
    }
  }

  /**
   * Law 4: every planned step belongs to a question of its dimension that has a level, is above that
   * level, is exactly one above under {@code next level}, and not above the dimension's target under
   * {@code up to target}.
   */
  public static void soundness(Evaluation e) {
    PlanPolicy policy = e.model().rules().actionPlan();
    Map<String, QuestionResult> questions = new java.util.HashMap<>();
    Map<String, DimensionResult> owner = new java.util.HashMap<>();
    for (DimensionResult d : e.dimensions()) {
      for (QuestionResult q : d.questions()) {
        questions.put(q.question().id(), q);
        owner.put(q.question().id(), d);
      }
    }
    for (Action a : e.plan().actions()) {
      QuestionResult q = questions.get(a.questionId());
      if (q == null || !owner.get(a.questionId()).dimension().id().equals(a.dimensionId())) {
        throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " names a question not in dimension "
            + a.dimensionId());
      }
      if (q.level().isEmpty()) {
        throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " is planned for a question without a level ("
            + q.explanation() + ")");
      }
      int from = q.level().get().rank();
      int to = a.level().rank();
      if (to <= from) {
        throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " is not above the question's level ("
            + q.explanation() + ")");
      }
      if (policy == PlanPolicy.NEXT_LEVEL && to != from + 1) {
        throw new LawViolation(Law.SOUNDNESS, "under next level, step " + step(a) + " is not the one just above "
            + q.level().get().name());
      }
      Optional<Level> target = owner.get(a.questionId()).target();
      if (policy == PlanPolicy.UP_TO_TARGET && (target.isEmpty() || a.level().isAbove(target.get()))) {
        throw new LawViolation(Law.SOUNDNESS, "under up to target, step " + step(a) + " is above the target "
            + name(target) + " of dimension " + a.dimensionId());
      }
    }
  }

  /**
   * Law 5 (for models whose plan is {@code up to target}): a dimension with a level and no step has
   * reached its target; and answering every question with planned steps at the highest level
   * planned for it (targets kept) brings every dimension to at least its target. When a question
   * has no option at or above that level the case is rejected with jqwik's {@link Assume} (not counted as a try).
   */
  public static void sufficiency(Evaluation e) throws AssessmentException {
    requireUpToTarget(e, Law.SUFFICIENCY);
    MaturityModel model = e.model();
    for (DimensionResult d : e.dimensions()) {
      if (d.present().isPresent() && e.plan().forDimension(d.dimension().id()).isEmpty()
          && d.target().isPresent() && d.present().get().isBelow(d.target().get())) {
        throw new LawViolation(Law.SUFFICIENCY, "dimension " + d.dimension().id() + " has no step but is "
            + d.present().get().name() + ", below its target " + d.target().get().name());
      }
    }
    Draft draft = Draft.of(e.assessment());
    keepTargets(e, draft);
    for (QuestionResult q : e.questions()) {
      Optional<Level> highest = e.plan().actions().stream()
          .filter(a -> a.questionId().equals(q.question().id()))
          .map(Action::level)
          .max(Comparator.naturalOrder());
      if (highest.isPresent()) {
        Optional<Option> option = lowestAtOrAbove(q, highest.get());
        Assume.that(option.isPresent());
        draft.answers.put(q.question().id(), option.get().id());
      }
    }
    Evaluation done = model.evaluate(draft.build());
    for (DimensionResult d : done.dimensions()) {
      Optional<Level> target = d.target();
      if (target.isPresent() && d.present().isPresent() && d.present().get().isBelow(target.get())) {
        throw new LawViolation(Law.SUFFICIENCY, "after every planned step, dimension " + d.dimension().id()
            + " is " + d.present().get().name() + ", still below its target " + target.get().name() + " ("
            + d.explanation() + ")");
      }
    }
  }

  /**
   * Law 6 (for models whose plan is {@code up to target}): for each question, the steps planned to
   * reach the targets are the steps planned to reach the given middle levels (one per dimension, at
   * most its target) followed by the steps planned from there (questions below the middle answered
   * at it) to the targets. A question with no option at its middle level rejects the case
   * ({@link Assume}).
   */
  public static void composition(MiddleLevels middles) throws AssessmentException {
    composition(middles.evaluation(), middles.levels());
  }

  /** Law 6 for an evaluation and middle levels by dimension id; see {@link #composition(MiddleLevels)}. */
  public static void composition(Evaluation e, Map<String, Level> middles) throws AssessmentException {
    requireUpToTarget(e, Law.COMPOSITION);
    MaturityModel model = e.model();
    Draft toMiddle = Draft.of(e.assessment());
    toMiddle.targets.clear();
    Draft fromMiddle = Draft.of(e.assessment());
    keepTargets(e, fromMiddle);
    for (DimensionResult d : e.dimensions()) {
      Level middle = middles.get(d.dimension().id());
      if (middle == null) {
        d.target().ifPresent(t -> toMiddle.targets.put(d.dimension().id(), t.id()));
        continue;
      }
      toMiddle.targets.put(d.dimension().id(), middle.id());
      for (QuestionResult q : d.questions()) {
        if (q.level().isPresent() && q.level().get().isBelow(middle)) {
          Optional<Option> at = ImprovementArbitrary.optionAt(q.question(), middle);
          Assume.that(at.isPresent());
          fromMiddle.answers.put(q.question().id(), at.get().id());
        }
      }
    }
    ImmutableList<Action> whole = e.plan().actions();
    ImmutableList<Action> first = model.evaluate(toMiddle.build()).plan().actions();
    ImmutableList<Action> second = model.evaluate(fromMiddle.build()).plan().actions();
    for (QuestionResult q : e.questions()) {
      String id = q.question().id();
      List<Action> expected = new ArrayList<>(of(first, id));
      expected.addAll(of(second, id));
      if (!of(whole, id).equals(expected)) {
        throw new LawViolation(Law.COMPOSITION, "for question " + id + " with middle levels " + names(middles)
            + ", the plan to the target is " + steps(of(whole, id)) + " but to the middle "
            + steps(of(first, id)) + " then on to the target " + steps(of(second, id)));
      }
    }
  }

  /** Law 7: the plan is in (dimension, level, question) model order, without duplicate steps. */
  public static void order(Evaluation e) {
    MaturityModel model = e.model();
    ImmutableList<String> dimensions = model.dimensions().keySet().asList();
    ImmutableList<String> questions = model.questions().keySet().asList();
    Comparator<Action> planOrder = Comparator
        .comparingInt((Action a) -> dimensions.indexOf(a.dimensionId()))
        .thenComparingInt(a -> a.level().rank())
        .thenComparingInt(a -> questions.indexOf(a.questionId()));
    Set<String> seen = new HashSet<>();
    ImmutableList<Action> actions = e.plan().actions();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (!seen.add(a.questionId() + "\u0000" + a.level().id())) {
        throw new LawViolation(Law.ORDER, "step " + step(a) + " appears twice in " + steps(actions));
      }
      if (i > 0 && planOrder.compare(actions.get(i - 1), a) > 0) {
        throw new LawViolation(Law.ORDER, "step " + step(actions.get(i - 1)) + " comes before " + step(a)
            + " in " + steps(actions));
      }
    }
  }

  /**
   * Law 9, evaluation half: building an assessment from any answer sheet either gives an assessment
   * that evaluates, or an {@link AssessmentException} carrying only assessment errors (E04xx); it
   * never throws anything else.
   */
  public static void totality(MaturityModel model, AnswerSheet sheet) {
    Assessment assessment;
    try {
      assessment = sheet.toBuilder(model).build();
    } catch (AssessmentException ex) {
      checkAssessmentDiagnostics(ex);
      return;
    } catch (RuntimeException | Error ex) {
      throw new LawViolation(Law.TOTALITY, "building the assessment threw " + ex, ex);
    }
    try {
      model.evaluate(assessment);
    } catch (AssessmentException ex) {
      throw new LawViolation(Law.TOTALITY, "a built assessment of this model was refused: " + ex.getMessage(), ex);
    } catch (RuntimeException | Error ex) {
      throw new LawViolation(Law.TOTALITY, "evaluating threw " + ex, ex);
    }
  }

  /** Law 9: an assessment built for another model gives an E0408 diagnostic, nothing else. */
  public static void totality(MaturityModel model, Assessment foreign) {
    try {
      model.evaluate(foreign);
    } catch (AssessmentException ex) {
      checkAssessmentDiagnostics(ex);
    } catch (RuntimeException | Error ex) {
      throw new LawViolation(Law.TOTALITY, "evaluating an assessment of another model threw " + ex, ex);
    }
  }

  private static void checkAssessmentDiagnostics(AssessmentException ex) {
    if (ex.diagnostics().isEmpty()
        || !ex.diagnostics().stream().allMatch(d -> d.isError() && d.code().name().startsWith("E04"))) {
      throw new LawViolation(Law.TOTALITY, "the diagnostics are not all assessment errors: " + ex.diagnostics());
    }
    for (Diagnostic d : ex.diagnostics()) {
      if (d.message().isBlank()) {
        throw new LawViolation(Law.TOTALITY, "a diagnostic has no message: " + d.code());
      }
    }
  }

  private static void requireUpToTarget(Evaluation e, Law law) {
    if (e.model().rules().actionPlan() != PlanPolicy.UP_TO_TARGET) {
      throw new IllegalArgumentException(law + " is stated for models whose action plan is 'up to target', not '"
          + e.model().rules().actionPlan().words() + "'");
    }
  }

  /** Gives every dimension its effective target explicitly, so that moving answers keeps it. */
  private static void keepTargets(Evaluation e, Draft draft) {
    draft.targets.clear();
    for (DimensionResult d : e.dimensions()) {
      d.target().ifPresent(t -> draft.targets.put(d.dimension().id(), t.id()));
    }
  }

  private static Optional<Option> lowestAtOrAbove(QuestionResult q, Level level) {
    return q.question().options().values().stream()
        .filter(o -> o.level().isPresent() && !o.level().get().isBelow(level))
        .min(Comparator.comparing(o -> o.level().get()));
  }

  private static List<Action> of(List<Action> actions, String questionId) {
    return actions.stream().filter(a -> a.questionId().equals(questionId)).toList();
  }

  private static Evaluation evaluateUnchecked(MaturityModel model, Assessment a) {
    try {
      return model.evaluate(a);
    } catch (AssessmentException ex) {
      throw new IllegalStateException(ex.getMessage(), ex);
    }
  }

  private static String name(Optional<Level> level) {
    return level.map(Level::name).orElse("no level");
  }

  private static String names(Map<String, Level> levels) {
    return ImmutableMap.copyOf(levels).entrySet().stream().map(x -> x.getKey() + " " + x.getValue().name())
        .toList().toString();
  }

  private static String step(Action a) {
    return a.dimensionId() + "/" + a.questionId() + " -> " + a.level().name();
  }

  private static String steps(List<Action> actions) {
    return actions.stream().map(Laws::step).toList().toString();
  }
}
