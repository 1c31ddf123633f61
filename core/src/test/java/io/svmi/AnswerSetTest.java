package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answer sets: options declared once, used by many questions. */
class AnswerSetTest {
  private static ModelBuilder levels() {
    return MaturityModel.builder().name("M").level("low", "Low").level("high", "High");
  }

  private static List<DiagnosticCode> codes(ModelResult r) {
    return r.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void questionsUsingASet_haveItsOptions_andEvaluateAsAny() throws Exception {
    MaturityModel m = levels()
        .answerSet("yesno", s -> s.option("no", "No", "low").option("yes", "Yes", "high").optionNotApplicable("na", "N/A"))
        .dimension("A", "Area", d -> d
            .question("A1", "One", q -> q.answers("yesno").action("high", "Do one."))
            .question("A2", "Two", q -> q.answers("yesno").action("high", "Do two.")))
        .build();
    assertEquals(List.of("yesno"), List.copyOf(m.answerSets().keySet()));
    Question a2 = m.questions().get("A2");
    assertEquals(Optional.of("yesno"), a2.answerSet());
    assertEquals(m.answerSets().get("yesno").options(), a2.options());
    Evaluation e = m.evaluate(m.assessment().answer("A1", "yes").answer("A2", "no").build());
    assertEquals("low", e.dimension("A").orElseThrow().present().orElseThrow().id());
    assertEquals(List.of("A2"), e.plan().actions().stream().map(Action::questionId).toList());
  }

  @Test
  void valuedSets_makeAScoreBasedModel() {
    MaturityModel m = MaturityModel.builder().name("M").level("l0", "L0", BigDecimal.ZERO).level("l1", "L1", BigDecimal.ONE)
        .answerSet("F", s -> s.option("no", "No", BigDecimal.ZERO).option("full", "Yes", BigDecimal.ONE))
        .dimension("A", "Area", d -> d.question("A1", "One", q -> q.at("l1").answers("F").action("l1", "Do it.")))
        .build();
    assertTrue(m.isScoreBased());
    assertTrue(m.questions().get("A1").isValued());
  }

  @Test
  void anUnknownSet_isE0221_optionsBesideASet_E0222() {
    ModelResult unknown = levels().answerSet("yesno", s -> s.option("no", "No", "low"))
        .dimension("A", "Area", d -> d.question("A1", "One", q -> q.answers("yesn")))
        .check();
    assertEquals(DiagnosticCode.E0221, codes(unknown).get(0));
    assertTrue(!codes(unknown).contains(DiagnosticCode.W0307), "no cascade: " + codes(unknown));
    assertTrue(unknown.render().contains("did you mean 'yesno'?"), unknown.render());
    ModelResult both = levels().answerSet("yesno", s -> s.option("no", "No", "low").option("yes", "Yes", "high"))
        .dimension("A", "Area", d -> d.question("A1", "One", q -> q.answers("yesno").option("x", "X", "low")
            .action("high", "Do it.")))
        .check();
    assertEquals(List.of(DiagnosticCode.E0222), codes(both));
    ModelResult duplicate = levels()
        .answerSet("s", s -> s.option("a", "A", "low").option("a", "Again", "high").option("b", "B", "nowhere"))
        .dimension("A", "Area", d -> d.question("A1", "One", q -> q.answers("s")))
        .check();
    assertEquals(List.of(DiagnosticCode.E0201, DiagnosticCode.E0203), codes(duplicate).stream()
        .filter(c -> c.severity() == Severity.ERROR).toList());
  }
}
