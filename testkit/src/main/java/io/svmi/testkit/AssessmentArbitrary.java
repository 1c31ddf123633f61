package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.Scale;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Valid assessments of one model, as a jqwik {@link Arbitrary}: an option per question (or none,
 * now and then, when the model counts unanswered questions as a level), targets for some
 * dimensions, sometimes an overall target, and with {@link #withTargetAnswers()} target answers
 * for some questions. A failing assessment shrinks towards every question at its first option,
 * none left out, no target, no target answer. Each setting returns a new arbitrary.
 */
public final class AssessmentArbitrary extends ArbitraryDecorator<Assessment> {
  private static final int CHOICES = 10_000;

  private final MaturityModel model;
  private final boolean complete;
  private final boolean notApplicable;
  private final TargetChoice targets;
  private final boolean overallTarget;
  private final boolean targetAnswers;

  private AssessmentArbitrary(MaturityModel model, boolean complete, boolean notApplicable, TargetChoice targets,
      boolean overallTarget, boolean targetAnswers) {
    this.model = model;
    this.complete = complete;
    this.notApplicable = notApplicable;
    this.targets = targets;
    this.overallTarget = overallTarget;
    this.targetAnswers = targetAnswers;
  }

  static AssessmentArbitrary of(MaturityModel model) {
    Optional<Question> optionless =
        model.questions().values().stream().filter(q -> q.options().isEmpty()).findFirst();
    checkArgument(optionless.isEmpty() || !model.rules().unanswered().isError(),
        "model '%s' has no valid assessment: question %s has no option and unanswered questions are errors",
        model.name(), optionless.map(Question::id).orElse(""));
    return new AssessmentArbitrary(model, false, false, TargetChoice.ANY, false, false);
  }

  /**
   * Every question with options answered, even when the model would count an unanswered one as a level.
   *
   * @return a new arbitrary with this setting
   */
  public AssessmentArbitrary complete() {
    return new AssessmentArbitrary(model, true, notApplicable, targets, overallTarget, targetAnswers);
  }

  /**
   * At least one not-applicable answer, and many more than by chance. The model must have a
   * not-applicable option.
   *
   * @return a new arbitrary with this setting
   */
  public AssessmentArbitrary withNotApplicable() {
    checkArgument(hasNotApplicable(model), "model '%s' has no not-applicable option", model.name());
    return new AssessmentArbitrary(model, complete, true, targets, overallTarget, targetAnswers);
  }

  /**
   * Every dimension with a level aims above it (at the top level when it is there already).
   *
   * @return a new arbitrary with this setting
   */
  public AssessmentArbitrary targetsAbovePresent() {
    return new AssessmentArbitrary(model, complete, notApplicable, TargetChoice.ABOVE_PRESENT, overallTarget,
        targetAnswers);
  }

  /**
   * Every dimension with a level aims at it, given explicitly.
   *
   * @return a new arbitrary with this setting
   */
  public AssessmentArbitrary targetsAtPresent() {
    return new AssessmentArbitrary(model, complete, notApplicable, TargetChoice.AT_PRESENT, overallTarget,
        targetAnswers);
  }

  /**
   * Every dimension with a level aims below it (at the lowest level when it is there already).
   *
   * @return a new arbitrary with this setting
   */
  public AssessmentArbitrary targetsBelowPresent() {
    return new AssessmentArbitrary(model, complete, notApplicable, TargetChoice.BELOW_PRESENT, overallTarget,
        targetAnswers);
  }

  /**
   * No target given: every dimension keeps its present level as its target.
   *
   * @return a new arbitrary with this setting
   */
  public AssessmentArbitrary withoutTargets() {
    return new AssessmentArbitrary(model, complete, notApplicable, TargetChoice.NONE, overallTarget, targetAnswers);
  }

  /**
   * Always an overall target (by default, only sometimes); never in a model with no overall level
   * ({@code overall level = none}), which takes none.
   *
   * @return a new arbitrary with this setting
   */
  public AssessmentArbitrary withOverallTarget() {
    return new AssessmentArbitrary(model, complete, notApplicable, targets, true, targetAnswers);
  }

  /**
   * Target answers (the option a question aims for) for about two questions in five: an option
   * above the present answer, the same or another at its level or value, or one below, in about
   * equal parts (any other when there is none such), never a not-applicable option. A question
   * left unanswered or answered not applicable may get one too. Target answers change no level:
   * only the plan (see "Targets per question" in docs/language.md).
   *
   * @return a new arbitrary with this setting
   */
  public AssessmentArbitrary withTargetAnswers() {
    return new AssessmentArbitrary(model, complete, notApplicable, targets, overallTarget, true);
  }

  /**
   * Where an option stands among its question's options: its level's rank, or its value; empty
   * for a not-applicable option.
   */
  static Optional<BigDecimal> standing(Option o) {
    return o.level().map(l -> BigDecimal.valueOf(l.rank())).or(o::value);
  }

  static boolean hasNotApplicable(MaturityModel model) {
    return model.questions().values().stream()
        .anyMatch(q -> q.options().values().stream().anyMatch(Option::isNotApplicable));
  }

  /**
   * At most {@value SvmiArbitraries#EDGE_CASES} edge cases, so that a property's edge cases never
   * outnumber its tries (jqwik then logs a line for every such property).
   *
   * @param maxEdgeCases the most edge cases jqwik asks for
   * @return the first of the edge cases the arbitrary would give
   */
  @Override
  public EdgeCases<Assessment> edgeCases(int maxEdgeCases) {
    return super.edgeCases(Math.min(maxEdgeCases, SvmiArbitraries.EDGE_CASES));
  }

  @Override
  protected Arbitrary<Assessment> arbitrary() {
    int questions = model.questions().size();
    boolean mayLeaveOut = !complete && !model.rules().unanswered().isError();
    Arbitrary<List<Boolean>> leftOut = mayLeaveOut
        ? ModelArbitrary.chance(15).list().ofSize(questions)
        : Arbitraries.just(Collections.nCopies(questions, false));
    Arbitrary<List<Boolean>> preferNotApplicable = notApplicable
        ? ModelArbitrary.chance(50).list().ofSize(questions)
        : Arbitraries.just(Collections.nCopies(questions, false));
    Arbitrary<List<Optional<Integer>>> targetChoices =
        choice().optional(targets == TargetChoice.ANY ? 0.5 : 1.0).list().ofSize(model.dimensions().size());
    Arbitrary<Optional<Integer>> overall = choice().optional(overallTarget ? 1.0 : 0.2);
    Arbitrary<List<Optional<Integer>>> aims = targetAnswers
        ? choice().optional(0.4).list().ofSize(questions)
        : Arbitraries.just(Collections.nCopies(questions, Optional.empty()));
    Arbitrary<Boolean> profile = model.profiles().isEmpty() || targets != TargetChoice.ANY
        ? Arbitraries.just(false) : ModelArbitrary.chance(50);
    return Combinators.combine(choice().list().ofSize(questions), leftOut, preferNotApplicable, choice(),
            targetChoices, overall, aims, profile)
        .as(this::build);
  }

  private static Arbitrary<Integer> choice() {
    return Arbitraries.integers().between(0, CHOICES - 1);
  }

  private Assessment build(List<Integer> picks, List<Boolean> leftOut, List<Boolean> preferNotApplicable,
      int forced, List<Optional<Integer>> targetChoices, Optional<Integer> overall, List<Optional<Integer>> aims,
      boolean profile) {
    Draft draft = Draft.empty(model);
    if (profile) {
      draft.profile = Optional.of(model.profiles().keySet().iterator().next());   // its targets beside any drawn
    }
    List<Question> questions = model.questions().values().asList();
    List<Question> withNotApplicable = questions.stream()
        .filter(q -> q.options().values().stream().anyMatch(Option::isNotApplicable)).toList();
    @Nullable Question forcedNotApplicable = notApplicable ? withNotApplicable.get(forced % withNotApplicable.size()) : null;
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      List<Option> options = q.options().values().asList();
      if (q != forcedNotApplicable && (options.isEmpty() || leftOut.get(i))) {
        continue;
      }
      List<Option> na = options.stream().filter(Option::isNotApplicable).toList();
      boolean pickNotApplicable = q == forcedNotApplicable || (preferNotApplicable.get(i) && !na.isEmpty());
      List<Option> from = pickNotApplicable ? na : options;
      draft.answers.put(q.id(), from.get(picks.get(i) % from.size()).id());
    }
    for (int i = 0; i < questions.size(); i++) {
      int index = i;
      aims.get(i).filter(aim -> !gradedByIndicators(model, questions.get(index)))
          .flatMap(aim -> targetAnswer(questions.get(index), draft, aim))
          .ifPresent(o -> draft.targetAnswers.put(questions.get(index).id(), o.id()));
    }
    Scale scale = model.scale();
    int top = scale.size() - 1;
    List<String> dimensions = model.dimensions().keySet().asList();
    if (targets == TargetChoice.ANY) {
      for (int i = 0; i < dimensions.size(); i++) {
        String dimension = dimensions.get(i);
        targetChoices.get(i).ifPresent(t -> draft.targets.put(dimension, scale.atRank(t % (top + 1)).id()));
      }
    } else if (targets != TargetChoice.NONE) {
      List<DimensionResult> results = evaluate(draft.build()).dimensions();
      for (int i = 0; i < results.size(); i++) {
        DimensionResult r = results.get(i);
        if (r.present().isEmpty()) {
          continue;
        }
        int p = r.present().get().rank();
        int c = targetChoices.get(i).orElse(0);
        int t = switch (targets) {
          case ABOVE_PRESENT -> p == top ? top : p + 1 + c % (top - p);
          case BELOW_PRESENT -> p == 0 ? 0 : c % p;
          default -> p;
        };
        draft.targets.put(r.dimension().id(), scale.atRank(t).id());
      }
    }
    overall.filter(o -> model.rules().hasOverallLevel()).ifPresent(o -> draft.overallTarget = Optional.of(scale.atRank(o % (top + 1)).id()));
    return draft.build();
  }

  /**
   * A target answer for the question: {@code aim % 3} says above (0), at (1) or below (2) its
   * answer, {@code aim / 3} which such option; any option when there is none such.
   */
  /** A question of a dimension graded by indicators has no target answer: its outcome's target rules. */
  private static boolean gradedByIndicators(MaturityModel model, Question q) {
    return model.dimensions().values().stream()
        .filter(d -> d.questions().containsKey(q.id()))
        .anyMatch(d -> d.combination().orElse(model.rules().dimensionLevel()) == io.svmi.Combination.INDICATORS);
  }

  private static Optional<Option> targetAnswer(Question q, Draft draft, int aim) {
    List<Option> candidates = q.options().values().stream().filter(o -> !o.isNotApplicable()).toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    @Nullable String answer = draft.answers.get(q.id());
    Optional<BigDecimal> present = answer == null ? Optional.empty() : standing(q.options().get(answer));
    if (present.isPresent()) {
      int direction = 1 - aim % 3; // 1 above, 0 at, -1 below
      List<Option> such = candidates.stream()
          .filter(o -> Integer.signum(standing(o).orElseThrow().compareTo(present.get())) == direction)
          .toList();
      if (!such.isEmpty()) {
        candidates = such;
      }
    }
    return Optional.of(candidates.get(aim / 3 % candidates.size()));
  }

  private Evaluation evaluate(Assessment a) {
    try {
      return model.evaluate(a);
    } catch (AssessmentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
