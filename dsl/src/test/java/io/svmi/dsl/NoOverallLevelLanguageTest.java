package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import org.junit.jupiter.api.Test;

/** {@code overall level = none} and {@code overall target = none} read, print and format. */
class NoOverallLevelLanguageTest {
  private static final String MODEL = """
      model "M"

      levels {
        low  "Low"
        high "High"
      }

      rules {
        RULES
      }

      dimension A "Area" {
        question A1 "Q" {
          option l "L" -> low
          option h "H" -> high
          to high "Reach high."
        }
      }
      """;

  private static String with(String rules) {
    return MODEL.replace("RULES", rules);
  }

  @Test
  void overallLevelNone_readsAndPrintsBothLines() {
    MaturityModel m = Svmi.compileOrThrow("m.svmi", with("overall level = none"));
    assertFalse(m.rules().hasOverallLevel());
    String printed = Svmi.print(m);
    assertTrue(printed.contains("  overall level   = none\n  overall target  = none\n"), printed);
    assertEquals(m, Svmi.compileOrThrow("printed.svmi", printed));
    assertTrue(Svmi.format("printed.svmi", printed).isUnchanged());
  }

  @Test
  void overallTargetNone_keepsTheOverallLevel() {
    MaturityModel m = Svmi.compileOrThrow("m.svmi", with("overall level = lowest of dimensions\n  overall target = none"));
    assertTrue(m.rules().hasOverallLevel());
    assertFalse(m.rules().hasOverallTarget());
    String printed = Svmi.print(m);
    assertTrue(printed.contains("  overall level   = lowest of dimensions\n  overall target  = none\n"), printed);
    assertEquals(m, Svmi.compileOrThrow("printed.svmi", printed));
  }

  @Test
  void anOverallTargetRuleWithoutAnOverallLevel_isE0219_atTheRule() {
    ModelResult r = Svmi.compile("m.svmi", with("overall level = none\n  overall target = lowest of dimension targets"));
    assertTrue(r.hasErrors());
    assertTrue(r.render().contains("error[E0219]") && r.render().contains("m.svmi:10:20"), r.render());
  }

  @Test
  void aMisspeltNone_suggestsNone() {
    ModelResult r = Svmi.compile("m.svmi", with("overall level = none of it"));
    assertTrue(r.render().contains("error[E0207]"), r.render());
    ModelResult close = Svmi.compile("m.svmi", with("overall level = nne"));
    assertTrue(close.render().contains("did you mean 'none'?"), close.render());
  }
}
