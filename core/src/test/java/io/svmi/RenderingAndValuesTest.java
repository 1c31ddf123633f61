package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The summary line and the source excerpt of a long line, exactly; and values that are equal only
 * when they should be.
 */
class RenderingAndValuesTest {
  private static Diagnostic error(String message) {
    return Diagnostic.of(DiagnosticCode.E0203, message, Optional.empty());
  }

  private static Diagnostic warning(String message) {
    return Diagnostic.of(DiagnosticCode.W0301, message, Optional.empty());
  }

  @Test
  void summary_countsErrorsAndWarnings_inWords() {
    assertEquals("no problems", Diagnostics.summary(List.of()));
    assertEquals("1 error", Diagnostics.summary(List.of(error("a"))));
    assertEquals("2 errors", Diagnostics.summary(List.of(error("a"), error("b"))));
    assertEquals("1 warning", Diagnostics.summary(List.of(warning("a"))));
    assertEquals("2 warnings", Diagnostics.summary(List.of(warning("a"), warning("b"))));
    assertEquals("2 errors, 1 warning", Diagnostics.summary(List.of(error("a"), warning("w"), error("b"))));
  }

  /** The excerpt of a 400-character line: 160 characters around the span, cut with '…' where cut. */
  private static String excerpt(int column, int length) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      line.append((char) ('a' + i % 26));
    }
    SourceText source = SourceText.of("long.svmi", "model \"M\"\n" + line + "\n");
    Diagnostic d = Diagnostic.of(DiagnosticCode.E0104, "here", Optional.of(SourceSpan.of("long.svmi", 2, column, length)));
    String[] rendered = d.render(source).split("\n");
    return rendered[3].substring(4) + "\n" + rendered[4].substring(4);
  }

  private static String letters(int from, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      s.append((char) ('a' + i % 26));
    }
    return s.toString();
  }

  @Test
  void aLongLine_isShownAsAnExcerptAroundTheSpan() {
    // Column 200: the excerpt starts 53 characters before it (a third of 160), at offset 146.
    assertEquals("…" + letters(146, 160) + "…\n" + " ".repeat(54) + "^^^", excerpt(200, 3));
    // At the start: nothing cut before.
    assertEquals(letters(0, 160) + "…\n" + "^^", excerpt(1, 2));
    // At the end: the last 160 characters, nothing cut after; the caret never runs past the text.
    assertEquals("…" + letters(240, 160) + "\n" + " ".repeat(160) + "^", excerpt(400, 5));
  }

  @Test
  void aLineOfExactlyTheLimit_isShownWhole() {
    SourceText source = SourceText.of("m.svmi", "x".repeat(160));
    Diagnostic d = Diagnostic.of(DiagnosticCode.E0104, "here", Optional.of(SourceSpan.of("m.svmi", 1, 160, 1)));
    assertEquals("1 | " + "x".repeat(160), d.render(source).split("\n")[3]);
  }

  private static MaturityModel model(String name) {
    return MaturityModel.builder().name(name).level("low", "Low").level("high", "High")
        .dimension("A", "A", d -> d.question("A1", "Q", q -> q.option("l", "L", "low").option("h", "H", "high")
            .action("high", "Do it."))).build();
  }

  @Test
  void plansScalesAndEvaluations_areEqualOnlyWhenTheyAre() throws Exception {
    MaturityModel m = model("M");
    Evaluation low = m.evaluate(m.assessment().answer("A1", "l").build());
    Evaluation high = m.evaluate(m.assessment().answer("A1", "h").build());
    assertEquals(low, m.evaluate(m.assessment().answer("A1", "l").build()));
    assertNotEquals(low, high);
    assertNotEquals(low, "an evaluation");
    assertNotEquals(low.plan(), high.plan());
    assertEquals(low.plan(), m.evaluate(m.assessment().answer("A1", "l").build()).plan());
    assertFalse(low.plan().isEmpty());
    assertTrue(high.plan().isEmpty());
    assertEquals("ActionPlan[]", high.plan().toString());
    assertEquals("Evaluation[: Low -> Low, 1 actions]", low.toString(), "no subject given");
    assertEquals(m.scale(), model("N").scale());
    assertNotEquals(m.scale(), MaturityModel.builder().name("M").level("low", "Low").level("top", "Top")
        .dimension("A", "A", d -> d.question("A1", "Q", q -> q.option("l", "L", "low").option("t", "T", "top")))
        .build().scale());
    assertEquals("[Low, High]", m.scale().toString());
    assertFalse(m.scale().hasThresholds());
  }
}
