package io.svmi.testkit;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The laws of evaluation as a jqwik contract: implement it in a test class, name your model, and
 * jqwik checks every law against it with generated assessments.
 *
 * <pre>{@code
 * class MyModelLawsTest implements ModelLaws {
 *   private static final MaturityModel MODEL = Svmi.compileOrThrow(Path.of("my-model.svmi"));
 *
 *   @Override
 *   public MaturityModel model() {
 *     return MODEL;
 *   }
 * }
 * }</pre>
 *
 * <p>One property per law (1–7 and 9), labelled with the law. A broken law fails with the
 * assessment jqwik shrank to, described question by question. Laws 5 (sufficiency) and 6
 * (composition) are stated for {@code up to target} plans; laws 3 (bounds) and 6 for ordinal
 * models; law 5 for score-based models only when they are SAMM-like (see {@link
 * ModelArbitrary#sammLike()}). A law not stated for the model is reported as skipped, with the
 * reason, never as passed. For a score-based model, law 2 raises answers to options of higher
 * values and checks scores as well as levels. Each property tries 200 generated cases; a
 * {@link PropertyDefaults} annotation on the implementing class changes that ({@code @PropertyDefaults(tries = 1000)}).
 * The {@code @Provide} methods may be overridden to generate other cases.
 */
@PropertyDefaults(tries = ModelLaws.TRIES)
public interface ModelLaws {
  /** The tries of each law's property unless the implementing class says otherwise. */
  int TRIES = 200;

  /**
   * The model under test; called once per property, so return one compiled or built once.
   *
   * @return the model under test
   */
  MaturityModel model();

  /**
   * Assessments of the model: a mix of any, complete, and with targets above, at and below present,
   * a third of them with target answers for some questions.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Assessment> assessments() {
    AssessmentArbitrary any = SvmiArbitraries.assessments(model());
    return Arbitraries.oneOf(any, any.complete(), any.targetsAbovePresent(), any.targetsAtPresent(),
        any.targetsBelowPresent(), any.withTargetAnswers(), any.targetsAbovePresent().withTargetAnswers(),
        any.targetsBelowPresent().withTargetAnswers());
  }

  /**
   * Improvements of {@link #assessments()}: one, several, or every answer below the target raised.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Improvement> improvements() {
    return SvmiArbitraries.improvementsOf(assessments());
  }

  /**
   * Evaluations of {@link #assessments()} with middle levels between present levels and targets.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<MiddleLevels> middleLevels() {
    return assessments().flatMap(a -> SvmiArbitraries.middleLevels(evaluate(a)));
  }

  /**
   * Raw answer sheets for the model, right and wrong.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<AnswerSheet> answerSheets() {
    return SvmiArbitraries.answerSheets(model());
  }

  /**
   * Law 1, determinism, on the model: see {@link Laws#determinism}.
   *
   * @param assessment a generated assessment
   * @throws AssessmentException if the assessment does not fit the model (a bug in the generator)
   */
  @Property
  @Label("law 1 (determinism): " + LawStatements.DETERMINISM)
  default void determinism(@ForAll("assessments") Assessment assessment) throws AssessmentException {
    Laws.determinism(model(), assessment);
  }

  /**
   * Law 2, monotonicity, on the model: see {@link Laws#monotonicity}.
   *
   * @param improvement a generated improvement
   * @throws AssessmentException if the assessment does not fit the model (a bug in the generator)
   */
  @Property
  @Label("law 2 (monotonicity): " + LawStatements.MONOTONICITY)
  default void monotonicity(@ForAll("improvements") Improvement improvement) throws AssessmentException {
    Laws.monotonicity(improvement);
  }

  /**
   * Law 3, bounds, on the model: see {@link Laws#bounds}.
   *
   * @param assessment a generated assessment
   * @throws AssessmentException if the assessment does not fit the model (a bug in the generator)
   */
  @Property
  @Label("law 3 (bounds): " + LawStatements.BOUNDS)
  @AddLifecycleHook(LawScope.class)
  default void bounds(@ForAll("assessments") Assessment assessment) throws AssessmentException {
    Laws.bounds(model().evaluate(assessment));
  }

  /**
   * Law 4, soundness, on the model: see {@link Laws#soundness}.
   *
   * @param assessment a generated assessment
   * @throws AssessmentException if the assessment does not fit the model (a bug in the generator)
   */
  @Property
  @Label("law 4 (soundness): " + LawStatements.SOUNDNESS)
  default void soundness(@ForAll("assessments") Assessment assessment) throws AssessmentException {
    Laws.soundness(model().evaluate(assessment));
  }

  /**
   * Law 5, sufficiency, on the model: see {@link Laws#sufficiency}.
   *
   * @param assessment a generated assessment
   * @throws AssessmentException if the assessment does not fit the model (a bug in the generator)
   */
  @Property
  @Label("law 5 (sufficiency): " + LawStatements.SUFFICIENCY)
  @AddLifecycleHook(LawScope.class)
  default void sufficiency(@ForAll("assessments") Assessment assessment) throws AssessmentException {
    Laws.sufficiency(model().evaluate(assessment));
  }

  /**
   * Law 6, composition, on the model: see {@link Laws#composition}.
   *
   * @param middles an evaluation of a generated assessment, with middle levels
   * @throws AssessmentException if the assessment does not fit the model (a bug in the generator)
   */
  @Property
  @Label("law 6 (composition): " + LawStatements.COMPOSITION)
  @AddLifecycleHook(LawScope.class)
  default void composition(@ForAll("middleLevels") MiddleLevels middles) throws AssessmentException {
    Laws.composition(middles);
  }

  /**
   * Law 7, order, on the model: see {@link Laws#order}.
   *
   * @param assessment a generated assessment
   * @throws AssessmentException if the assessment does not fit the model (a bug in the generator)
   */
  @Property
  @Label("law 7 (order): " + LawStatements.ORDER)
  default void order(@ForAll("assessments") Assessment assessment) throws AssessmentException {
    Laws.order(model().evaluate(assessment));
  }

  /**
   * Law 9, totality, on the model: see {@link Laws#totality}.
   *
   * @param sheet a generated answer sheet
   */
  @Property
  @Label("law 9 (totality): " + LawStatements.TOTALITY)
  default void totality(@ForAll("answerSheets") AnswerSheet sheet) {
    Laws.totality(model(), sheet);
  }

  private static Evaluation evaluate(Assessment a) {
    try {
      return a.model().evaluate(a);
    } catch (AssessmentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
