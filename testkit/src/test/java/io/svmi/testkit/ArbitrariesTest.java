package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Assessment;
import io.svmi.Combination;
import io.svmi.Dimension;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.PlanPolicy;
import io.svmi.Question;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the generators make: shapes, rules, and the kinds of assessments and improvements. */
class ArbitrariesTest {

  @Test
  void models_defaults_coverEveryRuleAndStayWithinTheSizes() {
    Set<Combination> dimensionRules = EnumSet.noneOf(Combination.class);
    Set<Combination> overallRules = EnumSet.noneOf(Combination.class);
    Set<PlanPolicy> policies = EnumSet.noneOf(PlanPolicy.class);
    Set<String> features = new HashSet<>();
    Property.forAll(Arbitraries.models()).tries(300).seed(11).check(m -> {
      assertTrue(m.scale().size() >= 1 && m.scale().size() <= 12);
      assertTrue(m.dimensions().size() >= 1 && m.dimensions().size() <= 15);
      dimensionRules.add(m.rules().dimensionLevel());
      overallRules.add(m.rules().overallLevel());
      policies.add(m.rules().actionPlan());
      features.add(m.rules().unanswered().isError() ? "unanswered error" : "unanswered level");
      for (Dimension d : m.dimensions().values()) {
        assertTrue(d.questions().size() >= 1 && d.questions().size() <= 8);
        d.combination().ifPresent(c -> features.add("override"));
        if (d.weight().compareTo(BigDecimal.ONE) != 0) {
          features.add("dimension weight");
        }
        for (Question q : d.questions().values()) {
          assertTrue(q.options().values().stream().anyMatch(o -> o.level().isPresent()));
          if (q.weight().compareTo(BigDecimal.ONE) != 0) {
            features.add("question weight");
          }
          if (q.options().values().stream().anyMatch(Option::isNotApplicable)) {
            features.add("not applicable");
          }
        }
      }
      if (m.scale().size() == 12) {
        features.add("12 levels");
      }
      if (m.dimensions().size() == 15) {
        features.add("15 dimensions");
      }
    });
    // Every rule of an ordinal model (those read by thresholds need a score-based model).
    EnumSet<Combination> ordinal = EnumSet.noneOf(Combination.class);
    for (Combination c : Combination.values()) {
      if (!c.needsThresholds()) {
        ordinal.add(c);
      }
    }
    assertEquals(ordinal, dimensionRules);
    assertEquals(ordinal, overallRules);
    assertEquals(EnumSet.allOf(PlanPolicy.class), policies);
    assertEquals(Set.of("unanswered error", "unanswered level", "override", "dimension weight", "question weight",
        "not applicable", "12 levels", "15 dimensions"), features);
  }

  @Test
  void models_configured_keepToTheConfiguration() {
    Gen<MaturityModel> small = Arbitraries.models().levels(3, 3).dimensions(2, 2).questionsPerDimension(1, 1)
        .combinations(Combination.LOWER_MEDIAN).actionPlans(PlanPolicy.UP_TO_TOP).unansweredIsError()
        .withoutNotApplicable().withoutOverrides().withoutWeights().everyLevelAnswerable();
    Property.forAll(small).tries(50).check(m -> {
      assertEquals(3, m.scale().size());
      assertEquals(2, m.dimensions().size());
      assertEquals(2, m.questions().size());
      assertEquals(Combination.LOWER_MEDIAN, m.rules().dimensionLevel());
      assertEquals(Combination.LOWER_MEDIAN, m.rules().overallTarget());
      assertEquals(PlanPolicy.UP_TO_TOP, m.rules().actionPlan());
      assertTrue(m.rules().unanswered().isError());
      for (Question q : m.questions().values()) {
        assertEquals(3, q.options().size());
        assertEquals(BigDecimal.ONE, q.weight());
      }
      assertTrue(m.dimensions().values().stream().allMatch(d -> d.combination().isEmpty()));
    });
    Property.forAll(Arbitraries.models().unansweredAsLevel()).tries(30)
        .check(m -> assertFalse(m.rules().unanswered().isError()));
  }

