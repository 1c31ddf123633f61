package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import io.svmi.internal.SourceMap.Part;

/** Every problem the builder reports, all at once, as diagnostics with stable codes. */
class ModelBuilderDiagnosticsTest {

  private static SourceSpan at(int line, int column, int length) {
    return SourceSpan.of("m.svmi", line, column, length);
  }

  private static List<DiagnosticCode> codes(ModelResult r) {
    return r.diagnostics().stream().map(Diagnostic::code).toList();
  }

  private static Diagnostic only(ModelResult r, DiagnosticCode code) {
    List<Diagnostic> found = r.diagnostics().stream().filter(d -> d.code() == code).toList();
    assertEquals(1, found.size(), () -> "expected one " + code + " in " + r.diagnostics());
    return found.get(0);
  }

  private static ModelBuilder valid() {
    return Fixtures.svmiLevels();
  }

  @Test
  void check_validModel_hasAModelAndNoDiagnostics() {
    ModelResult r = valid().dimension("A", "Dim", d -> d.question("A1", "q", q -> {
      Fixtures.everyLevel(q);
      for (int i = 1; i < Fixtures.LEVELS.length; i++) {
        q.action(Fixtures.LEVELS[i], "to " + Fixtures.LEVELS[i]);
      }
    })).check();
    assertEquals(List.of(), r.diagnostics());
    assertFalse(r.hasErrors());
    assertTrue(r.model().isPresent());
  }

  @Test
  void check_duplicateLevelId_reportsE0201WithTheFirstDeclaration() {
    // Both declarations are keyed alike in the source map; each keeps its own position.
    ModelBuilder b = MaturityModel.builder();
    b.sources.put(at(2, 3, 3), Part.LEVEL, "low").put(at(3, 3, 3), Part.LEVEL, "low");
    ModelResult r = b.name("m")
        .level("low", "Low").level("low", "Again")
        .dimension("A", "Dim", d -> d.question("A1", "q", q -> q.option("o", "O", "low"))).check();
    Diagnostic d = only(r, DiagnosticCode.E0201);
    assertEquals("duplicate level 'low'", d.message());
    assertEquals(Optional.of(at(3, 3, 3)), d.span());
    assertEquals(Optional.of("first declared at 2:3"), d.hint());
    assertTrue(r.hasErrors());
  }

  @Test
  void check_duplicateDimensionQuestionOptionAndAction_reportsEachOnce() {
    ModelResult r = valid()
        .dimension("A", "Dim", d -> d.question("A1", "q", q -> {
          Fixtures.everyLevel(q);
          q.option("na", "Again", "mature");
          q.action("leader", "one").action("leader", "two");
        }))
        .dimension("A", "Dim again", d -> d.question("A1", "again", Fixtures::everyLevel))
        .check();
    List<String> messages = r.errors().stream().map(Diagnostic::message).toList();
    assertTrue(messages.contains("duplicate option 'na' in question 'A1'"), messages::toString);
    assertTrue(messages.contains("duplicate action to 'leader' in question 'A1'"), messages::toString);
    assertTrue(messages.contains("duplicate dimension 'A'"), messages::toString);
    assertTrue(messages.contains("duplicate question 'A1'"), messages::toString);
    assertEquals(4, r.errors().size());
    assertTrue(r.errors().stream().allMatch(d -> d.code() == DiagnosticCode.E0201));
  }

  @Test
  void check_unknownLevel_reportsE0203WithADidYouMeanHint() {
    ModelBuilder b = valid();
    b.sources.put(at(5, 20, 5), Part.OPTION_LEVEL, "A1", "p");
    ModelResult r = b.dimension("A", "Dim", d -> d.question("A1", "q", q -> q
        .option("o", "O", "follower")
        .option("p", "P", "leadr"))).check();
    Diagnostic d = only(r, DiagnosticCode.E0203);
    assertEquals("unknown level 'leadr' for option 'p' of question 'A1'", d.message());
    assertEquals(Optional.of("did you mean 'leader'?"), d.hint());
    assertEquals(Optional.of(at(5, 20, 5)), d.span());
  }

