package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.svmi.Combination;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.PlanPolicy;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Generates valid maturity models: 1–12 levels, 1–15 dimensions, 1–8 questions per dimension by
 * default, with every combination, plan policy and unanswered rule, per-dimension overrides,
 * question and dimension weights, not-applicable options and action texts (some steps without).
 * Every question has at least one option with a level. Each setter returns a new generator.
 */
public final class ModelArbitrary implements Gen<MaturityModel> {
  private static final ImmutableList<BigDecimal> WEIGHTS =
      ImmutableList.of("1", "2", "0.5", "3", "1.25", "0.000001", "1000000").stream()
          .map(BigDecimal::new)
          .collect(ImmutableList.toImmutableList());

  /** The settings; copied by each setter, never changed after a generator holds them. */
  private static final class Shape {
    int minLevels = 1;
    int maxLevels = 12;
    int minDimensions = 1;
    int maxDimensions = 15;
    int minQuestions = 1;
    int maxQuestions = 8;
    // Ordinal models: the combinations read by thresholds need a score-based model.
    ImmutableList<Combination> combinations =
        java.util.Arrays.stream(Combination.values())
            .filter(c -> !c.needsThresholds())
            .collect(ImmutableList.toImmutableList());
    ImmutableList<PlanPolicy> policies = ImmutableList.copyOf(PlanPolicy.values());
    boolean unansweredError = true;
    boolean unansweredLevel = true;
    boolean notApplicable = true;
    boolean overrides = true;
    boolean weights = true;
    boolean everyLevelAnswerable = false;

    Shape copy() {
      Shape s = new Shape();
      s.minLevels = minLevels;
      s.maxLevels = maxLevels;
      s.minDimensions = minDimensions;
      s.maxDimensions = maxDimensions;
      s.minQuestions = minQuestions;
      s.maxQuestions = maxQuestions;
      s.combinations = combinations;
      s.policies = policies;
      s.unansweredError = unansweredError;
      s.unansweredLevel = unansweredLevel;
      s.notApplicable = notApplicable;
      s.overrides = overrides;
      s.weights = weights;
      s.everyLevelAnswerable = everyLevelAnswerable;
      return s;
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

  public ModelArbitrary levels(int min, int max) {
    checkArgument(1 <= min && min <= max, "levels: need 1 <= min <= max, got %s..%s", min, max);
    return with(s -> {
      s.minLevels = min;
      s.maxLevels = max;
    });
  }

  public ModelArbitrary dimensions(int min, int max) {
    checkArgument(1 <= min && min <= max, "dimensions: need 1 <= min <= max, got %s..%s", min, max);
    return with(s -> {
      s.minDimensions = min;
      s.maxDimensions = max;
    });
  }

  public ModelArbitrary questionsPerDimension(int min, int max) {
    checkArgument(1 <= min && min <= max, "questions: need 1 <= min <= max, got %s..%s", min, max);
    return with(s -> {
      s.minQuestions = min;
      s.maxQuestions = max;
    });
  }

  /** Only these combinations, for dimension levels, overrides, overall level and overall target. */
  public ModelArbitrary combinations(Combination... combinations) {
    checkArgument(combinations.length > 0, "at least one combination");
    return with(s -> s.combinations = ImmutableList.copyOf(combinations));
  }

  /** Only these action-plan policies. */
  public ModelArbitrary actionPlans(PlanPolicy... policies) {
    checkArgument(policies.length > 0, "at least one policy");
    return with(s -> s.policies = ImmutableList.copyOf(policies));
  }

  /** Models where an unanswered question is an error (never a level). */
  public ModelArbitrary unansweredIsError() {
    return with(s -> {
      s.unansweredError = true;
      s.unansweredLevel = false;
    });
  }

  /** Models where an unanswered question counts as some level (never an error). */
  public ModelArbitrary unansweredAsLevel() {
    return with(s -> {
      s.unansweredError = false;
      s.unansweredLevel = true;
    });
  }

  /** No not-applicable options. */
  public ModelArbitrary withoutNotApplicable() {
    return with(s -> s.notApplicable = false);
  }

  /** No per-dimension override of the dimension rule. */
  public ModelArbitrary withoutOverrides() {
    return with(s -> s.overrides = false);
  }

  /** Every weight 1. */
  public ModelArbitrary withoutWeights() {
    return with(s -> s.weights = false);
  }

  /** Every question has an option at every level, so any question can be moved to any level. */
  public ModelArbitrary everyLevelAnswerable() {
    return with(s -> s.everyLevelAnswerable = true);
  }

  @Override
  public MaturityModel next(Draws d) {
    Shape s = shape;
    int levels = d.size(s.minLevels, s.maxLevels);
    ModelBuilder b = MaturityModel.builder().name("Generated model");
    for (int r = 0; r < levels; r++) {
      b.level("l" + r, "Level " + r);
    }
    b.dimensionLevel(d.pick(s.combinations));
    b.overallLevel(d.pick(s.combinations));
    b.overallTarget(d.pick(s.combinations));
    b.actionPlan(d.pick(s.policies));
    boolean asLevel = s.unansweredLevel && (!s.unansweredError || d.chance(30));
    if (asLevel) {
      b.unansweredAs("l" + d.between(0, levels - 1));
    }
    for (int i = 1; ; i++) {
      int start = d.mark();
      if (!d.more(i - 1, s.minDimensions, s.maxDimensions)) {
        break;
      }
      ModelBuilder.DimensionBuilder db = b.dimension("D" + i, "Dimension " + i);
      if (s.weights) {
        db.weight(weight(d));
      }
      if (s.overrides && d.chance(25)) {
        db.combination(d.pick(s.combinations));
      }
      for (int j = 1; ; j++) {
        int questionStart = d.mark();
        if (!d.more(j - 1, s.minQuestions, s.maxQuestions)) {
          break;
        }
        question(db.question("D" + i + "Q" + j, "Question " + j + " of dimension " + i), levels, d);
        d.span(questionStart);
      }
      d.span(start);
    }
    return b.build();
  }

  private void question(ModelBuilder.QuestionBuilder q, int levels, Draws d) {
    if (shape.weights) {
      q.weight(weight(d));
    }
    int option = 0;
    boolean any = false;
    for (int r = 0; r < levels; r++) {
      if (shape.everyLevelAnswerable || d.chance(50)) {
        q.option("o" + option++, "Answer at level " + r, "l" + r);
        any = true;
      }
    }
    if (!any) {
      int r = d.between(0, levels - 1);
      q.option("o" + option++, "Answer at level " + r, "l" + r);
    }
    if (shape.notApplicable && d.chance(30)) {
      q.optionNotApplicable("o" + option, "Not applicable");
    }
    for (int r = 1; r < levels; r++) {
      if (!d.chance(20)) {
        q.action("l" + r, "Reach level " + r);
      }
    }
  }

  private BigDecimal weight(Draws d) {
    return d.chance(40) ? d.pick(WEIGHTS) : BigDecimal.ONE;
  }
}
