package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.Tampered;
import io.svmi.dsl.Svmi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each law of evaluation catches what it exists to catch: fed a deliberately wrong evaluation (the
 * evaluator's, with one part replaced) or a wrong improvement, it throws its own
 * {@link LawViolation}, whose message names the law and says, in the model's words, what broke it.
 */
class LawViolationsTest {
  private static final MaturityModel MODEL = Svmi.compileOrThrow("laws.svmi", """
      model "Laws"
      levels { low "Low" mid "Mid" high "High" }
      rules { action plan = up to target }
      dimension A "A" {
        question A1 "Q1" { option l "L" -> low option m "M" -> mid option h "H" -> high to mid "A1 mid." to high "A1 high." }
        question A2 "Q2" { option l "L" -> low option m "M" -> mid option h "H" -> high to mid "A2 mid." to high "A2 high." }
      }
      dimension B "B" {
        question B1 "Q3" { option l "L" -> low option m "M" -> mid option h "H" -> high to mid "B1 mid." to high "B1 high." }
      }
      """);

  /** A1 low, A2 mid, B1 mid; both dimensions aim for high. The plan: A1 to mid and high, A2 and B1 to high. */
  private static Evaluation evaluation() throws AssessmentException {
    return MODEL.evaluate(MODEL.assessment().answer("A1", "l").answer("A2", "m").answer("B1", "m")
        .target("A", "high").target("B", "high").build());
  }

  /** Middle levels on the way to the targets: A at mid, B at its target. */
  private static Map<String, io.svmi.Level> middles() {
    return Map.of("A", MODEL.scale().level("mid").orElseThrow(), "B", MODEL.scale().level("high").orElseThrow());
  }

  /**
   * Found by the law-3 property on a random seed: a dimension whose questions are all not
   * applicable has no level, so the overall target leaves it out, target given or not; the law
   * bounds the overall target by the targets of the dimensions that have a level, and holds.
   */
  @Test
  void bounds_leaveOutTheTargetOfADimensionWithNoLevel() throws AssessmentException {
    MaturityModel model = Svmi.compileOrThrow("na.svmi", """
        model "N/A"
        levels { l0 "L0" l1 "L1" }
        rules {
          dimension level = lowest of questions
          overall level = lowest of dimensions
          overall target = lowest of dimension targets
          action plan = up to target
        }
        dimension D1 "D1" { question Q1 "Q1" { option o0 "O0" -> l0 option o1 "O1" -> not applicable } }
        """);
    Evaluation e = model.evaluate(model.assessment().answer("Q1", "o1").target("D1", "l0").build());
    assertEquals(Optional.empty(), e.target());
    Laws.bounds(e);
    Laws.soundness(e);
    Laws.sufficiency(e);
    Laws.order(e);
  }

  private static LawViolation violates(Law law, Executable check) {
    LawViolation v = assertThrows(LawViolation.class, check);
    assertEquals(law, v.law(), v::getMessage);
    String m = v.getMessage();
    assertTrue(m.startsWith(law + ": "), m);
    assertFalse(m.contains("Optional[") || m.contains("io.svmi.") || m.matches("(?s).*@[0-9a-f]{6,}.*"),
        () -> "a readable report, not object dumps: " + m);
    return v;
  }

  @Test
  void theRealEvaluation_keepsEveryLaw() throws AssessmentException {
    Evaluation e = evaluation();
    assertEquals(List.of("A1 to mid", "A1 to high", "A2 to high", "B1 to high"),
        e.plan().actions().stream().map(a -> a.questionId() + " to " + a.level().id()).toList());
    Laws.bounds(e);
    Laws.soundness(e);
    Laws.sufficiency(e);
    Laws.order(e);
    Laws.composition(e, middles());
    Laws.determinism(MODEL, e.assessment());
  }

  @Test
  void law1_determinism_catchesAnEvaluationThatDiffers() throws AssessmentException {
    Evaluation e = evaluation();
    Evaluation other = Tampered.withPlan(e, e.plan().actions().subList(1, 4));
    LawViolation v = violates(Law.DETERMINISM, () -> Laws.requireSame(e, other, "a second evaluation"));
    assertTrue(v.getMessage().contains("a second evaluation differs"), v::getMessage);
  }

  @Test
  void law2_monotonicity_catchesARaiseThatLowers() throws AssessmentException {
    Assessment high = MODEL.assessment().answer("A1", "h").answer("A2", "h").answer("B1", "h").build();
    Assessment low = MODEL.assessment().answer("A1", "l").answer("A2", "h").answer("B1", "h").build();
    Improvement wrong = new Improvement(high, low, ImmutableList.of(new Improvement.Change(
        "A1", Optional.of("h"), MODEL.scale().level("high").orElseThrow(), "l", MODEL.scale().level("low").orElseThrow())));
    LawViolation v = violates(Law.MONOTONICITY, () -> Laws.monotonicity(wrong));
    assertTrue(v.getMessage().contains("question A1 went from High to Low"), v::getMessage);
  }

  @Test
  void law3_bounds_catchesALevelOutsideItsParts() throws AssessmentException {
    Evaluation e = evaluation();
    LawViolation overall = violates(Law.BOUNDS,
        () -> Laws.bounds(Tampered.withPresent(e, MODEL.scale().level("high"))));
    assertTrue(overall.getMessage().contains("is High, outside Low to Mid"), overall::getMessage);
    LawViolation dimension = violates(Law.BOUNDS,
        () -> Laws.bounds(Tampered.withDimensionLevel(e, "A", Optional.empty())));
    assertTrue(dimension.getMessage().contains("dimension A"), dimension::getMessage);
    assertTrue(dimension.getMessage().contains("has no level though its questions have levels"), dimension::getMessage);
  }

  @Test
  void law4_soundness_catchesAStepThatIsNotAStepUp() throws AssessmentException {
    Evaluation e = evaluation();
    Action down = new Action("A", "A2", MODEL.scale().level("low").orElseThrow(), "");
    LawViolation v = violates(Law.SOUNDNESS, () -> Laws.soundness(Tampered.withPlan(e, List.of(down))));
    assertTrue(v.getMessage().contains("step A/A2 -> Low is not above the question's level"), v::getMessage);
    Action elsewhere = new Action("B", "A1", MODEL.scale().level("mid").orElseThrow(), "");
    LawViolation w = violates(Law.SOUNDNESS, () -> Laws.soundness(Tampered.withPlan(e, List.of(elsewhere))));
    assertTrue(w.getMessage().contains("names a question not in dimension B"), w::getMessage);
  }

  @Test
  void law5_sufficiency_catchesAPlanThatFallsShort() throws AssessmentException {
    Evaluation e = evaluation();
    LawViolation none = violates(Law.SUFFICIENCY, () -> Laws.sufficiency(Tampered.withPlan(e, List.of())));
    assertTrue(none.getMessage().contains("dimension A has no step but is Low, below its target High"), none::getMessage);
    List<Action> short1 = new ArrayList<>(e.plan().actions());
    short1.remove(1); // A1 to high
    LawViolation shortPlan = violates(Law.SUFFICIENCY, () -> Laws.sufficiency(Tampered.withPlan(e, short1)));
    assertTrue(shortPlan.getMessage().contains("after every planned step, dimension A is Mid, still below its target High"),
        shortPlan::getMessage);
  }

  @Test
  void law6_composition_catchesAPlanThatIsNotTheTwoHalves() throws AssessmentException {
    Evaluation e = evaluation();
    List<Action> swapped = new ArrayList<>(e.plan().actions());
    swapped.remove(0); // A1 to mid
    LawViolation v = violates(Law.COMPOSITION, () -> Laws.composition(Tampered.withPlan(e, swapped), middles()));
    assertTrue(v.getMessage().contains("for question A1 with middle levels"), v::getMessage);
    assertTrue(v.getMessage().contains("the plan to the target is"), v::getMessage);
  }

  @Test
  void law7_order_catchesStepsOutOfOrderOrTwice() throws AssessmentException {
    Evaluation e = evaluation();
    List<Action> reversed = new ArrayList<>(e.plan().actions());
    java.util.Collections.reverse(reversed);
    LawViolation v = violates(Law.ORDER, () -> Laws.order(Tampered.withPlan(e, reversed)));
    assertTrue(v.getMessage().contains("step B/B1 -> High comes before A/A2 -> High"), v::getMessage);
    List<Action> twice = new ArrayList<>(e.plan().actions());
    twice.add(twice.get(3));
    LawViolation w = violates(Law.ORDER, () -> Laws.order(Tampered.withPlan(e, twice)));
    assertTrue(w.getMessage().contains("step B/B1 -> High appears twice"), w::getMessage);
  }

  @Test
  void law9_totality_catchesDiagnosticsThatAreNotAssessmentErrors() {
    AssessmentException modelError = new AssessmentException(
        ImmutableList.of(Diagnostic.of(DiagnosticCode.E0201, "duplicate id 'A'")), Optional.empty());
    LawViolation v = violates(Law.TOTALITY, () -> Laws.checkAssessmentDiagnostics(modelError));
    assertTrue(v.getMessage().contains("the diagnostics are not all assessment errors"), v::getMessage);
    AssessmentException blank = new AssessmentException(
        ImmutableList.of(Diagnostic.of(DiagnosticCode.E0401, " ")), Optional.empty());
    LawViolation w = violates(Law.TOTALITY, () -> Laws.checkAssessmentDiagnostics(blank));
    assertTrue(w.getMessage().contains("a diagnostic has no message: E0401"), w::getMessage);
  }

  /** Law 9 takes the builder's cap (a last E0107) as part of an assessment's diagnostics, and nothing else. */
  @Test
  void totality_acceptsTheErrorCap_butNoOtherCode() {
    Diagnostic unknown = Diagnostic.of(DiagnosticCode.E0401, "unknown question 'Z'");
    Diagnostic cap = Diagnostic.of(DiagnosticCode.E0107, "too many errors; stopping after 50");
    Laws.checkAssessmentDiagnostics(new AssessmentException(ImmutableList.of(unknown, cap), Optional.empty()));
    LawViolation v = assertThrows(LawViolation.class, () -> Laws.checkAssessmentDiagnostics(
        new AssessmentException(ImmutableList.of(cap), Optional.empty())));
    assertTrue(v.getMessage().contains("law 9"), v.getMessage());
    assertThrows(LawViolation.class, () -> Laws.checkAssessmentDiagnostics(new AssessmentException(
        ImmutableList.of(Diagnostic.of(DiagnosticCode.E0203, "unknown level 'x'"), unknown), Optional.empty())));
  }
}