  @Test
  void check_unknownLevelFarFromAny_hasNoHint() {
    ModelResult r = valid().unansweredAs("xyzzy-unknown")
        .dimension("A", "Dim", d -> d.question("A1", "q", Fixtures::everyLevel)).check();
    Diagnostic d = only(r, DiagnosticCode.E0203);
    assertEquals("unknown level 'xyzzy-unknown' for unanswered questions", d.message());
    assertEquals(Optional.empty(), d.hint());
  }

  @Test
  void check_unknownLevelInAnAction_reportsE0203() {
    ModelResult r = valid().dimension("A", "Dim", d -> d.question("A1", "q", q -> {
      Fixtures.everyLevel(q);
      q.action("matur", "text");
    })).check();
    assertEquals("unknown level 'matur' for an action of question 'A1'", only(r, DiagnosticCode.E0203).message());
    assertEquals(Optional.of("did you mean 'mature'?"), only(r, DiagnosticCode.E0203).hint());
  }

  @Test
  void check_emptyScale_reportsE0205AndNoModel() {
    ModelResult r = MaturityModel.builder().name("m").dimension("A", "Dim", d -> {}).check();
    assertEquals("the model declares no levels", only(r, DiagnosticCode.E0205).message());
    assertTrue(r.model().isEmpty());
  }

  @Test
  void check_badWeights_reportsE0208ForEach() {
    ModelResult r = valid()
        .dimension("A", "Dim", d -> d.weight(BigDecimal.ZERO)
            .question("A1", "q", q -> Fixtures.everyLevel(q.weight(new BigDecimal("-1"))))
            .question("A2", "q", q -> Fixtures.everyLevel(q.weight(new BigDecimal("0.0000001"))))
            .question("A3", "q", q -> Fixtures.everyLevel(q.weight(new BigDecimal("1000001")))))
        .check();
    List<String> messages = r.errors().stream().map(Diagnostic::message).toList();
    assertEquals(
        List.of(
            "the weight of dimension 'A' must be positive, not 0",
            "the weight of question 'A1' must be positive, not -1",
            "the weight of question 'A2' must be at most 1000000 with at most 6 decimal places, not 0.0000001",
            "the weight of question 'A3' must be at most 1000000 with at most 6 decimal places, not 1000001"),
        messages);
    assertTrue(r.errors().stream().allMatch(d -> d.code() == DiagnosticCode.E0208));
  }

  @Test
  void check_emptyTexts_reportsE0209ForEach() {
    ModelResult r = MaturityModel.builder().name(" ")
        .level("low", "").level("high", "High")
        .dimension("", "Dim", d -> {})
        .dimension("A", " ", d -> d.question("A1", "", q -> q.option("o", "O", "low").option("p", "P", "high")
            .action("high", "  ")))
        .check();
    List<String> messages = r.errors().stream().map(Diagnostic::message).toList();
    assertTrue(messages.contains("the model's name is empty"), messages::toString);
    assertTrue(messages.contains("level 'low' has an empty name"), messages::toString);
    assertTrue(messages.contains("a dimension has an empty id"), messages::toString);
    assertTrue(messages.contains("dimension 'A' has an empty name"), messages::toString);
    assertTrue(messages.contains("question 'A1' has an empty text"), messages::toString);
    assertTrue(messages.contains("the action to reach 'high' in question 'A1' has an empty text"), messages::toString);
    assertEquals(6, r.errors().size());
    assertTrue(r.errors().stream().allMatch(d -> d.code() == DiagnosticCode.E0209));
  }

  @Test
  void check_actionAtTheLowestLevel_reportsE0210() {
    ModelResult r = valid().dimension("A", "Dim", d -> d.question("A1", "q", q -> {
      Fixtures.everyLevel(q);
      q.action("incomplete", "Nothing can reach this");
    })).check();
    assertEquals("'incomplete' is the lowest level: no action can reach it", only(r, DiagnosticCode.E0210).message());
  }

  @Test
  void check_levelNoOptionReaches_warnsW0301AndStillBuilds() {
    ModelResult r = valid().dimension("A", "Dim", d -> d.question("A1", "q", q -> q
        .option("low", "Low", "incomplete").option("high", "High", "innovator")
        .action("follower", "f").action("mature", "m").action("leader", "l").action("innovator", "i")))
        .check();
    assertEquals(
        List.of("no option reaches level 'follower'", "no option reaches level 'mature'", "no option reaches level 'leader'"),
        r.warnings().stream().map(Diagnostic::message).toList());
    assertTrue(r.warnings().stream().allMatch(d -> d.code() == DiagnosticCode.W0301));
    assertTrue(r.model().isPresent());
  }

