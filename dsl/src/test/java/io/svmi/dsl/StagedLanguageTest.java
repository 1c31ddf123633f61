package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Combination;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import org.junit.jupiter.api.Test;

/** {@code staged} and {@code highest of} read, print and are refused where they cannot stand. */
class StagedLanguageTest {
  private static final String MODEL = """
      model "M"

      levels {
        low  "Low"
        high "High"
      }

      rules {
        RULE
      }

      dimension A "Area" {
        question A1 "Q" at high {
          option l "L" -> low
          option h "H" -> high
          to high "Reach high."
        }
      }

      dimension B "Beyond" {
        level = staged
        question B1 "Q" at low {
          option l "L" -> low
        }
      }
      """;

  @Test
  void staged_readsForQuestions_andPrintsBack() {
    MaturityModel m = Svmi.compileOrThrow("m.svmi", MODEL.replace("RULE", "dimension level = staged"));
    assertEquals(Combination.STAGED, m.rules().dimensionLevel());
    assertEquals(Combination.STAGED, m.dimensions().get("B").combination().orElseThrow());
    String printed = Svmi.print(m);
    assertTrue(printed.contains("  dimension level = staged\n") && printed.contains("\n  level = staged\n"), printed);
    assertEquals(m, Svmi.compileOrThrow("printed.svmi", printed));
  }

  @Test
  void staged_overDimensions_isAnUnknownValue() {
    ModelResult r = Svmi.compile("m.svmi", MODEL.replace("RULE", "overall level = staged"));
    assertTrue(r.render().contains("error[E0207]: unknown value 'staged' for the overall level"), r.render());
  }

  @Test
  void highestOf_readsAndPrintsBack() {
    MaturityModel m = Svmi.compileOrThrow("m.svmi",
        MODEL.replace("RULE", "overall level = highest of dimensions").replace("at high ", ""));
    assertEquals(Combination.HIGHEST, m.rules().overallLevel());
    assertTrue(Svmi.print(m).contains("overall level   = highest of dimensions"), Svmi.print(m));
  }
}
