package io.svmi.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.Assessment;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries of everything a property test of a maturity model needs. Named so as not to
 * be confused with jqwik's own {@link Arbitraries}, which a test uses beside it.
 *
 * <ul>
 *   <li>{@link #models()}: valid models of every shape and rule (configurable);
 *   <li>{@link #assessments(MaturityModel)}: valid assessments of one model (any, complete, with
 *       not-applicable answers, with targets above / at / below the present levels);
 *   <li>{@link #improvements(Assessment)}, {@link #improvementsOf(Arbitrary)}: the same assessment
 *       with answers raised;
 *   <li>{@link #middleLevels(Evaluation)}: levels between present levels and targets (law 6);
 *   <li>{@link #answerSheets(MaturityModel)}: raw answers by id, right and wrong.
 * </ul>
 *
 * <p>All are built from jqwik's combinators, so a failing value shrinks, and all describe
 * themselves readably in a failure report.
 */
public final class SvmiArbitraries {
  /**
   * How many edge cases each of the testkit's arbitraries offers at most: a property with two
   * generated parameters has fewer combined edge cases than the 100 tries below which jqwik logs
   * that they outnumber its tries.
   */
  public static final int EDGE_CASES = 8;

  private SvmiArbitraries() {}

  /**
   * Valid ordinal models; see {@link ModelArbitrary} for the defaults and settings.
   *
   * @return the arbitrary
   */
  public static ModelArbitrary models() {
    return ModelArbitrary.defaults();
  }

  /**
   * Valid assessments of the model; see {@link AssessmentArbitrary}. Throws
   * {@link IllegalArgumentException} for a model that has no valid assessment.
   *
   * @param model the model
   * @return the arbitrary
   */
  public static AssessmentArbitrary assessments(MaturityModel model) {
    return AssessmentArbitrary.of(model);
  }

  /**
   * Improvements of the assessment; see {@link ImprovementArbitrary}. Throws
   * {@link IllegalArgumentException} when no answer of it can be raised.
   *
   * @param assessment the assessment to improve
   * @return the arbitrary
   */
  public static ImprovementArbitrary improvements(Assessment assessment) {
    checkArgument(ImprovementArbitrary.canImprove(assessment), "no answer of the assessment can be raised");
    return ImprovementArbitrary.of(Arbitraries.just(assessment));
  }

  /**
   * Improvements of the generated assessments (those with nothing to raise are left out).
   *
   * @param assessments the generated assessments to improve
   * @return the arbitrary
   */
  public static ImprovementArbitrary improvementsOf(Arbitrary<Assessment> assessments) {
    return ImprovementArbitrary.of(assessments);
  }

  /**
   * A middle level for each dimension of the evaluation with a present level and a target:
   * between the two, and never above the target (the target itself when it is below the present
   * level).
   *
   * @param e the evaluation
   * @return the arbitrary
   */
  public static Arbitrary<MiddleLevels> middleLevels(Evaluation e) {
    List<DimensionResult> dimensions = e.dimensions().stream()
        .filter(r -> r.present().isPresent() && r.target().isPresent())
        .toList();
    return Arbitraries.integers().between(0, 9_999).list().ofSize(dimensions.size()).map(choices -> {
      ImmutableMap.Builder<String, Level> middles = ImmutableMap.builder();
      for (int i = 0; i < dimensions.size(); i++) {
        DimensionResult r = dimensions.get(i);
        int p = r.present().get().rank();
        int t = r.target().get().rank();
        middles.put(r.dimension().id(), e.model().scale().atRank(t <= p ? t : p + choices.get(i) % (t - p + 1)));
      }
      return new MiddleLevels(e, middles.buildOrThrow());
    });
  }

  /**
   * Raw answer sheets for the model, as a host reads them from a file: about a third written with
   * care (every question answered with a valid option, valid targets), the rest careless (missing,
   * misspelt, unknown, repeated and odd ids). Shrinks towards a careful sheet.
   *
   * @param model the model
   * @return the arbitrary
   */
  public static Arbitrary<AnswerSheet> answerSheets(MaturityModel model) {
    return AnswerSheets.of(model);
  }

  /** The ids of the model's levels, lowest first. */
  static ImmutableList<String> levelIds(MaturityModel model) {
    return model.scale().levels().stream().map(Level::id).collect(ImmutableList.toImmutableList());
  }
}
