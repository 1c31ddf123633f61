package io.svmi.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Combination;
import io.svmi.Diagnostic;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.GroupResult;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.PlanPolicy;
import io.svmi.QuestionResult;
import io.svmi.Rules;
import io.svmi.Score;
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

  /**
   * Law 1: evaluating twice, and on several threads at once, gives equal evaluations.
   *
   * @param model the model
   * @param assessment an assessment of the model
   * @throws AssessmentException if the assessment does not fit its model
   */
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

  static void requireSame(Evaluation first, Evaluation other, String what) {
    if (!first.equals(other) || !first.explanation().equals(other.explanation())) {
      throw new LawViolation(Law.DETERMINISM, what + " differs:\n  first: " + first + " " + first.plan()
          + "\n  then:  " + other + " " + other.plan());
    }
  }

  /**
   * Law 2: raising answers (to options of higher levels or, in score-based models, of higher
   * values) never lowers a question, a dimension, a group or the overall level, nor a dimension's,
   * a group's or the overall score.
   *
   * @param improvement the improvement
   * @throws AssessmentException if the assessment does not fit its model
   */
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
      if (lowered(b.present(), a.present()) || lowered(b.score(), a.score())) {
        throw new LawViolation(Law.MONOTONICITY, raised + ", dimension " + b.dimension().id() + " went from "
            + name(b.present()) + " to " + name(a.present()) + "\n  before: " + b.explanation() + "\n  after:  "
            + a.explanation());
      }
    }
    for (int i = 0; i < before.groups().size(); i++) {
      GroupResult b = before.groups().get(i);
      GroupResult a = after.groups().get(i);
      if (lowered(b.present(), a.present()) || lowered(b.score(), a.score())) {
        throw new LawViolation(Law.MONOTONICITY, raised + ", group " + b.group().id() + " went from "
            + name(b.present()) + " (" + b.score().map(Score::toString).orElse("no score") + ") to "
            + name(a.present()) + " (" + a.score().map(Score::toString).orElse("no score") + ")");
      }
    }
    if (lowered(before.present(), after.present()) || lowered(before.score(), after.score())) {
      throw new LawViolation(Law.MONOTONICITY, raised + ", the overall level went from " + name(before.present())
          + " to " + name(after.present()) + "\n  before: " + before.presentExplanation() + "\n  after:  "
          + after.presentExplanation());
    }
  }

  /** True when a level or score was known before and is lower (or gone) after. */
  private static <T extends Comparable<? super T>> boolean lowered(Optional<T> before, Optional<T> after) {
    return before.isPresent() && (after.isEmpty() || after.get().compareTo(before.get()) < 0);
  }

  /**
   * Law 3: each dimension's level lies between its lowest and highest applicable question level (no
   * level when no question counts), and the overall level between the lowest and highest dimension
   * level; likewise the computed overall target between the targets of the dimensions that have a
   * level (a dimension whose questions are all not applicable is left out, its target too). A model with no
   * overall level ({@code overall level = none}) has neither an overall level nor a target, and
   * one with {@code overall target = none} no target but the assessment's.
   *
   * @param e the evaluation
   */
  public static void bounds(Evaluation e) {
    for (DimensionResult d : e.dimensions()) {
      List<Level> counted = d.questions().stream().flatMap(q -> q.level().stream()).toList();
      if (d.combination() == Combination.STAGED) {
        checkStaged(d, e.model().scale().size() - 1);
        continue;
      }
      if (d.combination() == Combination.INDICATORS) {
        checkIndicators(d);
        continue;
      }
      checkBetween(d.present(), counted, "dimension " + d.dimension().id() + " (" + d.explanation() + ")",
          "its questions");
    }
    Rules rules = e.model().rules();
    if (!rules.hasOverallLevel() && (e.present().isPresent() || e.score().isPresent())) {
      throw new LawViolation(Law.BOUNDS, "the model has no overall level, yet the evaluation gives one: "
          + e.presentExplanation());
    }
    if (!rules.hasOverallTarget() && e.assessment().overallTarget().isEmpty()
        && (e.target().isPresent() || e.targetScore().isPresent())) {
      throw new LawViolation(Law.BOUNDS, "the model combines no overall target, yet the evaluation gives one: "
          + e.targetExplanation());
    }
    if (rules.hasOverallLevel()) {
      checkBetween(e.present(), e.dimensions().stream().flatMap(d -> d.present().stream()).toList(),
          "the overall level (" + e.presentExplanation() + ")", "the dimensions");
    }
    if (rules.hasOverallTarget() && e.assessment().overallTarget().isEmpty()) {
      // A dimension with no level is left out of the overall target as of the overall level,
      // even when the assessment gives it a target.
      checkBetween(e.target(),
          e.dimensions().stream().filter(d -> d.present().isPresent()).flatMap(d -> d.target().stream()).toList(),
          "the overall target (" + e.targetExplanation() + ")", "the targets of the dimensions that have a level");
    }
  }

  /**
   * Law 3 for a staged dimension, whose level is not bounded by its questions' levels: every
   * counted question placed at its level or below is met (at least at the level it is placed at),
   * and, below the top, some question placed at the level just above is not; no level when no
   * question counts.
   */
  private static void checkStaged(DimensionResult d, int top) {
    String what = "staged dimension " + d.dimension().id() + " (" + d.explanation() + ")";
    List<QuestionResult> counted = counted(d, what);
    if (counted.isEmpty()) {
      return;
    }
    int level = d.present().get().rank();
    boolean blocked = false;
    for (QuestionResult q : counted) {
      int at = q.question().at().orElseThrow().rank();
      boolean met = q.level().get().rank() >= at;
      if (at <= level && !met) {
        throw new LawViolation(Law.BOUNDS, what + " stands above question " + q.question().id() + ", which is not met");
      }
      blocked |= at == level + 1 && !met;
    }
    if (level < top && !blocked) {
      throw new LawViolation(Law.BOUNDS, what + " stands below the level above it, though every question there is met");
    }
  }

  /**
   * The questions of a dimension that have a level; law 3: the dimension has a level exactly when
   * some question counts.
   */
  private static List<QuestionResult> counted(DimensionResult d, String what) {
    List<QuestionResult> counted = d.questions().stream().filter(q -> q.level().isPresent()).toList();
    if (counted.isEmpty() != d.present().isEmpty()) {
      throw new LawViolation(Law.BOUNDS, what + (counted.isEmpty() ? " has a level though no question counts"
          : " has no level though questions count"));
    }
    return counted;
  }

  /** True when some dimension of the model is graded by indicators. */
  static boolean gradesByIndicators(MaturityModel model) {
    return model.dimensions().values().stream()
        .anyMatch(d -> d.combination().orElse(model.rules().dimensionLevel()) == Combination.INDICATORS);
  }

  /**
   * Law 3 for a dimension graded by indicators: at the lowest level when a counted question of the
   * lowest column holds (stands at the lowest level); otherwise, above the lowest level, every
   * counted question of its column is met, and no higher column has every question met; no level
   * when no question counts.
   */
  private static void checkIndicators(DimensionResult d) {
    String what = "dimension " + d.dimension().id() + " graded by indicators (" + d.explanation() + ")";
    List<QuestionResult> counted = counted(d, what);
    if (counted.isEmpty()) {
      return;
    }
    int level = d.present().get().rank();
    boolean holds = counted.stream()
        .anyMatch(q -> q.question().at().orElseThrow().rank() == 0 && q.level().get().rank() == 0);
    if (holds && level != 0) {
      throw new LawViolation(Law.BOUNDS, what + " is above the lowest level though an indicator of it holds");
    }
    java.util.Map<Integer, Boolean> columns = new java.util.TreeMap<>();
    for (QuestionResult q : counted) {
      int at = q.question().at().orElseThrow().rank();
      if (at > 0) {
        columns.merge(at, q.level().get().rank() >= at, Boolean::logicalAnd);
      }
    }
    if (level > 0 && !columns.getOrDefault(level, false)) {
      throw new LawViolation(Law.BOUNDS, what + " stands at a level whose column is not all met");
    }
    if (!holds && columns.entrySet().stream().anyMatch(c -> c.getKey() > level && c.getValue())) {
      throw new LawViolation(Law.BOUNDS, what + " stands below a column whose indicators are all met");
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
   * level and not above the level of the question's target answer; it is exactly one above under
   * {@code next level}; a question of a high-water ({@code highest of}) dimension steps only to
   * levels its options give (under {@code next level}, the next of them); for a question without a target answer, not above the dimension's target
   * under {@code up to target}. A question whose options give values (score-based models) is
   * planned once, to its {@code at} level, while its answer's value is below its target answer's
   * or, without one, short of full; without one, under {@code up to target} only when its
   * {@code at} level is not above the dimension's target.
   *
   * @param e the evaluation
   */
  public static void soundness(Evaluation e) {
    PlanPolicy policy = e.model().rules().actionPlan();
    Map<String, String> aims = e.assessment().targetAnswers();
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
      if (owner.get(a.questionId()).combination() == Combination.INDICATORS) {
        indicatorSoundness(a, q, owner.get(a.questionId()));
        continue;
      }
      // A valued question has one step, to its 'at' level (checked below), whatever the policy.
      if (policy == PlanPolicy.NEXT_LEVEL && to != nextStep(owner.get(a.questionId()), q, from)
          && !q.question().isValued()) {
        throw new LawViolation(Law.SOUNDNESS, "under next level, step " + step(a) + " is not the one just above "
            + q.level().get().name());
      }
      if (highWater(owner.get(a.questionId()), q) && !gives(q, a.level())) {
        throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " of a question in a high-water dimension is to a"
            + " level none of its options gives");
      }
      Optional<Option> aim = Optional.ofNullable(aims.get(a.questionId())).map(q.question().options()::get);
      Optional<Level> target = owner.get(a.questionId()).target();
      if (q.question().isValued()) {
        valuedSoundness(a, q, aim, policy, target);
      } else if (aim.isPresent()) {
        Level own = aim.get().level().orElseThrow();
        if (a.level().isAbove(own)) {
          throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " is above the level " + own.name()
              + " of the question's target answer '" + aim.get().id() + "'");
        }
      } else if (policy == PlanPolicy.UP_TO_TARGET && (target.isEmpty() || a.level().isAbove(target.get()))) {
        throw new LawViolation(Law.SOUNDNESS, "under up to target, step " + step(a) + " is above the target "
            + name(target) + " of dimension " + a.dimensionId());
      }
    }
  }

  /**
   * Law 4 for a dimension graded by indicators: a planned step is for a question of the lowest
   * column that holds, to the dimension's first column, or for a question not met, to its column.
   */
  private static void indicatorSoundness(Action a, QuestionResult q, DimensionResult d) {
    int at = q.question().at().orElseThrow().rank();
    int from = q.level().orElseThrow().rank();
    int first = d.dimension().questions().values().stream()
        .mapToInt(o -> o.at().orElseThrow().rank()).filter(r -> r > 0).min().orElse(1);
    boolean holding = at == 0 && from == 0 && a.level().rank() == first;
    boolean toMeet = at > 0 && from < at && a.level().rank() == at;
    if (!holding && !toMeet) {
      throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " of a dimension graded by indicators is neither"
          + " an indicator to meet, to its column, nor a lowest-column one that holds, to the first column ("
          + q.explanation() + ")");
    }
  }

  private static void valuedSoundness(Action a, QuestionResult q, Optional<Option> aim, PlanPolicy policy,
      Optional<Level> target) {
    if (!q.question().at().equals(Optional.of(a.level()))) {
      throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " of a valued question is not to its 'at' level "
          + q.question().at().map(Level::name).orElse("(none)"));
    }
    Optional<java.math.BigDecimal> value = q.answer().flatMap(Option::value);
    if (aim.isPresent()) {
      if (value.isPresent() && value.get().compareTo(aim.get().value().orElseThrow()) >= 0) {
        throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " is planned though the answer ("
            + q.explanation() + ") is not below the target answer '" + aim.get().id() + "'");
      }
    } else if (value.isPresent() && value.get().compareTo(q.question().fullValue()) >= 0) {
      throw new LawViolation(Law.SOUNDNESS, "step " + step(a) + " is planned though the question is done ("
          + q.explanation() + ")");
    } else if (policy == PlanPolicy.UP_TO_TARGET && (target.isEmpty() || a.level().isAbove(target.get()))) {
      throw new LawViolation(Law.SOUNDNESS, "under up to target, step " + step(a) + " is above the target "
          + name(target) + " of dimension " + a.dimensionId());
    }
  }

  /**
   * Law 5 (for models whose plan is {@code up to target}): answering every question with planned
   * steps at the lowest option at or above the highest level planned for it (targets and target
   * answers kept) brings every question with a target answer to that answer's level, and every
   * dimension none of whose questions has a target answer to at least its target; such a
   * dimension with a level and no step has reached its target already. When a question has no
   * option at or above that level the case is rejected with jqwik's {@link Assume} (not counted
   * as a try), as is a high-water ({@code highest of}) dimension none of whose questions with a
   * level has an option at its target: its plan steps each question only to levels its options
   * give, and none of them reaches that target.
   *
   * <p>For a score-based model the law is stated for SAMM-like models only (see {@link
   * ModelArbitrary#sammLike()}): taking every planned step answers a question with a target answer
   * with that answer, any other with full value; then every question with a target answer has
   * reached its value, every dimension none of whose questions has one has reached its target, and
   * nothing is left to plan. Throws {@link IllegalArgumentException} for another policy or a
   * score-based model that is not SAMM-like.
   *
   * @param e the evaluation
   * @throws AssessmentException if the assessment does not fit its model
   */
  public static void sufficiency(Evaluation e) throws AssessmentException {
    requireUpToTarget(e, Law.SUFFICIENCY);
    MaturityModel model = e.model();
    Map<String, String> aims = e.assessment().targetAnswers();
    if (model.isScoreBased()) {
      SammLike.problem(model).ifPresent(p -> {
        throw new IllegalArgumentException(Law.SUFFICIENCY + " is stated for score-based models only when they are"
            + " SAMM-like: " + p);
      });
    }
    for (DimensionResult d : e.dimensions()) {
      Assume.that(aimed(d, aims) || reachable(d));
      Optional<Level> reachable = reachableTarget(d, d.target(), model);
      if (!aimed(d, aims) && d.present().isPresent() && e.plan().forDimension(d.dimension().id()).isEmpty()
          && reachable.isPresent() && d.present().get().isBelow(reachable.get())) {
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
        Optional<Option> option = q.question().isValued()
            ? Optional.of(Optional.ofNullable(aims.get(q.question().id())).map(q.question().options()::get)
                .orElseGet(() -> full(q)))
            : lowestAtOrAbove(q, highest.get());
        Assume.that(option.isPresent());
        draft.answers.put(q.question().id(), option.get().id());
      }
    }
    Evaluation done = model.evaluate(draft.build());
    for (QuestionResult q : done.questions()) {
      String aim = aims.get(q.question().id());
      if (aim != null && q.level().isPresent()) {
        Option own = q.question().options().get(aim);
        Option answer = q.answer().orElse(own);
        boolean stillBelow = q.question().isValued()
            ? answer.value().orElseThrow().compareTo(own.value().orElseThrow()) < 0
            : q.level().get().isBelow(own.level().orElseThrow());
        if (stillBelow) {
          throw new LawViolation(Law.SUFFICIENCY, "after every planned step, question " + q.question().id()
              + " is still below its target answer '" + aim + "' (" + q.explanation() + ")");
        }
      }
    }
    for (DimensionResult d : done.dimensions()) {
      Optional<Level> target = d.target();
      target = reachableTarget(d, target, model);
      if (!aimed(d, aims) && target.isPresent() && d.present().isPresent() && d.present().get().isBelow(target.get())) {
        throw new LawViolation(Law.SUFFICIENCY, "after every planned step, dimension " + d.dimension().id()
            + " is " + d.present().get().name() + ", still below its target " + target.get().name() + " ("
            + d.explanation() + ")");
      }
    }
    if (model.isScoreBased() && !done.plan().isEmpty()) {
      throw new LawViolation(Law.SUFFICIENCY, "after every planned step, steps are still planned: "
          + steps(done.plan().actions()));
    }
  }

  /**
   * The target a plan can reach: a dimension graded by indicators reaches no further than its
   * highest column, and no further than the highest column of its counted questions.
   */
  private static Optional<Level> reachableTarget(DimensionResult d, Optional<Level> target, MaturityModel model) {
    if (d.combination() != Combination.INDICATORS) {
      return target;
    }
    int highest = d.questions().stream().filter(q -> q.level().isPresent())
        .mapToInt(q -> q.question().at().orElseThrow().rank()).max().orElse(0);
    return target.map(t -> t.rank() > highest ? model.scale().atRank(highest) : t);
  }

  /**
   * Whether a high-water ({@code highest of}) dimension's target can be reached by its plan: some
   * question with a level has an option at the target (its plan steps only to its options' levels,
   * none above the target). Every other dimension's can.
   */
  private static boolean reachable(DimensionResult d) {
    if (d.combination() != Combination.HIGHEST || d.target().isEmpty() || d.present().isEmpty()) {
      return true;
    }
    Level target = d.target().get();
    return !d.present().get().isBelow(target)
        || d.questions().stream().anyMatch(q -> q.level().isPresent() && gives(q, target));
  }

  /** A leveled question of a high-water dimension: the plan steps it only to its options' levels. */
  private static boolean highWater(DimensionResult d, QuestionResult q) {
    return d.combination() == Combination.HIGHEST && !q.question().isValued();
  }

  /** Whether one of the question's options gives the level. */
  private static boolean gives(QuestionResult q, Level level) {
    return q.question().options().values().stream().anyMatch(o -> o.level().equals(Optional.of(level)));
  }

  /**
   * The rank {@code next level} steps a question to from {@code from}: the one above, or in a
   * high-water dimension the next level one of its options gives.
   */
  private static int nextStep(DimensionResult d, QuestionResult q, int from) {
    if (!highWater(d, q)) {
      return from + 1;
    }
    return q.question().options().values().stream().flatMap(o -> o.level().stream()).mapToInt(Level::rank)
        .filter(r -> r > from).min().orElse(-1);
  }

  /** Whether any question of the dimension has a target answer. */
  private static boolean aimed(DimensionResult d, Map<String, String> aims) {
    return d.questions().stream().anyMatch(q -> aims.containsKey(q.question().id()));
  }

  /** The valued question's first option of full value. */
  private static Option full(QuestionResult q) {
    return q.question().options().values().stream()
        .filter(o -> o.value().isPresent() && o.value().get().compareTo(q.question().fullValue()) >= 0)
        .findFirst().orElseThrow();
  }

  /**
   * Law 6 (for models whose plan is {@code up to target}): for each question, the steps planned to
   * reach the targets are the steps planned to reach the given middle levels (one per dimension, at
   * most its target; target answers kept) followed by the steps planned from there to the targets:
   * questions without a target answer below the middle answered at it, questions below their target
   * answer answered with it. So every step of a question with a target answer falls in the first
   * part. A question with no option at its middle level rejects the case ({@link Assume}).
   *
   * @param middles the evaluation and its middle levels
   * @throws AssessmentException if the assessment does not fit its model
   */
  public static void composition(MiddleLevels middles) throws AssessmentException {
    composition(middles.evaluation(), middles.levels());
  }

  /**
   * Law 6 for an evaluation and middle levels by dimension id; see {@link #composition(MiddleLevels)}.
   *
   * @param e the evaluation
   * @param middles a middle level for each dimension with a present level and a target, by dimension id
   * @throws AssessmentException if the assessment does not fit its model
   */
  public static void composition(Evaluation e, Map<String, Level> middles) throws AssessmentException {
    requireUpToTarget(e, Law.COMPOSITION);
    MaturityModel model = e.model();
    Map<String, String> aims = e.assessment().targetAnswers();
    Draft toMiddle = Draft.of(e.assessment());
    toMiddle.targets.clear();
    Draft fromMiddle = Draft.of(e.assessment());
    keepTargets(e, fromMiddle);
    for (QuestionResult q : e.questions()) {
      String aim = aims.get(q.question().id());
      if (aim != null && ImprovementArbitrary.isBelow(q, q.question().options().get(aim))) {
        fromMiddle.answers.put(q.question().id(), aim);
      }
    }
    for (DimensionResult d : e.dimensions()) {
      Level middle = middles.get(d.dimension().id());
      if (middle == null) {
        d.target().ifPresent(t -> toMiddle.targets.put(d.dimension().id(), t.id()));
        continue;
      }
      toMiddle.targets.put(d.dimension().id(), middle.id());
      for (QuestionResult q : d.questions()) {
        if (aims.containsKey(q.question().id())) {
          continue;
        }
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
    java.util.Set<String> graded = new HashSet<>();
    e.dimensions().stream().filter(d -> d.combination() == Combination.INDICATORS)
        .forEach(d -> d.questions().forEach(q -> graded.add(q.question().id())));
    for (QuestionResult q : e.questions()) {
      String id = q.question().id();
      if (graded.contains(id)) {
        continue;   // not stated for outcomes graded by indicators (see LawScope)
      }
      if (aims.containsKey(id) && !of(second, id).isEmpty()) {
        throw new LawViolation(Law.COMPOSITION, "question " + id + " has target answer '" + aims.get(id)
            + "', yet with middle levels " + names(middles) + " the plan from the middle has steps for it "
            + steps(of(second, id)));
      }
      List<Action> expected = new ArrayList<>(of(first, id));
      expected.addAll(of(second, id));
      if (!of(whole, id).equals(expected)) {
        throw new LawViolation(Law.COMPOSITION, "for question " + id + " with middle levels " + names(middles)
            + ", the plan to the target is " + steps(of(whole, id)) + " but to the middle "
            + steps(of(first, id)) + " then on to the target " + steps(of(second, id)));
      }
    }
  }

  /**
   * Law 7: the plan is in (dimension, level, question) model order, without duplicate steps.
   *
   * @param e the evaluation
   */
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
   *
   * @param model the model
   * @param sheet the answer sheet
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

  /**
   * Law 9: an assessment built for another model gives an E0408 diagnostic, nothing else.
   *
   * @param model the model
   * @param foreign an assessment of another model
   */
  public static void totality(MaturityModel model, Assessment foreign) {
    try {
      model.evaluate(foreign);
    } catch (AssessmentException ex) {
      checkAssessmentDiagnostics(ex);
    } catch (RuntimeException | Error ex) {
      throw new LawViolation(Law.TOTALITY, "evaluating an assessment of another model threw " + ex, ex);
    }
  }

  static void checkAssessmentDiagnostics(AssessmentException ex) {
    // Past the builder's cap (50), one E0107 last says how many more were left out: a model of many
    // questions (the CAF's 121 indicators) gets there with a sheet of bad ids.
    List<Diagnostic> all = ex.diagnostics();
    boolean capped = !all.isEmpty() && all.get(all.size() - 1).code() == io.svmi.DiagnosticCode.E0107;
    List<Diagnostic> assessment = capped ? all.subList(0, all.size() - 1) : all;
    if (assessment.isEmpty()
        || !assessment.stream().allMatch(d -> d.isError() && d.code().name().startsWith("E04"))) {
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
