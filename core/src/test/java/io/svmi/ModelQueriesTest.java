package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a host asks a model and its parts: levels in order, where a question is, scores as fractions. */
class ModelQueriesTest {
  /** Three dimensions of one question each; C1 has no text for its step to high. */
  private static MaturityModel model() {
    ModelBuilder b = MaturityModel.builder().name("Queries").version("2.1")
        .level("low", "Low").level("mid", "Mid").level("high", "High");
    for (String d : List.of("A", "B", "C")) {
      ModelBuilder.QuestionBuilder q = b.dimension(d, "Dimension " + d).question(d + "1", "Q " + d)
          .option("l", "L", "low").option("m", "M", "mid").option("h", "H", "high").action("mid", "Start " + d + ".");
      if (!d.equals("C")) {
        q.action("high", "Finish " + d + ".");
      }
    }
    return b.build();
  }

  @Test
  void levels_compareByRank() {
    Scale scale = model().scale();
    Level low = scale.level("low").orElseThrow();
    Level mid = scale.level("mid").orElseThrow();
    assertTrue(mid.isAbove(low));
    assertFalse(mid.isAbove(mid));
    assertFalse(low.isAbove(mid));
    assertTrue(low.isBelow(mid));
    assertFalse(mid.isBelow(mid));
    assertFalse(mid.isBelow(low));
    assertEquals(-1, low.compareTo(mid));
    assertEquals(1, mid.compareTo(low));
    assertEquals(0, mid.compareTo(mid));
    assertEquals("Mid", mid.toString());
  }

  @Test
  void aQuestionsDimension_isFound_andAForeignQuestionRefused() {
    MaturityModel m = model();
    assertEquals("B", m.dimensionOf(m.question("B1").orElseThrow()).id());
    assertEquals("C", m.dimensionOf(m.question("C1").orElseThrow()).id());
    Question lookalike = MaturityModel.builder().name("Other").level("low", "Low")
        .dimension("B", "B", d -> d.question("B1", "Another text", q -> q.option("l", "L", "low"))).build()
        .question("B1").orElseThrow();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.dimensionOf(lookalike));
    assertEquals("question 'B1' is not in this model", e.getMessage());
    Question unknown = MaturityModel.builder().name("Other").level("low", "Low")
        .dimension("Z", "Z", d -> d.question("Z1", "Q", q -> q.option("l", "L", "low"))).build()
        .question("Z1").orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> m.dimensionOf(unknown));
  }

  @Test
  void theModelDescribesItself() {
    MaturityModel m = model();
    assertEquals(Optional.of("2.1"), m.version());
    assertEquals(Optional.empty(), m.group("A"));
    assertEquals(List.of(), m.examples());
    assertEquals("MaturityModel[Queries 2.1, 3 levels, 3 dimensions, 3 questions]", m.toString());
    assertEquals(m.hashCode(), model().hashCode());
    assertEquals(m, model());
  }

  @Test
  void aDimension_findsItsOwnQuestionsOnly() {
    Dimension a = model().dimension("A").orElseThrow();
    assertEquals(Optional.of("Q A"), a.question("A1").map(Question::text));
    assertEquals(Optional.empty(), a.question("B1"));
  }

  @Test
  void anUnansweredQuestion_isAnError_unlessTheModelCountsItAtALevel() {
    assertTrue(model().rules().unanswered().isError());
    MaturityModel counted = MaturityModel.builder().name("Counted").level("low", "Low").unansweredAs("low")
        .dimension("A", "A", d -> d.question("A1", "Q", q -> q.option("l", "L", "low"))).build();
    assertFalse(counted.rules().unanswered().isError());
    assertEquals(Optional.of("low"), counted.rules().unanswered().level().map(Level::id));
  }

  @Test
  void everyDiagnosticCode_hasATitleOfItsOwn() {
    assertEquals("duplicate id", DiagnosticCode.E0201.title());
    assertEquals("too many errors", DiagnosticCode.E0107.title());
    java.util.Set<String> titles = new java.util.HashSet<>();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      assertFalse(c.title().isBlank(), c::name);
      assertTrue(titles.add(c.title()), () -> c + " has the title of another code: " + c.title());
    }
  }

  @Test
  void aStepWithNoText_isPlannedInItsOwnDimension() throws Exception {
    MaturityModel m = model();
    Evaluation e = m.evaluate(m.assessment().answer("A1", "m").answer("B1", "m").answer("C1", "m")
        .target("A", "high").target("B", "high").target("C", "high").build());
    List<String> plan = e.plan().actions().stream()
        .map(a -> a.dimensionId() + "/" + a.questionId() + " -> " + a.level().id() + " '" + a.text() + "'").toList();
    assertEquals(List.of("A/A1 -> high 'Finish A.'", "B/B1 -> high 'Finish B.'", "C/C1 -> high ''"), plan);
  }

  @Test
  void scores_areExactFractions() {
    Score s = Score.of(new BigDecimal("2.50"));
    assertEquals(BigInteger.valueOf(5), s.numerator());
    assertEquals(BigInteger.valueOf(2), s.denominator());
    assertEquals(BigInteger.ONE, Score.of(3).denominator());
  }
}
