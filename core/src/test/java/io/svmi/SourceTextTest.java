package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Source lines as diagnostics show them, and an assessment's answers and targets as a host reads
 * them back: each case the mutation tests found untested (docs/reliability.md, "Mutation testing").
 */
class SourceTextTest {
  @Test
  void lines_splitAtEveryKindOfLineBreak() {
    SourceText s = SourceText.of("f", "one\ntwo\r\nthree\rfour\n");
    assertEquals(Optional.of("one"), s.line(1));
    assertEquals(Optional.of("two"), s.line(2));
    assertEquals(Optional.of("three"), s.line(3));
    assertEquals(Optional.of("four"), s.line(4));
    assertEquals(Optional.of(""), s.line(5));
    assertEquals(Optional.empty(), s.line(6));
    assertEquals(Optional.empty(), s.line(0));
    assertEquals(3, s.lineLength(1));
    assertEquals(3, s.lineLength(2));
    assertEquals(5, s.lineLength(3));
    assertEquals(0, s.lineLength(5));
    assertEquals(-1, s.lineLength(6));
    assertEquals(-1, s.lineLength(0));
    assertEquals("hre", s.linePart(3, 1, 3));
    assertEquals("ee", s.linePart(3, 3, 10));
    assertEquals("", s.linePart(3, 9, 2));
    assertEquals(Optional.of("last"), SourceText.of("f", "x\r\n\r\nlast").line(3));
    assertEquals(Optional.of(""), SourceText.of("f", "x\r\n\r\nlast").line(2));
    assertEquals(Optional.of("x"), SourceText.of("f", "x\r").line(1));
    assertEquals(Optional.of(""), SourceText.of("f", "x\r").line(2));
    assertEquals(Optional.of(""), SourceText.of("f", "").line(1));
    assertEquals("f", s.name());
  }

  @Test
  void spans_sortBySourceThenLineThenColumnThenLength() {
    List<SourceSpan> sorted = List.of(
        new SourceSpan("a", 1, 9, 9),
        new SourceSpan("a", 2, 1, 1),
        new SourceSpan("a", 2, 3, 1),
        new SourceSpan("a", 2, 3, 2),
        new SourceSpan("b", 1, 1, 1));
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < sorted.size(); j++) {
        assertEquals(Integer.signum(Integer.compare(i, j)),
            Integer.signum(sorted.get(i).compareTo(sorted.get(j))), sorted.get(i) + " against " + sorted.get(j));
      }
    }
  }

  private static MaturityModel model() {
    return MaturityModel.builder()
        .name("M")
        .level("low", "Low")
        .level("high", "High")
        .dimension("A", "A", d -> d
            .question("A1", "Q1", q -> q.option("l", "L", "low").option("h", "H", "high").action("high", "Do."))
            .question("A2", "Q2", q -> q.option("l", "L", "low").option("h", "H", "high").action("high", "Do.")))
        .dimension("B", "B", d -> d
            .question("B1", "Q3", q -> q.option("l", "L", "low").option("h", "H", "high").action("high", "Do.")))
        .build();
  }

  @Test
  void assessment_givesBackWhatWasAnsweredAndAimedFor_inModelOrder() throws AssessmentException {
    MaturityModel m = model();
    Assessment a = m.assessment().subject("S").answer("B1", "h").answer("A1", "l").answer("A2", "h")
        .target("B", "high").overallTarget("high").build();
    assertEquals(List.of("A1", "A2", "B1"), List.copyOf(a.answers().keySet()));
    assertEquals(Map.of("A1", "l", "A2", "h", "B1", "h"), a.answers());
    assertEquals(Map.of("B", m.scale().level("high").orElseThrow()), a.targets());
    assertEquals(Optional.of(m.scale().level("high").orElseThrow()), a.overallTarget());
    assertEquals("Assessment[S, answers={A1=l, A2=h, B1=h}, targets={B=High}]".replace("High", a.targets().get("B").toString()),
        a.toString());

    Assessment same = m.assessment().subject("S").answer("A1", "l").answer("A2", "h").answer("B1", "h")
        .target("B", "high").overallTarget("high").build();
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    Assessment other = m.assessment().subject("S").answer("A1", "h").answer("A2", "h").answer("B1", "h")
        .target("B", "high").overallTarget("high").build();
    assertNotEquals(a, other);
    assertNotEquals(a.hashCode(), other.hashCode());
    assertNotEquals(a.hashCode(), m.assessment().subject("T").answer("A1", "l").answer("A2", "h").answer("B1", "h")
        .target("B", "high").overallTarget("high").build().hashCode());
    assertTrue(m.assessment().answer("A1", "l").answer("A2", "l").answer("B1", "l").build().targets().isEmpty());
  }
}
