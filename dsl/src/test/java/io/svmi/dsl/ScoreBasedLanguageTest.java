package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Combination;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.Score;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score-based additions to the language, with the worked example of docs/language.md. */
class ScoreBasedLanguageTest {
  private static MaturityModel docExample() throws Exception {
    String block =
        DocBlocks.of(Files.readString(Path.of("../docs/language.md"))).stream()
            .filter(b -> b.language().equals("svmi") && b.text().contains("SAMM excerpt"))
            .findFirst()
            .orElseThrow()
            .text();
    return Svmi.compileOrThrow("example.svmi", block);
  }

  @Test
  void theWorkedExample_readsEveryAddition() throws Exception {
    MaturityModel m = docExample();
    assertEquals(new BigDecimal("2"), m.scale().levels().get(2).threshold().orElseThrow());
    assertEquals(Combination.SUM_OF_MEANS_BY_LEVEL, m.rules().dimensionLevel());
    assertEquals(Combination.MEAN, m.rules().groupLevel());
    assertEquals(Combination.MEAN, m.rules().overallLevel());
    assertEquals(List.of("governance", "verification"), List.copyOf(m.groups().keySet()));
    assertEquals("l2", m.question("G-SM-2-A").orElseThrow().at().orElseThrow().id());
    assertEquals(
        new BigDecimal("0.25"), m.question("G-SM-1-A").orElseThrow().options().get("some").value().orElseThrow());
  }

  @Test
  void theWorkedExample_scoresAsTheDocSays() throws Exception {
    MaturityModel m = docExample();
    Evaluation e =
        m.evaluate(
            m.assessment().answer("G-SM-1-A", "full").answer("G-SM-1-B", "half").answer("G-SM-2-A", "no")
                .answer("V-ST-1-A", "full").build());
    // SM: (1 + 0.5)/2 + 0/1 = 0.75 → Level 0; ST: 1 → Level 1; overall (0.75 + 1)/2 = 0.875.
    assertEquals(Score.of(3, 4), e.dimension("SM").orElseThrow().score().orElseThrow());
    assertEquals("l0", e.dimension("SM").orElseThrow().present().orElseThrow().id());
    assertEquals("l1", e.dimension("ST").orElseThrow().present().orElseThrow().id());
    assertEquals(Score.of(7, 8), e.score().orElseThrow());
    assertEquals("l0", e.present().orElseThrow().id());
    // between levels = plus: 0.75 and 0.875 lie between Level 0 and Level 1; 1 is on Level 1.
    assertTrue(m.rules().plusBetweenLevels());
    assertTrue(e.dimension("SM").orElseThrow().plus());
    assertFalse(e.dimension("ST").orElseThrow().plus());
    assertTrue(e.plus());
  }

  @Test
  void betweenLevels_printsOnlyWhenPlus_andRoundTrips() throws Exception {
    MaturityModel m = docExample();
    String printed = Svmi.print(m);
    assertTrue(printed.contains("  unanswered      = error\n  between levels  = plus\n}\n"), printed);
    assertEquals(m, Svmi.compileOrThrow("printed.svmi", printed));
    String plain = printed.replace("  between levels  = plus\n", "  between levels  = plain\n");
    MaturityModel withoutPlus = Svmi.compileOrThrow("plain.svmi", plain);
    assertFalse(withoutPlus.rules().plusBetweenLevels());
    assertFalse(Svmi.print(withoutPlus).contains("between levels"), "the default is not printed");
  }

  @Test
  void betweenLevels_takesPlusOrPlain() {
    String text =
        "model \"M\"\nlevels {\n  a \"A\" from 0\n  b \"B\" from 1\n}\nrules {\n  between levels = plsu\n}\n"
            + "dimension D \"D\" {\n  question q \"Q\" at b {\n      option n \"N\" -> 0\n"
            + "      option y \"Y\" -> 1\n      to b \"Do.\"\n  }\n}\n";
    String rendered = Svmi.compile("m.svmi", text).render();
    assertTrue(rendered.contains("error[E0207]: unknown value 'plsu' for the between levels"), rendered);
    assertTrue(rendered.contains("did you mean 'plus'?"), rendered);
  }

  @Test
  void printing_writesThresholdsValuesAtAndGroupsCanonically() throws Exception {
    String printed = Svmi.print(docExample());
    assertTrue(printed.contains("  l1 \"Level 1\" from 1\n"), printed);
    assertTrue(printed.contains("  group level     = mean of dimensions\n"), printed);
    assertTrue(printed.contains("  overall target  = mean of group targets\n"), printed);
    assertTrue(printed.contains("group governance \"Governance\" {\n  dimension SM \"Strategy and Metrics\" {\n"), printed);
    assertTrue(printed.contains("    question G-SM-1-A \"Is there an agreed goal for the security programme?\" at l1 {\n"), printed);
    assertTrue(printed.contains("      option some \"Yes, for some teams\" -> 0.25\n"), printed);
  }

  @Test
  void overallRules_sayGroupsInAModelWithGroups() {
    String text =
        "model \"M\"\nlevels {\n  a \"A\" from 0\n  b \"B\" from 1\n}\nrules {\n  overall level = mean of dimensions\n}\n"
            + "group g \"G\" {\n  dimension D \"D\" {\n    question q \"Q\" at b {\n      option n \"N\" -> 0\n"
            + "      option y \"Y\" -> 1\n      to b \"Do.\"\n    }\n  }\n}\n";
    String rendered = Svmi.compile("m.svmi", text).render();
    assertTrue(rendered.contains("error[E0207]: unknown value 'mean of dimensions' for the overall level"), rendered);
    assertTrue(rendered.contains("mean of groups"), rendered);
  }
}
