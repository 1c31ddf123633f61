package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.svmi.Combination;
import io.svmi.MaturityModel;
import io.svmi.PlanPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Valid maturity models, as a jqwik {@link Arbitrary}: by default ordinal models (levels from
 * options) of 1–12 levels, 1–15 dimensions and 1–8 questions per dimension, with every ordinal
 * combination and every plan policy, unanswered questions as errors or as a level, per-dimension
 * overrides, question and dimension weights, not-applicable options and action texts (some steps
 * without). Every question has an option with a level. Failing models shrink to fewer levels,
 * dimensions, questions and options.
 *
 * <p>Each setting returns a new arbitrary; this one is not changed. Ids are plain ({@code l0},
 * {@code D1}, {@code D1Q1}, {@code o0}) unless {@link #withAwkwardNames()}.
 */
public final class ModelArbitrary extends ArbitraryDecorator<MaturityModel> {
  private static final ImmutableList<BigDecimal> WEIGHTS =
      ImmutableList.of("1", "2", "0.5", "3", "1.25", "0.000001", "1000000").stream()
          .map(BigDecimal::new)
          .collect(ImmutableList.toImmutableList());

  private static final ImmutableList<Combination> ALL = ImmutableList.copyOf(Combination.values());

  /**
   * Combinations over dimensions (and groups): every one but the sum of means by level, staged and
   * indicators.
   */
  private static final ImmutableList<Combination> OVER_DIMENSIONS = ALL.stream()
      .filter(c -> c != Combination.SUM_OF_MEANS_BY_LEVEL && c != Combination.STAGED && c != Combination.INDICATORS)
      .collect(ImmutableList.toImmutableList());

  /** The settings; copied by each setter, never changed after an arbitrary holds them. */
  private static final class Shape implements Cloneable {
    int minLevels = 1;
    int maxLevels = 12;
    int minDimensions = 1;
    int maxDimensions = 15;
    int minQuestions = 1;
    int maxQuestions = 8;
    /** Ordinal models use those not read by thresholds; score-based models use them all. */
    ImmutableList<Combination> combinations = ALL;
    ImmutableList<PlanPolicy> policies = ImmutableList.copyOf(PlanPolicy.values());
    boolean unansweredError = true;
    boolean unansweredLevel = true;
    boolean notApplicable = true;
    boolean overrides = true;
    boolean weights = true;
    boolean everyLevelAnswerable = false;
    boolean ordinal = true;
    boolean scoreBased = false;
    boolean sammLike = false;
    boolean awkwardNames = false;
    boolean examples = false;
    boolean questionsWithoutOptions = false;

    Shape copy() {
      try {
        return (Shape) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Shape shape;

  private ModelArbitrary(Shape shape) {
    this.shape = shape;
  }

  static ModelArbitrary defaults() {
    return new ModelArbitrary(new Shape());
  }

  private ModelArbitrary with(Consumer<Shape> change) {
    Shape s = shape.copy();
    change.accept(s);
    return new ModelArbitrary(s);
  }

  /**
   * Between min and max levels (at least 1).
   *
   * @param min the fewest
   * @param max the most
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary levels(int min, int max) {
    checkArgument(1 <= min && min <= max, "levels: need 1 <= min <= max, got %s..%s", min, max);
    return with(s -> {
      s.minLevels = min;
      s.maxLevels = max;
    });
  }

  /**
   * Between min and max dimensions (0 allowed: a model without dimensions is valid).
   *
   * @param min the fewest
   * @param max the most
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary dimensions(int min, int max) {
    checkArgument(0 <= min && min <= max, "dimensions: need 0 <= min <= max, got %s..%s", min, max);
    return with(s -> {
      s.minDimensions = min;
      s.maxDimensions = max;
    });
  }

  /**
   * Between min and max questions in each dimension (0 allowed).
   *
   * @param min the fewest
   * @param max the most
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary questionsPerDimension(int min, int max) {
    checkArgument(0 <= min && min <= max, "questions: need 0 <= min <= max, got %s..%s", min, max);
    return with(s -> {
      s.minQuestions = min;
      s.maxQuestions = max;
    });
  }

  /**
   * Only these combinations, for dimension levels, overrides, overall level and overall target
   * (and group levels). Ordinal models take those not read by thresholds ({@code lowest} …
   * {@code weighted mean rounded to nearest}); score-based models take them all, but {@code sum of
   * means by level} only for dimension levels. Generating fails with a clear message when a kind
   * of model asked for is left with none.
   *
   * @param combinations the combination rules the models may use
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary combinations(Combination... combinations) {
    checkArgument(combinations.length > 0, "at least one combination");
    return with(s -> s.combinations = ImmutableList.copyOf(combinations));
  }

  /**
   * Only these action-plan policies.
   *
   * @param policies the action-plan policies the models may use
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary actionPlans(PlanPolicy... policies) {
    checkArgument(policies.length > 0, "at least one policy");
    return with(s -> s.policies = ImmutableList.copyOf(policies));
  }

  /**
   * Models where an unanswered question is an error (never a level).
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary unansweredIsError() {
    return with(s -> {
      s.unansweredError = true;
      s.unansweredLevel = false;
    });
  }

  /**
   * Models where an unanswered question counts as some level (never an error).
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary unansweredAsLevel() {
    return with(s -> {
      s.unansweredError = false;
      s.unansweredLevel = true;
    });
  }

  /**
   * No not-applicable options.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary withoutNotApplicable() {
    return with(s -> s.notApplicable = false);
  }

  /**
   * No per-dimension override of the dimension rule.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary withoutOverrides() {
    return with(s -> s.overrides = false);
  }

  /**
   * Every weight 1.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary withoutWeights() {
    return with(s -> s.weights = false);
  }

  /**
   * Every question has an option at every level, so any question can be moved to any level.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary everyLevelAnswerable() {
    return with(s -> s.everyLevelAnswerable = true);
  }

  /**
   * Score-based models half of the time: levels with thresholds, options with values, questions
   * at levels, every combination (the sum of means by level over questions only), groups of
   * dimensions half of the time, {@code between levels = plus} about a third of the time. {@link ModelLaws} says which laws are stated for them.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary withScoreBasedModels() {
    return with(s -> s.scoreBased = true);
  }

  /**
   * Score-based models only (see {@link #withScoreBasedModels()}): for checks of the score path.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary onlyScoreBasedModels() {
    return with(s -> {
      s.scoreBased = true;
      s.ordinal = false;
    });
  }

  /**
   * SAMM-like score-based models only, those for which law 5 (sufficiency) is stated for
   * score-based models: levels from 0, 1, 2, 3; dimension level {@code sum of means by level}
   * with no override; action plan {@code up to target}; 3–8 questions per dimension (or as
   * {@link #questionsPerDimension} says, at least 3), at levels 1, 2, 3 in turn, so that every
   * dimension has a question at each; answers worth 0, 0.25, 0.5 or 1, each question with one
   * worth 1, no not-applicable option. Overall, overall target and group rules, groups, weights
   * and texts vary as for {@link #onlyScoreBasedModels()}.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary sammLike() {
    return with(s -> {
      s.scoreBased = true;
      s.ordinal = false;
      s.sammLike = true;
      s.minLevels = 4;
      s.maxLevels = 4;
      s.minQuestions = Math.max(3, s.minQuestions);
      s.maxQuestions = Math.max(s.minQuestions, s.maxQuestions);
    });
  }

  /**
   * Ids that are keywords of the language or odd but valid identifiers, names and texts with
   * quotes, backslashes, line breaks, tabs, '#', non-ASCII and any other characters, a version,
   * and weights and values with many digits: models that stress a printer and a compiler.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary withAwkwardNames() {
    return with(s -> s.awkwardNames = true);
  }

  /**
   * Up to two {@code example} blocks in models whose questions can all be answered: an assessment
   * (with target answers) that fits the model and expectations of anything (levels or no level,
   * exact scores, dimensions, groups, questions, overall, targets, actions), not necessarily what
   * the model gives.
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary withExamples() {
    return with(s -> s.examples = true);
  }

  /**
   * Some questions without any option (valid, though such a question can never be answered).
   *
   * @return a new arbitrary with this setting
   */
  public ModelArbitrary withQuestionsWithoutOptions() {
    return with(s -> s.questionsWithoutOptions = true);
  }

  /**
   * At most {@value SvmiArbitraries#EDGE_CASES} edge cases, so that a property's edge cases never
   * outnumber its tries (jqwik then logs a line for every such property).
   *
   * @param maxEdgeCases the most edge cases jqwik asks for
   * @return the first of the edge cases the arbitrary would give
   */
  @Override
  public EdgeCases<MaturityModel> edgeCases(int maxEdgeCases) {
    return super.edgeCases(Math.min(maxEdgeCases, SvmiArbitraries.EDGE_CASES));
  }

  @Override
  protected Arbitrary<MaturityModel> arbitrary() {
    if (shape.ordinal) {
      checkArgument(!ordinalCombinations().isEmpty(),
          "%s: every one is read by thresholds, which ordinal models cannot use; add onlyScoreBasedModels()",
          shape.combinations.stream().map(Combination::words).toList());
    }
    if (shape.ordinal) {
      checkArgument(ordinalCombinations().stream().anyMatch(OVER_DIMENSIONS::contains),
          "ordinal models need a combination other than 'staged' and 'indicators' for their overall level");
    }
    if (shape.sammLike) {
      checkArgument(shape.minQuestions >= 3, "SAMM-like models need at least 3 questions per dimension, got %s",
          shape.minQuestions);
    }
    if (shape.scoreBased) {
      checkArgument(!overDimensions().isEmpty(),
          "score-based models need a combination other than 'sum of means by level', 'staged' and 'indicators' for their"
              + " overall level");
    }
    Arbitrary<ModelBlueprint> blueprints = !shape.scoreBased ? blueprint(false)
        : shape.ordinal ? Arbitraries.oneOf(blueprint(false), blueprint(true))
        : shape.sammLike ? blueprint(true).map(ModelBlueprint::sammLike)
        : blueprint(true);
    if (!shape.examples) {
      return blueprints.map(ModelBlueprint::build);
    }
    return blueprints.flatMap(bp -> {
      MaturityModel model = bp.build();
      return !answerable(model)
          ? Arbitraries.just(model)
          : ExampleDrafts.examples(model, bp.levelIds(), text()).map(bp::build);
    });
  }

  private ImmutableList<Combination> ordinalCombinations() {
    return shape.combinations.stream().filter(c -> !c.needsThresholds()).collect(ImmutableList.toImmutableList());
  }

  /** The chosen combinations that can combine dimensions (and groups). */
  private ImmutableList<Combination> overDimensions() {
    return shape.combinations.stream().filter(OVER_DIMENSIONS::contains).collect(ImmutableList.toImmutableList());
  }

  /** Whether every question can be answered, or left out. */
  private static boolean answerable(MaturityModel m) {
    return m.rules().unanswered().level().isPresent()
        || m.questions().values().stream().noneMatch(q -> q.options().isEmpty());
  }

  private Arbitrary<ModelBlueprint> blueprint(boolean score) {
    Shape s = shape;
    return Arbitraries.integers().between(s.minLevels, s.maxLevels).flatMap(n -> {
      Arbitrary<ModelBlueprint.LevelPart> level =
          Combinators.combine(id(), text(), value()).as(ModelBlueprint.LevelPart::new);
      Arbitrary<Optional<String>> version = s.awkwardNames ? text().optional() : Arbitraries.just(Optional.empty());
      // Now and then a target profile, its targets drawn per dimension (-1: none).
      Arbitrary<Optional<List<Integer>>> profile =
          Arbitraries.integers().between(-1, n - 1).list().ofMaxSize(s.maxDimensions).optional(0.3);
      return Combinators.combine(text(), version, level.list().ofSize(n), rules(n, score),
              dimension(n, score).list().ofMinSize(s.minDimensions).ofMaxSize(s.maxDimensions), chance(25), chance(20),
              profile)
          .as((name, v, levels, rules, dimensions, shared, translated, p) ->
              new ModelBlueprint(name, v, score, levels, rules, dimensions, shared, translated, p));
    });
  }

  private Arbitrary<ModelBlueprint.Rules> rules(int levels, boolean score) {
    Shape s = shape;
    Arbitrary<Integer> anyLevel = Arbitraries.integers().between(0, levels - 1);
    Arbitrary<Optional<Integer>> unanswered;
    if (s.unansweredLevel && s.unansweredError) {
      unanswered = anyLevel.optional(0.3);
    } else if (s.unansweredLevel) {
      unanswered = anyLevel.map(Optional::of);
    } else {
      unanswered = Arbitraries.just(Optional.empty());
    }
    if (score) {
      Arbitrary<Combination> overDimensions = Arbitraries.of(overDimensions());
      return Combinators.combine(Arbitraries.of(s.combinations), overDimensions, overDimensions,
              overDimensions.optional(0.5), Arbitraries.of(s.policies), unanswered, chance(30), overall())
          .as((d, o, t, g, p, u, plus, all) -> new ModelBlueprint.Rules(d, o, t, g, p, u, plus, all));
    }
    Arbitrary<Combination> combination = Arbitraries.of(ordinalCombinations());
    Arbitrary<Combination> overDimensions = Arbitraries.of(ordinalCombinations().stream()
        .filter(OVER_DIMENSIONS::contains).collect(ImmutableList.toImmutableList()));
    return Combinators.combine(combination, overDimensions, overDimensions, Arbitraries.of(s.policies), unanswered,
            overall())
        .as((d, o, t, p, u, all) -> new ModelBlueprint.Rules(d, o, t, Optional.empty(), p, u, false, all));
  }

  /** Mostly an overall level and target; sometimes no overall target rule, or no overall level. */
  private static Arbitrary<ModelBlueprint.Overall> overall() {
    return Arbitraries.frequency(
        Tuple.of(80, ModelBlueprint.Overall.GRADED),
        Tuple.of(10, ModelBlueprint.Overall.NO_TARGET),
        Tuple.of(10, ModelBlueprint.Overall.NONE));
  }

  private Arbitrary<ModelBlueprint.DimensionPart> dimension(int levels, boolean score) {
    Shape s = shape;
    Arbitrary<Optional<Combination>> override = !s.overrides
        ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(score ? s.combinations : ordinalCombinations()).optional(score ? 0.33 : 0.25);
    return Combinators.combine(id(), text(), weight(), override, chance(50), text(),
            question(levels, score).list().ofMinSize(s.minQuestions).ofMaxSize(s.maxQuestions))
        .as(ModelBlueprint.DimensionPart::new);
  }

  private Arbitrary<ModelBlueprint.QuestionPart> question(int levels, boolean score) {
    Arbitrary<List<Optional<String>>> actions = text().optional(score ? 0.5 : 0.8).list().ofSize(levels - 1);
    Arbitrary<Integer> anyLevel = Arbitraries.integers().between(0, levels - 1);
    if (score) {
      Arbitrary<ModelBlueprint.OptionPart> option = Combinators.combine(chance(20), id(), text(), value())
          .as((na, id, text, value) -> new ModelBlueprint.OptionPart(id, text, na ? -1 : 0, value));
      return Combinators.combine(id(), text(), weight(), anyLevel, option.list().ofMinSize(shape.questionsWithoutOptions ? 0 : 1).ofMaxSize(4), actions,
              chance(50))
          .as(ModelBlueprint.QuestionPart::new);
    }
    // 'at' places the question of a staged dimension, or the indicator of a dimension graded by
    // indicators, at a level (ignored elsewhere in ordinal models); half the questions of a dimension
    // graded by indicators are indicators.
    return Combinators.combine(id(), text(), weight(), anyLevel, options(levels), actions, chance(50))
        .as(ModelBlueprint.QuestionPart::new);
  }

  /** An option at each level or not (at one level at least), and sometimes a not-applicable one. */
  private Arbitrary<List<ModelBlueprint.OptionPart>> options(int levels) {
    Shape s = shape;
    Arbitrary<Boolean> present = s.everyLevelAnswerable ? Arbitraries.just(true) : chance(50);
    Arbitrary<List<ModelBlueprint.OptionPart>> atLevels = Combinators.combine(present, id(), text())
        .as((p, id, text) -> p ? Optional.of(new ModelBlueprint.OptionPart(id, text, 0, BigDecimal.ZERO))
            : Optional.<ModelBlueprint.OptionPart>empty())
        .list().ofSize(levels)
        .map(slots -> {
          List<ModelBlueprint.OptionPart> out = new ArrayList<>();
          for (int r = 0; r < slots.size(); r++) {
            int level = r;
            slots.get(r).ifPresent(o -> out.add(new ModelBlueprint.OptionPart(o.id(), o.text(), level, o.value())));
          }
          return out;
        });
    Arbitrary<Optional<ModelBlueprint.OptionPart>> notApplicable = !s.notApplicable
        ? Arbitraries.just(Optional.empty())
        : Combinators.combine(id(), text()).as((id, text) -> new ModelBlueprint.OptionPart(id, text, -1, BigDecimal.ZERO))
            .optional(0.3);
    Arbitrary<Boolean> none = s.questionsWithoutOptions ? chance(10) : Arbitraries.just(false);
    return Combinators.combine(atLevels, Arbitraries.integers().between(0, levels - 1), notApplicable, none)
        .as((options, fallback, na, empty) -> {
          if (empty) {
            return List.of();
          }
          List<ModelBlueprint.OptionPart> all = new ArrayList<>(options);
          if (all.isEmpty()) {
            all.add(new ModelBlueprint.OptionPart("", "", fallback, BigDecimal.ZERO));
          }
          na.ifPresent(all::add);
          return all;
        });
  }

  /** True with the given chance in percent; shrinks to false. */
  static Arbitrary<Boolean> chance(int percent) {
    return Arbitraries.frequency(Tuple.of(100 - percent, false), Tuple.of(percent, true));
  }

  private Arbitrary<BigDecimal> weight() {
    if (!shape.weights) {
      return Arbitraries.just(BigDecimal.ONE);
    }
    if (shape.awkwardNames) {
      return Arbitraries.frequencyOf(
          Tuple.of(1, Arbitraries.just(BigDecimal.ONE)),
          Tuple.of(1, Arbitraries.integers().between(1, 100).map(BigDecimal::valueOf)),
          Tuple.of(1, Arbitraries.integers().between(1, 1_000_000).map(i -> BigDecimal.valueOf(i, 3))));
    }
    return Arbitraries.frequencyOf(Tuple.of(60, Arbitraries.just(BigDecimal.ONE)), Tuple.of(40, Arbitraries.of(WEIGHTS)));
  }

  /** A value from 0 to 10 with up to six decimal places (option values, threshold steps). */
  private static Arbitrary<BigDecimal> value() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 2).map(BigDecimal::valueOf),
        Arbitraries.integers().between(0, 4).map(i -> BigDecimal.valueOf(i, 2)),
        Arbitraries.integers().between(0, 9_999_999).map(i -> BigDecimal.valueOf(i, 6)));
  }

  private Arbitrary<String> id() {
    return shape.awkwardNames ? AwkwardNames.ids() : Arbitraries.just("");
  }

  private Arbitrary<String> text() {
    return shape.awkwardNames ? AwkwardNames.texts() : Arbitraries.just("");
  }
}
