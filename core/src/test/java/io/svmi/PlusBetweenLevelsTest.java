package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code between levels = plus}: a score strictly between a level's threshold and the next shows
 * as the level with a plus (SAMM's "1+"); never at a threshold, never above the highest level.
 */
class PlusBetweenLevelsTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** Four dimensions, each the sum of its questions' values (0 or 1, half 0.5). */
  private static MaturityModel model(boolean plus) {
    ModelBuilder b =
        MaturityModel.builder()
            .name("M")
            .level("l0", "Level 0", d("0"))
            .level("l1", "Level 1", d("1"))
            .level("l2", "Level 2", d("2"))
            .level("l3", "Level 3", d("3"))
            .dimensionLevel(Combination.SUM)
            .overallLevel(Combination.MEAN);
    if (plus) {
      b.plusBetweenLevels();
    }
    for (String[] dim : new String[][] {{"A", "3"}, {"B", "3"}, {"C", "4"}, {"D", "3"}}) {
      ModelBuilder.DimensionBuilder db = b.dimension(dim[0], "Dimension " + dim[0]);
      for (int i = 1; i <= Integer.parseInt(dim[1]); i++) {
        db.question(dim[0] + i, "Q", q -> q
            .option("no", "No", d("0")).option("half", "Half", d("0.5")).option("yes", "Yes", d("1"))
            .at("l1").action("l1", "Do it."));
      }
    }
    return b.build();
  }

  private static Evaluation evaluate(MaturityModel m) throws AssessmentException {
    return m.evaluate(
        m.assessment()
            .answer("A1", "yes").answer("A2", "half").answer("A3", "no") //   1.5 → Level 1+
            .answer("B1", "yes").answer("B2", "yes").answer("B3", "no") //    2 → Level 2, on the threshold
            .answer("C1", "yes").answer("C2", "yes").answer("C3", "yes").answer("C4", "yes") // 4: the top
            .answer("D1", "no").answer("D2", "no").answer("D3", "no") //      0 → Level 0
            .target("D", "l2")
            .build());
  }

  @Test
  void aScoreStrictlyBetweenTwoThresholds_showsAPlus() throws Exception {
    Evaluation e = evaluate(model(true));
    List<DimensionResult> dims = e.dimensions();
    assertEquals(List.of("1.5", "2", "4", "0"), dims.stream().map(x -> x.score().orElseThrow().toString()).toList());
    assertEquals(List.of("l1", "l2", "l3", "l0"), dims.stream().map(x -> x.present().orElseThrow().id()).toList());
    assertEquals(List.of(true, false, false, false), dims.stream().map(DimensionResult::plus).toList());
    // Targets: A, B, C keep their present scores; D's given target l2 scores its threshold, 2.
    assertEquals(List.of(true, false, false, false), dims.stream().map(DimensionResult::targetPlus).toList());
    // Overall: (1.5 + 2 + 4 + 0)/4 = 1.875 → Level 1+; target (1.5 + 2 + 4 + 2)/4 = 2.375 → Level 2+.
    assertEquals(Score.of(15, 8), e.score().orElseThrow());
    assertEquals("l1", e.present().orElseThrow().id());
    assertTrue(e.plus());
    assertEquals(Score.of(19, 8), e.targetScore().orElseThrow());
    assertEquals("l2", e.target().orElseThrow().id());
    assertTrue(e.targetPlus());
  }

  @Test
  void withoutTheRule_noResultShowsAPlus() throws Exception {
    MaturityModel m = model(false);
    assertFalse(m.rules().plusBetweenLevels());
    Evaluation e = evaluate(m);
    assertTrue(e.dimensions().stream().noneMatch(x -> x.plus() || x.targetPlus()));
    assertFalse(e.plus());
    assertFalse(e.targetPlus());
    assertEquals(e.present(), evaluate(model(true)).present(), "the plus changes no level");
  }

  @Test
  void aGivenOverallTarget_isOnItsThreshold() throws Exception {
    MaturityModel m = model(true);
    Assessment.Builder a = m.assessment().overallTarget("l3");
    m.questions().keySet().forEach(q -> a.answer(q, "half"));
    Evaluation e = m.evaluate(a.build());
    // A, B, D: 1.5 → Level 1+; C: 2 → Level 2; overall (1.5·3 + 2)/4 = 1.625 → Level 1+.
    assertEquals(List.of(true, true, false, true), e.dimensions().stream().map(DimensionResult::plus).toList());
    assertTrue(e.plus());
    assertFalse(e.targetPlus());
  }

  @Test
  void levelsWithoutThresholds_cannotShowAPlus() {
    ModelResult r =
        MaturityModel.builder()
            .name("M")
            .level("low", "Low")
            .level("high", "High")
            .overallLevel(Combination.MEAN_ROUNDED_DOWN)
            .plusBetweenLevels()
            .dimension("A", "A", d -> d.question("A1", "Q", q -> q
                .option("l", "L", "low").option("h", "H", "high").action("high", "Go.")))
            .check();
    assertTrue(r.model().isEmpty());
    assertEquals(
        List.of(DiagnosticCode.E0218), r.diagnostics().stream().map(Diagnostic::code).toList());
  }
}
