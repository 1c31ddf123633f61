package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Combination;
import io.svmi.Dimension;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.PlanPolicy;
import io.svmi.Question;
import io.svmi.QuestionResult;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What the arbitraries make: shapes, rules, and the kinds of assessments, improvements and sheets. */
class ArbitrariesTest {

  @Provide
  Arbitrary<MaturityModel> models() {
    return SvmiArbitraries.models();
  }

  @Property(tries = 300, seed = "11")
  void models_defaults_coverEveryRuleAndStayWithinTheSizes(@ForAll("models") MaturityModel m) {
    assertTrue(m.scale().size() >= 1 && m.scale().size() <= 12);
    assertTrue(m.dimensions().size() >= 1 && m.dimensions().size() <= 15);
    boolean override = false;
    boolean dimensionWeight = false;
    boolean questionWeight = false;
    boolean notApplicable = false;
    for (Dimension d : m.dimensions().values()) {
      assertTrue(d.questions().size() >= 1 && d.questions().size() <= 8);
      override |= d.combination().isPresent();
      dimensionWeight |= d.weight().compareTo(BigDecimal.ONE) != 0;
      for (Question q : d.questions().values()) {
        assertTrue(q.options().values().stream().anyMatch(o -> o.level().isPresent()));
        questionWeight |= q.weight().compareTo(BigDecimal.ONE) != 0;
        notApplicable |= q.options().values().stream().anyMatch(Option::isNotApplicable);
      }
    }
    Statistics.label("dimension level").collect(m.rules().dimensionLevel());
    Statistics.label("overall level").collect(m.rules().hasOverallLevel() ? m.rules().overallLevel() : "none");
    Statistics.label("overall target").collect(m.rules().hasOverallTarget() ? m.rules().overallTarget() : "none");
    Statistics.label("plan").collect(m.rules().actionPlan());
    Statistics.label("unanswered").collect(m.rules().unanswered().isError() ? "error" : "level");
    Statistics.label("features").collect(override, dimensionWeight, questionWeight, notApplicable);
    Statistics.label("sizes").collect(m.scale().size() == 12, m.dimensions().size() >= 10);
    Statistics.label("translated").collect(!m.translations().isEmpty());
    for (String label : new String[] {"dimension level", "overall level", "overall target"}) {
      Statistics.label(label).coverage(c -> Arrays.stream(Combination.values()).filter(x -> !x.needsThresholds())
          .filter(x -> label.equals("dimension level") || x != Combination.STAGED && x != Combination.INDICATORS)
          .forEach(x -> c.check(x).count(n -> n > 0)));
    }
    Statistics.label("overall level").coverage(c -> c.check("none").count(n -> n > 0));
    Statistics.label("overall target").coverage(c -> c.check("none").count(n -> n > 0));
    Statistics.label("plan").coverage(c -> Arrays.stream(PlanPolicy.values()).forEach(p -> c.check(p).count(n -> n > 0)));
    Statistics.label("unanswered").coverage(c -> {
      c.check("error").count(n -> n > 0);
      c.check("level").count(n -> n > 0);
    });
    Statistics.label("features").coverage(c -> c.check(true, true, true, true).count(n -> n > 0));
    Statistics.label("sizes").coverage(c -> c.check(true, true).count(n -> n > 0));
    Statistics.label("translated").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<MaturityModel> small() {
    return SvmiArbitraries.models().levels(3, 3).dimensions(2, 2).questionsPerDimension(1, 1)
        .combinations(Combination.LOWER_MEDIAN).actionPlans(PlanPolicy.UP_TO_TOP).unansweredIsError()
        .withoutNotApplicable().withoutOverrides().withoutWeights().everyLevelAnswerable();
  }

  @Property(tries = 50)
  void models_configured_keepToTheConfiguration(@ForAll("small") MaturityModel m) {
    assertEquals(3, m.scale().size());
    assertEquals(2, m.dimensions().size());
    assertEquals(2, m.questions().size());
    assertEquals(Combination.LOWER_MEDIAN, m.rules().dimensionLevel());
    if (m.rules().hasOverallTarget()) {
      assertEquals(Combination.LOWER_MEDIAN, m.rules().overallTarget());
    }
    assertEquals(PlanPolicy.UP_TO_TOP, m.rules().actionPlan());
    assertTrue(m.rules().unanswered().isError());
    for (Question q : m.questions().values()) {
      assertEquals(3, q.options().size());
      assertEquals(BigDecimal.ONE, q.weight());
    }
    assertTrue(m.dimensions().values().stream().allMatch(d -> d.combination().isEmpty()));
  }

  @Provide
  Arbitrary<MaturityModel> scoring() {
    return SvmiArbitraries.models().onlyScoreBasedModels().combinations(Combination.SUM_OF_MEANS_BY_LEVEL, Combination.MEAN);
  }

  @Property(tries = 50)
  void models_onlyScoreBased_areScoreBasedWithTheChosenCombinations(@ForAll("scoring") MaturityModel m) {
    assertTrue(m.isScoreBased());
    assertTrue(List.of(Combination.SUM_OF_MEANS_BY_LEVEL, Combination.MEAN).contains(m.rules().dimensionLevel()));
    if (m.rules().hasOverallLevel()) {
      assertEquals(Combination.MEAN, m.rules().overallLevel());
    }
    if (m.rules().hasOverallTarget()) {
      assertEquals(Combination.MEAN, m.rules().overallTarget());
    }
  }

  @Example
  void models_thresholdCombinationsForOrdinalModels_areRefusedWithTheWayOut() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SvmiArbitraries.models().combinations(Combination.MEAN, Combination.SUM).sample());
    assertEquals("[mean, sum]: every one is read by thresholds, which ordinal models cannot use; "
        + "add onlyScoreBasedModels()", e.getMessage());
  }

  @Provide
  Arbitrary<MaturityModel> unansweredAsLevel() {
    return SvmiArbitraries.models().unansweredAsLevel();
  }

  @Property(tries = 30)
  void models_unansweredAsLevel_neverMakeItAnError(@ForAll("unansweredAsLevel") MaturityModel m) {
    assertFalse(m.rules().unanswered().isError());
  }

  @Provide
  Arbitrary<MaturityModel> stressing() {
    return SvmiArbitraries.models().withScoreBasedModels().withAwkwardNames().withExamples()
        .withQuestionsWithoutOptions().dimensions(0, 3).questionsPerDimension(0, 3).levels(1, 5);
  }

  @Property(tries = 200, seed = "3")
  void models_forThePrinter_includeScoresKeywordsExamplesAndEmptyParts(@ForAll("stressing") MaturityModel m) {
    Statistics.label("score-based").collect(m.isScoreBased());
    java.util.Set<String> keywords = java.util.Set.of("model", "levels", "level", "dimension", "question", "option",
        "to", "not", "applicable", "error", "of", "example", "expect", "weight", "at", "group");
    Statistics.label("keyword id").collect(java.util.stream.Stream.of(m.dimensions().keySet(), m.questions().keySet(),
            m.scale().levels().stream().map(io.svmi.Level::id).toList())
        .flatMap(java.util.Collection::stream).anyMatch(keywords::contains));
    Statistics.label("examples").collect(!m.examples().isEmpty());
    Statistics.label("no dimension").collect(m.dimensions().isEmpty());
    Statistics.label("optionless question").collect(m.questions().values().stream().anyMatch(q -> q.options().isEmpty()));
    Statistics.label("groups").collect(!m.groups().isEmpty());
    List<io.svmi.Example.ExpectedLevel> expected = m.examples().stream().flatMap(e -> e.levels().stream()).toList();
    Statistics.label("expect no level").collect(expected.stream().anyMatch(x -> x.present().levelId().isEmpty()));
    Statistics.label("expect a score").collect(expected.stream().anyMatch(x -> x.present().score().isPresent()));
    Statistics.label("expect a group").collect(expected.stream()
        .anyMatch(x -> x.about() == io.svmi.Example.ExpectedLevel.About.GROUP));
    Statistics.label("expect a question").collect(expected.stream()
        .anyMatch(x -> x.about() == io.svmi.Example.ExpectedLevel.About.QUESTION));
    Statistics.label("target answer").collect(m.examples().stream().anyMatch(e -> !e.targetAnswers().isEmpty()));
    for (String label : new String[] {"score-based", "keyword id", "examples", "no dimension", "optionless question",
        "groups", "expect no level", "expect a score", "expect a group", "expect a question", "target answer"}) {
      Statistics.label(label).coverage(c -> c.check(true).count(n -> n > 0));
    }
  }

  private static Arbitrary<Evaluation> evaluations(Function<AssessmentArbitrary, Arbitrary<Assessment>> kind) {
    return SvmiArbitraries.models().flatMap(m -> kind.apply(SvmiArbitraries.assessments(m))).map(ArbitrariesTest::evaluate);
  }

  private static Evaluation evaluate(Assessment a) {
    try {
      return a.model().evaluate(a);
    } catch (AssessmentException e) {
      throw new IllegalStateException(e);
    }
  }

  @Provide
  Arbitrary<Evaluation> complete() {
    return evaluations(AssessmentArbitrary::complete);
  }

  @Property(tries = 50)
  void assessments_complete_answerEveryQuestion(@ForAll("complete") Evaluation e) {
    assertEquals(e.model().questions().keySet(), e.assessment().answers().keySet());
  }

  @Provide
  Arbitrary<Evaluation> withNotApplicable() {
    return SvmiArbitraries.models().filter(AssessmentArbitrary::hasNotApplicable)
        .flatMap(m -> SvmiArbitraries.assessments(m).withNotApplicable()).map(ArbitrariesTest::evaluate);
  }

  @Property(tries = 50)
  void assessments_withNotApplicable_haveANotApplicableAnswer(@ForAll("withNotApplicable") Evaluation e) {
    assertTrue(e.questions().stream().anyMatch(q -> q.answer().isPresent() && q.isNotApplicable()));
  }

  @Example
  void assessments_withNotApplicable_refuseAModelWithoutSuchAnOption() {
    MaturityModel m = ModelLawsTest.handWritten(PlanPolicy.NEXT_LEVEL, Combination.LOWEST);
    MaturityModel without = MaturityModel.builder().name("plain").level("a", "A")
        .dimension("D", "d", d -> d.question("Q", "q", q -> q.option("o", "O", "a"))).build();
    assertTrue(AssessmentArbitrary.hasNotApplicable(m));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SvmiArbitraries.assessments(without).withNotApplicable());
    assertEquals("model 'plain' has no not-applicable option", e.getMessage());
  }

  @Provide
  Arbitrary<Evaluation> above() {
    return evaluations(AssessmentArbitrary::targetsAbovePresent);
  }

  @Property(tries = 50)
  void assessments_targetsAbovePresent_aimAbove(@ForAll("above") Evaluation e) {
    for (DimensionResult d : e.dimensions()) {
      if (d.present().isPresent()) {
        assertTrue(d.targetGiven());
        int p = d.present().get().rank();
        assertTrue(d.target().get().rank() > p || p == e.model().scale().size() - 1, d::targetExplanation);
      }
    }
  }

  @Provide
  Arbitrary<Evaluation> at() {
    return evaluations(AssessmentArbitrary::targetsAtPresent);
  }

  @Property(tries = 50)
  void assessments_targetsAtPresent_aimAtIt(@ForAll("at") Evaluation e) {
    for (DimensionResult d : e.dimensions()) {
      if (d.present().isPresent()) {
        assertTrue(d.targetGiven());
        assertEquals(d.present(), d.target());
      }
    }
  }

  @Provide
  Arbitrary<Evaluation> below() {
    return evaluations(AssessmentArbitrary::targetsBelowPresent);
  }

  @Property(tries = 50)
  void assessments_targetsBelowPresent_aimBelow(@ForAll("below") Evaluation e) {
    for (DimensionResult d : e.dimensions()) {
      if (d.present().isPresent()) {
        int p = d.present().get().rank();
        assertTrue(d.target().get().rank() < p || p == 0, d::targetExplanation);
      }
    }
  }

  @Provide
  Arbitrary<Evaluation> withoutTargetsButOverall() {
    return evaluations(a -> a.withoutTargets().withOverallTarget());
  }

  @Property(tries = 30)
  void assessments_withoutTargetsWithOverallTarget_setOnlyTheOverallTarget(
      @ForAll("withoutTargetsButOverall") Evaluation e) {
    assertTrue(e.assessment().targets().isEmpty());
    assertEquals(e.model().rules().hasOverallLevel(), e.assessment().overallTarget().isPresent());
  }

  @Provide
  Arbitrary<Improvement> oneRaised() {
    return SvmiArbitraries.improvementsOf(SvmiArbitraries.models().flatMap(SvmiArbitraries::assessments)).oneRaised();
  }

  @Property(tries = 50)
  void improvements_oneRaised_raiseOneAnswer(@ForAll("oneRaised") Improvement i) {
    assertEquals(1, i.changes().size());
    checkRaised(i);
  }

  @Provide
  Arbitrary<Improvement> severalRaised() {
    return SvmiArbitraries.improvementsOf(SvmiArbitraries.models().flatMap(SvmiArbitraries::assessments))
        .severalRaised();
  }

  @Property(tries = 50)
  void improvements_severalRaised_raiseSomeAnswers(@ForAll("severalRaised") Improvement i) {
    assertTrue(i.changes().size() >= 1);
    checkRaised(i);
  }

  @Provide
  Arbitrary<Improvement> raisedToTarget() {
    return SvmiArbitraries.improvementsOf(SvmiArbitraries.models().flatMap(m -> Arbitraries.oneOf(
        SvmiArbitraries.assessments(m).targetsAbovePresent(),
        SvmiArbitraries.assessments(m).targetsAbovePresent().withTargetAnswers()))).raisedToTarget();
  }

  @Property(tries = 80)
  void improvements_raisedToTarget_raiseToTheTargetAnswerOrAtLeastTheDimensionsTarget(
      @ForAll("raisedToTarget") Improvement i) {
    checkRaised(i);
    Evaluation before = evaluate(i.before());
    Map<String, String> aims = i.before().targetAnswers();
    Statistics.label("with target answers").collect(!aims.isEmpty());
    for (Improvement.Change c : i.changes()) {
      DimensionResult d = before.dimensions().stream()
          .filter(r -> r.dimension().questions().containsKey(c.questionId())).findFirst().orElseThrow();
      if (aims.containsKey(c.questionId())) {
        assertEquals(aims.get(c.questionId()), c.toOption(), c::toString);
      } else {
        assertFalse(c.to().isBelow(d.target().orElseThrow()), c::toString);
      }
    }
    for (QuestionResult q : before.questions()) {
      String aim = aims.get(q.question().id());
      if (aim != null && ImprovementArbitrary.isBelow(q, q.question().options().get(aim))) {
        assertEquals(aim, i.after().answers().get(q.question().id()), "raised to its target answer");
      }
    }
    Statistics.label("with target answers").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<Assessment> withTargetAnswers() {
    return SvmiArbitraries.models().withScoreBasedModels()
        .filter(m -> m.questions().values().stream().noneMatch(q -> q.options().isEmpty()))
        .flatMap(m -> SvmiArbitraries.assessments(m).withTargetAnswers());
  }

  @Property(tries = 150, seed = "7")
  void assessments_withTargetAnswers_aimAboveAtAndBelowTheAnswer_neverNotApplicable(
      @ForAll("withTargetAnswers") Assessment a) {
    for (Question q : a.model().questions().values()) {
      String aim = a.targetAnswers().get(q.id());
      String answer = a.answers().get(q.id());
      if (aim == null || answer == null || q.options().get(answer).isNotApplicable()) {
        Statistics.label("target answer").collect(aim == null ? "none" : "other");
        continue;
      }
      Option target = q.options().get(aim);
      assertFalse(target.isNotApplicable(), aim);
      int c = AssessmentArbitrary.standing(target).orElseThrow()
          .compareTo(AssessmentArbitrary.standing(q.options().get(answer)).orElseThrow());
      Statistics.label("target answer").collect(c > 0 ? "above" : c == 0 ? "at" : "below");
      Statistics.label("kind").collect(q.isValued() ? "valued" : "level");
    }
    Statistics.label("target answer").coverage(c -> {
      for (String kind : List.of("none", "above", "at", "below")) {
        c.check(kind).count(n -> n > 0);
      }
    });
    Statistics.label("kind").coverage(c -> {
      c.check("valued").count(n -> n > 0);
      c.check("level").count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<MaturityModel> sammLike() {
    return SvmiArbitraries.models().sammLike();
  }

  @Property(tries = 50)
  void models_sammLike_areWhatLawFiveIsStatedFor(@ForAll("sammLike") MaturityModel m) {
    assertEquals(java.util.Optional.empty(), SammLike.problem(m));
    assertEquals(List.of("0", "1", "2", "3"),
        m.scale().levels().stream().map(l -> l.threshold().orElseThrow().toPlainString()).toList());
    Statistics.label("groups").collect(!m.groups().isEmpty());
    Statistics.label("groups").coverage(c -> {
      c.check(true).count(n -> n > 0);
      c.check(false).count(n -> n > 0);
    });
  }

  private static void checkRaised(Improvement i) {
    assertEquals(i.before().targets(), i.after().targets());
    assertEquals(i.before().targetAnswers(), i.after().targetAnswers());
    assertEquals(i.before().overallTarget(), i.after().overallTarget());
    for (Improvement.Change c : i.changes()) {
      assertTrue(c.to().isAbove(c.from()), c::toString);
      assertEquals(c.toOption(), i.after().answers().get(c.questionId()));
    }
    for (String q : i.before().answers().keySet()) {
      if (i.changes().stream().noneMatch(c -> c.questionId().equals(q))) {
        assertEquals(i.before().answers().get(q), i.after().answers().get(q));
      }
    }
  }

  @Example
  void improvements_ofAnAssessmentAtTheTop_areRefused() throws AssessmentException {
    MaturityModel m = ModelLawsTest.handWritten(PlanPolicy.NEXT_LEVEL, Combination.LOWEST);
    Assessment top = m.assessment().answer("P1", "c").answer("P2", "b").answer("Q1", "c").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SvmiArbitraries.improvements(top));
    assertEquals("no answer of the assessment can be raised", e.getMessage());
  }

  /** A model and a sheet for it. */
  record Sheet(MaturityModel model, AnswerSheet sheet) {}

  @Provide
  Arbitrary<Sheet> sheets() {
    return SvmiArbitraries.models().flatMap(m -> SvmiArbitraries.answerSheets(m).map(s -> new Sheet(m, s)));
  }

  @Property(tries = 200, seed = "5")
  void answerSheets_anyModel_includeValidAndInvalidSheets(@ForAll("sheets") Sheet s) {
    boolean valid;
    try {
      s.sheet().toBuilder(s.model()).build();
      valid = true;
    } catch (AssessmentException e) {
      valid = false;
    }
    Statistics.label("valid").collect(valid);
    Statistics.label("valid").coverage(c -> {
      c.check(true).percentage(p -> p > 5);
      c.check(false).percentage(p -> p > 30);
    });
  }
}