  private static Gen<Evaluation> evaluations(java.util.function.Function<AssessmentArbitrary, Gen<Assessment>> kind) {
    return Arbitraries.models().flatMap(m -> kind.apply(Arbitraries.assessments(m))).map(a -> {
      try {
        return a.model().evaluate(a);
      } catch (io.svmi.AssessmentException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void assessments_complete_answerEveryQuestion() {
    Property.forAll(evaluations(AssessmentArbitrary::complete)).tries(50)
        .check(e -> assertEquals(e.model().questions().keySet(), e.assessment().answers().keySet()));
  }

  @Test
  void assessments_withNotApplicable_haveANotApplicableAnswer() {
    Property.forAll(evaluations(AssessmentArbitrary::withNotApplicable)).tries(50)
        .check(e -> assertTrue(e.questions().stream().anyMatch(q -> q.answer().isPresent() && q.isNotApplicable())));
  }

  @Test
  void assessments_targetsAboveAtBelow_setEveryTargetAsSaid() {
    int top = 0;
    Property.forAll(evaluations(AssessmentArbitrary::targetsAbovePresent)).tries(50).check(e -> {
      for (DimensionResult d : e.dimensions()) {
        if (d.present().isPresent()) {
          assertTrue(d.targetGiven());
          int p = d.present().get().rank();
          int t = d.target().get().rank();
          assertTrue(t > p || p == e.model().scale().size() - 1, d::targetExplanation);
        }
      }
    });
    Property.forAll(evaluations(AssessmentArbitrary::targetsAtPresent)).tries(50).check(e -> {
      for (DimensionResult d : e.dimensions()) {
        if (d.present().isPresent()) {
          assertTrue(d.targetGiven());
          assertEquals(d.present(), d.target());
        }
      }
    });
    Property.forAll(evaluations(AssessmentArbitrary::targetsBelowPresent)).tries(50).check(e -> {
      for (DimensionResult d : e.dimensions()) {
        if (d.present().isPresent()) {
          int p = d.present().get().rank();
          assertTrue(d.target().get().rank() < p || p == 0, d::targetExplanation);
        }
      }
    });
    Property.forAll(evaluations(AssessmentArbitrary::withoutTargets)).tries(30)
        .check(e -> assertTrue(e.assessment().targets().isEmpty()));
    Property.forAll(evaluations(AssessmentArbitrary::withOverallTarget)).tries(30)
        .check(e -> assertTrue(e.assessment().overallTarget().isPresent()));
    assertEquals(0, top);
  }

  @Test
  void improvements_eachKind_raisesAnswersAndKeepsTargets() {
    Gen<Assessment> any = Arbitraries.models().flatMap(Arbitraries::assessments);
    Property.forAll(any.flatMap(a -> Arbitraries.improvements(a).oneRaised())).tries(50).check(i -> {
      assertEquals(1, i.changes().size());
      checkRaised(i);
    });
    Property.forAll(any.flatMap(a -> Arbitraries.improvements(a).severalRaised())).tries(50).check(i -> {
      assertTrue(i.changes().size() >= 1);
      checkRaised(i);
    });
    Gen<Assessment> above = Arbitraries.models().flatMap(m -> Arbitraries.assessments(m).targetsAbovePresent());
    Property.forAll(above.flatMap(a -> Arbitraries.improvements(a).raisedToTarget())).tries(50).check(i -> {
      checkRaised(i);
      Evaluation before = i.before().model().evaluate(i.before());
      for (Improvement.Change c : i.changes()) {
        DimensionResult d = before.dimensions().stream()
            .filter(r -> r.dimension().questions().containsKey(c.questionId())).findFirst().orElseThrow();
        assertFalse(c.to().isBelow(d.target().orElseThrow()), c::toString);
      }
    });
  }

  private static void checkRaised(Improvement i) {
    assertEquals(i.before().targets(), i.after().targets());
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

  @Test
  void answerSheets_anyModel_includeValidAndInvalidSheets() {
    int[] valid = new int[1];
    int[] invalid = new int[1];
    Property.forAll(Arbitraries.models().flatMap(m -> Arbitraries.answerSheets(m).map(s -> {
      try {
        s.toBuilder(m).build();
        valid[0]++;
      } catch (io.svmi.AssessmentException e) {
        invalid[0]++;
      }
      return s;
    }))).tries(200).seed(5).check(s -> {});
    assertTrue(valid[0] > 5, "valid sheets: " + valid[0]);
    assertTrue(invalid[0] > 50, "invalid sheets: " + invalid[0]);
  }
}
