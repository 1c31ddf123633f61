package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code overall level = none} and {@code overall target = none}: nothing pretends to an overall grade. */
class NoOverallLevelTest {

  private static MaturityModel twoDimensions(Consumer<ModelBuilder> rules) {
    ModelBuilder b = Fixtures.svmiLevels();
    rules.accept(b);
    for (String d : new String[] {"A", "B"}) {
      b.dimension(d, "Dimension " + d, x -> x.question(d + "1", "q", Fixtures::everyLevel));
    }
    return b.build();
  }

  @Test
  void noOverallLevel_evaluatesDimensions_andNoOverallLevelNorTarget() throws Exception {
    MaturityModel m = twoDimensions(ModelBuilder::noOverallLevel);
    assertFalse(m.rules().hasOverallLevel());
    assertFalse(m.rules().hasOverallTarget());
    Evaluation e = m.evaluate(m.assessment().answer("A1", "mature").answer("B1", "leader").target("A", "leader").build());
    assertEquals("mature", e.dimension("A").orElseThrow().present().orElseThrow().id());
    assertEquals(Optional.empty(), e.present());
    assertEquals(Optional.empty(), e.target());
    assertEquals(Optional.empty(), e.score());
    assertEquals(Optional.empty(), e.targetScore());
    assertTrue(e.explanation().stream().noneMatch(l -> l.startsWith("Overall")), e.explanation()::toString);
    assertEquals("Overall has no level: the model has none (overall level = none)", e.presentExplanation());
  }

  @Test
  void noOverallLevel_anOverallTargetInTheAssessment_isE0416() {
    MaturityModel m = twoDimensions(ModelBuilder::noOverallLevel);
    AssessmentException x = assertThrows(AssessmentException.class,
        () -> m.assessment().answer("A1", "mature").answer("B1", "leader").overallTarget("leader").build());
    assertEquals(List.of(DiagnosticCode.E0416), x.diagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void noOverallLevel_withAnOverallTargetRule_isE0219() {
    ModelResult r = Fixtures.svmiLevels().noOverallLevel().overallTarget(Combination.LOWEST)
        .dimension("A", "A", x -> x.question("A1", "q", Fixtures::everyLevel)).check();
    assertTrue(r.hasErrors());
    assertEquals(List.of(DiagnosticCode.E0219),
        r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList());
  }

  @Test
  void noOverallTarget_keepsTheOverallLevel_andTheGivenTarget() throws Exception {
    MaturityModel m = twoDimensions(ModelBuilder::noOverallTarget);
    assertTrue(m.rules().hasOverallLevel());
    Evaluation none = m.evaluate(m.assessment().answer("A1", "mature").answer("B1", "leader").target("A", "leader").build());
    assertEquals("mature", none.present().orElseThrow().id());
    assertEquals(Optional.empty(), none.target());
    assertEquals("Overall has no target: none was given, and the model combines none (overall target = none)",
        none.targetExplanation());
    Evaluation given = m.evaluate(m.assessment().answer("A1", "mature").answer("B1", "leader").overallTarget("innovator").build());
    assertEquals("innovator", given.target().orElseThrow().id());
  }

  @Test
  void rulesWithoutAnOverallLevel_areEqualWhateverTheUnusedCombinations() {
    Rules a = Rules.defaults().withOverallLevel(Combination.LOWEST).withoutOverallLevel();
    Rules b = Rules.defaults().withoutOverallLevel();
    assertEquals(a, b);
    assertThrows(IllegalArgumentException.class, () -> b.withOverallTarget(Combination.LOWEST));
  }
}