  @Test
  void check_unansweredLevel_countsAsReached() {
    ModelResult r = MaturityModel.builder().name("m").level("low", "Low").level("high", "High").unansweredAs("low")
        .dimension("A", "Dim", d -> d.question("A1", "q", q -> q.option("h", "H", "high").action("high", "up"))).check();
    assertEquals(List.of(), codes(r));
  }

  @Test
  void check_reachableStepWithoutText_warnsW0302() {
    ModelResult r = valid().dimension("A", "Dim", d -> d.question("A1", "q", q -> q
        .option("f", "F", "follower").option("l", "L", "leader")
        .action("mature", "m"))).check();
    Diagnostic w = only(r, DiagnosticCode.W0302);
    assertEquals("question 'A1' has no action text to reach Innovator", w.message());
    assertTrue(r.model().isPresent());
  }

  @Test
  void check_upToTopWithoutTexts_warnsW0302ForEveryLevelAboveTheLowestReachable() {
    ModelResult r = valid().actionPlan(PlanPolicy.UP_TO_TOP)
        .dimension("A", "Dim", d -> d.question("A1", "q", q -> q
            .option("f", "F", "follower").option("l", "L", "leader"))).check();
    assertEquals("question 'A1' has no action text to reach Mature, Leader, Innovator",
        only(r, DiagnosticCode.W0302).message());
  }

  @Test
  void check_dimensionWithNoQuestion_warnsW0303() {
    ModelResult r = valid()
        .dimension("A", "Empty", d -> {})
        .dimension("B", "Dim", d -> d.question("B1", "q", q -> {
          Fixtures.everyLevel(q);
          for (int i = 1; i < Fixtures.LEVELS.length; i++) {
            q.action(Fixtures.LEVELS[i], "t");
          }
        })).check();
    assertEquals(List.of(DiagnosticCode.W0303), codes(r));
    assertEquals("dimension 'A' has no question", r.diagnostics().get(0).message());
  }

  @Test
  void check_questionWithNoOption_warnsW0304() {
    ModelResult r = valid().unansweredAs("incomplete")
        .dimension("A", "Dim", d -> d.question("A1", "q", q -> {})).check();
    assertEquals("question 'A1' has no option", only(r, DiagnosticCode.W0304).message());
    assertTrue(r.model().isPresent());
  }

  @Test
  void build_severalErrors_throwsOneModelExceptionWithAllSortedByPosition_andNoCascade() {
    ModelBuilder b = MaturityModel.builder();
    b.sources
        .put(at(2, 1, 3), Part.LEVEL, "low").put(at(3, 1, 3), Part.LEVEL, "low")
        .put(at(9, 5, 3), Part.OPTION_LEVEL, "A1", "o")
        .put(at(7, 1, 1), Part.DIMENSION, "B").put(at(7, 12, 1), Part.DIMENSION_WEIGHT, "B");
    b.name("m")
        .level("low", "Low").level("low", "Low")
        .dimension("A", "Dim", d -> d.question("A1", "q", q -> q.option("o", "O", "hgh")));
    b.dimension("B", "Dim").weight(BigDecimal.ZERO);
    ModelException e = assertThrows(ModelException.class, b::build);
    assertEquals(
        List.of(DiagnosticCode.E0201, DiagnosticCode.W0303, DiagnosticCode.E0208, DiagnosticCode.E0203),
        e.diagnostics().stream().map(Diagnostic::code).toList(),
        "'hgh' for 'high' leaves level 'high' unreached: that is the typo's consequence, not a W0301 of its own");
    assertEquals(3, e.errors().size());
    assertTrue(e.getMessage().endsWith("3 errors, 1 warning"), e.getMessage());
  }

  @Test
  void check_badModel_neverThrows() {
    ModelResult r = MaturityModel.builder().check();
    assertTrue(r.hasErrors());
    assertEquals(List.of(DiagnosticCode.E0205, DiagnosticCode.E0209), codes(r).stream().sorted().toList());
  }
}
