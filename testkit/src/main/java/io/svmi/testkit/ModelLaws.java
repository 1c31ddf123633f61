package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.PlanPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The laws of evaluation checked against one model with generated assessments: point it at your
 * model and run it from a test.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> laws() {
 *   return ModelLaws.forModel(myModel).tests();
 * }
 * }</pre>
 *
 * <p>A broken law fails with the assessment shrunk to a minimal one, described question by question.
 * Laws 5 (sufficiency) and 6 (composition) are stated for {@code up to target} plans and are
 * checked only for such models ({@link #applicableLaws()}). Immutable.
 */
public final class ModelLaws {
  private final MaturityModel model;
  private final int tries;
  private final OptionalLong seed;

  private ModelLaws(MaturityModel model, int tries, OptionalLong seed) {
    this.model = model;
    this.tries = tries;
    this.seed = seed;
  }

  public static ModelLaws forModel(MaturityModel model) {
    return new ModelLaws(checkNotNull(model, "model"), Property.DEFAULT_TRIES, OptionalLong.empty());
  }

  /** Generated assessments per law (100 unless set). */
  public ModelLaws tries(int tries) {
    checkArgument(tries >= 1, "tries must be at least 1: %s", tries);
    return new ModelLaws(model, tries, seed);
  }

  /** A fixed seed (else random, or the system property {@value Property#SEED_PROPERTY}). */
  public ModelLaws seed(long seed) {
    return new ModelLaws(model, tries, OptionalLong.of(seed));
  }

  /** The laws that apply to this model: all, but 5 and 6 only under {@code up to target}. */
  public ImmutableList<Law> applicableLaws() {
    boolean upToTarget = model.rules().actionPlan() == PlanPolicy.UP_TO_TARGET;
    return Stream.of(Law.values())
        .filter(l -> upToTarget || (l != Law.SUFFICIENCY && l != Law.COMPOSITION))
        .collect(ImmutableList.toImmutableList());
  }

  /** Checks one law; throws a {@link PropertyFailure} with a minimal failing assessment. */
  public void check(Law law) {
    checkArgument(applicableLaws().contains(law), "%s does not apply to a model whose plan is '%s'",
        law, model.rules().actionPlan().words());
    switch (law) {
      case DETERMINISM -> property(assessments(), law).check(a -> Laws.determinism(model, a));
      case MONOTONICITY -> property(Arbitraries.improvementsOf(assessments()), law).check(Laws::monotonicity);
      case BOUNDS -> property(assessments(), law).check(a -> Laws.bounds(model.evaluate(a)));
      case SOUNDNESS -> property(assessments(), law).check(a -> Laws.soundness(model.evaluate(a)));
      case SUFFICIENCY -> property(assessments(), law).check(a -> Laws.sufficiency(model.evaluate(a)));
      case COMPOSITION -> property(withMiddles(), law).check(c -> Laws.composition(c.evaluation(), c.middles()));
      case ORDER -> property(assessments(), law).check(a -> Laws.order(model.evaluate(a)));
      case TOTALITY -> property(Arbitraries.answerSheets(model), law).check(s -> Laws.totality(model, s));
    }
  }

  /** Checks every applicable law; throws one error listing every law that failed. */
  public void checkAll() {
    List<AssertionError> failures = new ArrayList<>();
    for (Law law : applicableLaws()) {
      try {
        check(law);
      } catch (AssertionError e) {
        failures.add(e);
      }
    }
    if (failures.size() == 1) {
      throw failures.get(0);
    }
    if (!failures.isEmpty()) {
      AssertionError all = new AssertionError(failures.size() + " laws failed for " + model + ":\n\n"
          + String.join("\n\n", failures.stream().map(Throwable::getMessage).toList()));
      failures.forEach(all::addSuppressed);
      throw all;
    }
  }

  /** One JUnit 5 dynamic test per applicable law, for a {@code @TestFactory}. */
  public Stream<DynamicTest> tests() {
    return applicableLaws().stream()
        .map(law -> DynamicTest.dynamicTest(law + ": " + law.statement(), () -> check(law)));
  }

  private Gen<Assessment> assessments() {
    // A mix of the assessment shapes, so every law sees targets above, at and below present.
    AssessmentArbitrary any = Arbitraries.assessments(model);
    return Gen.anyOf(any, any.targetsAbovePresent(), any.targetsAtPresent(), any.targetsBelowPresent(),
        any.complete());
  }

  /** An evaluation and middle levels between its present levels and targets. */
  record WithMiddles(Evaluation evaluation, ImmutableMap<String, Level> middles) {
    @Override
    public String toString() {
      return Describe.assessment(evaluation.assessment()) + "\nmiddle levels: " + middles;
    }
  }

  private Gen<WithMiddles> withMiddles() {
    return assessments().flatMap(a -> {
      Evaluation e;
      try {
        e = model.evaluate(a);
      } catch (AssessmentException ex) {
        throw new IllegalStateException(ex.getMessage(), ex);
      }
      return Arbitraries.middleLevels(e).map(m -> new WithMiddles(e, m));
    });
  }

  private <T> Property<T> property(Gen<T> gen, Law law) {
    Property<T> p = Property.forAll(gen).named(law + " for " + model).tries(tries);
    return seed.isPresent() ? p.seed(seed.getAsLong()) : p;
  }
}
