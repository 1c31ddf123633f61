package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every problem in an assessment is collected and thrown together in one AssessmentException. */
class AssessmentDiagnosticsTest {

  private static final MaturityModel MODEL = Fixtures.svmiLevels()
      .dimension("A", "Policy & Scope", d -> d
          .question("A1", "q", Fixtures::everyLevel)
          .question("A2", "q", Fixtures::everyLevel))
      .build();

  private static SourceSpan at(int line, int column) {
    return SourceSpan.of("answers.json", line, column, 4);
  }

  private static Diagnostic single(Assessment.Builder b) {
    AssessmentException e = assertThrows(AssessmentException.class, b::build);
    assertEquals(1, e.diagnostics().size(), e.diagnostics()::toString);
    return e.diagnostics().get(0);
  }

  private static Assessment.Builder complete() {
    return MODEL.assessment().answer("A1", "mature").answer("A2", "leader");
  }

  @Test
  void build_unknownQuestion_reportsE0401WithAHint() {
    Diagnostic d = single(complete().answer("A3x", "mature", at(2, 3)));
    assertEquals(DiagnosticCode.E0401, d.code());
    assertEquals("unknown question 'A3x'", d.message());
    assertEquals(Optional.of(at(2, 3)), d.span());
    assertEquals(Optional.empty(), d.hint());
  }

  @Test
  void build_misspeltQuestion_hintsTheClosest() {
    AssessmentException e = assertThrows(AssessmentException.class,
        () -> complete().answer("a1x", "mature").build());
    assertEquals(Optional.of("did you mean 'A1'?"), e.diagnostics().get(0).hint());
  }

  @Test
  void build_unknownOption_reportsE0402WithTheClosestOrTheOptions() {
    Diagnostic close = single(complete().answer("A2", "leadr"));
    assertEquals(DiagnosticCode.E0402, close.code());
    assertEquals("question 'A2' has no option 'leadr'", close.message());
    assertEquals(Optional.of("did you mean 'leader'?"), close.hint());
    Diagnostic far = single(complete().answer("A1", "xyzzy-plugh"));
    assertEquals(Optional.of("its options are incomplete, follower, mature, leader, innovator, na"), far.hint());
  }

  @Test
  void build_unknownOption_isNotAlsoReportedAsAMissingAnswer() {
    AssessmentException e = assertThrows(AssessmentException.class,
        () -> MODEL.assessment().answer("A1", "leadr").build());
    assertEquals(List.of(DiagnosticCode.E0402, DiagnosticCode.E0405),
        e.diagnostics().stream().map(Diagnostic::code).toList());
    assertEquals("question A2 is not answered, and the model says an unanswered question is an error",
        e.diagnostics().get(1).message());
  }

  @Test
  void build_unknownDimensionInTarget_reportsE0403() {
    Diagnostic d = single(complete().target("Z", "leader"));
    assertEquals(DiagnosticCode.E0403, d.code());
    assertEquals("unknown dimension 'Z' in a target", d.message());
  }

  @Test
  void build_unknownLevelInTarget_reportsE0404WithAHint() {
    Diagnostic d = single(complete().target("A", "leadr"));
    assertEquals(DiagnosticCode.E0404, d.code());
    assertEquals("unknown level 'leadr' in a target", d.message());
    assertEquals(Optional.of("did you mean 'leader'?"), d.hint());
    Diagnostic overall = single(complete().overallTarget("matur"));
    assertEquals(DiagnosticCode.E0404, overall.code());
  }

  @Test
  void build_missingAnswer_reportsE0405() {
    assertEquals(DiagnosticCode.E0405, single(MODEL.assessment().answer("A1", "mature")).code());
  }

  @Test
  void build_questionAnsweredTwice_reportsE0406WithTheFirstPosition() {
    Diagnostic d = single(complete().answer("A1", "leader", at(9, 5)));
    assertEquals(DiagnosticCode.E0406, d.code());
    assertEquals("question 'A1' is answered twice", d.message());
    Diagnostic withFirst = single(MODEL.assessment().answer("A1", "mature", at(3, 5)).answer("A2", "leader")
        .answer("A1", "leader", at(9, 5)));
    assertEquals(Optional.of("first answered at 3:5"), withFirst.hint());
  }

  @Test
  void build_targetGivenTwice_reportsE0407() {
    Diagnostic d = single(complete().target("A", "leader", at(4, 1)).target("A", "mature", at(5, 1)));
    assertEquals(DiagnosticCode.E0407, d.code());
    assertEquals("dimension 'A' has two targets", d.message());
    assertEquals(Optional.of("first given at 4:1"), d.hint());
    Diagnostic overall = single(complete().overallTarget("leader").overallTarget("mature"));
    assertEquals(DiagnosticCode.E0407, overall.code());
    assertEquals("the overall target is given twice", overall.message());
  }

  @Test
  void evaluate_assessmentOfAnotherModel_reportsE0408() throws Exception {
    MaturityModel other = Fixtures.svmiLevels().name("Other model")
        .dimension("A", "Policy & Scope", d -> d.question("A1", "q", Fixtures::everyLevel)).build();
    Assessment foreign = other.assessment().answer("A1", "mature").build();
    AssessmentException e = assertThrows(AssessmentException.class, () -> MODEL.evaluate(foreign));
    assertEquals(DiagnosticCode.E0408, e.diagnostics().get(0).code());
    assertEquals("the assessment was built for model 'Other model', not for 'Test model'", e.diagnostics().get(0).message());
  }

  @Test
  void evaluate_assessmentOfAnEqualModel_isAccepted() throws Exception {
    MaturityModel twin = Fixtures.svmiLevels()
        .dimension("A", "Policy & Scope", d -> d
            .question("A1", "q", Fixtures::everyLevel)
            .question("A2", "q", Fixtures::everyLevel))
        .build();
    assertEquals(MODEL, twin);
    assertEquals("mature", MODEL.evaluate(twin.assessment().answer("A1", "mature").answer("A2", "leader").build())
        .present().orElseThrow().id());
  }

  @Test
  void build_manyProblems_collectsThemAllInOneExceptionSortedByPosition() {
    AssessmentException e = assertThrows(AssessmentException.class, () -> MODEL.assessment()
        .answer("A1", "mature", at(2, 3))
        .answer("A9", "mature", at(3, 3))
        .answer("A1", "leader", at(4, 3))
        .target("Z", "leader", at(6, 3))
        .target("A", "boss", at(7, 3))
        .source(SourceText.of("answers.json", "{\n  A1\n  A9\n  A1\n  \n  Z\n  A\n}\n"))
        .build());
    assertEquals(
        List.of(DiagnosticCode.E0401, DiagnosticCode.E0406, DiagnosticCode.E0403, DiagnosticCode.E0404, DiagnosticCode.E0405),
        e.diagnostics().stream().map(Diagnostic::code).toList());
    assertTrue(e.getMessage().contains("error[E0401]: unknown question 'A9'"), e.getMessage());
    assertTrue(e.getMessage().endsWith("5 errors"), e.getMessage());
  }

  @Test
  void build_millionsOfUnknownIds_keepsTheFirstFiftyAndSaysHowManyMore() {
    Assessment.Builder b = complete();
    for (int i = 0; i < 1_000_000; i++) {
      b.answer("Q" + i, "mature", at(i + 1, 1));
    }
    AssessmentException e = assertThrows(AssessmentException.class, b::build);
    assertEquals(Assessment.Builder.DEFAULT_MAX_ERRORS + 1, e.diagnostics().size());
    assertEquals(List.of(DiagnosticCode.E0401), e.diagnostics().subList(0, 50).stream()
        .map(Diagnostic::code).distinct().toList());
    Diagnostic last = e.diagnostics().get(50);
    assertEquals(DiagnosticCode.E0107, last.code());
    assertEquals("too many errors; stopping after 50", last.message());
    assertEquals(Optional.of("999950 more left out; fix these and run again"), last.hint());
  }

  @Test
  void build_maxErrors_countsTheMissingAnswersToo() {
    // Two unknown questions and the unanswered A1, A2: three problems, two kept.
    AssessmentException e = assertThrows(AssessmentException.class,
        () -> MODEL.assessment().maxErrors(2).answer("X1", "mature").answer("X2", "mature").build());
    assertEquals(List.of(DiagnosticCode.E0401, DiagnosticCode.E0401, DiagnosticCode.E0107),
        e.diagnostics().stream().map(Diagnostic::code).toList());
    assertEquals(Optional.of("1 more left out; fix these and run again"), e.diagnostics().get(2).hint());
  }

  @Test
  void build_exactlyMaxErrors_addsNoE0107() {
    AssessmentException e = assertThrows(AssessmentException.class,
        () -> complete().maxErrors(2).answer("X1", "mature").answer("X2", "mature").build());
    assertEquals(List.of(DiagnosticCode.E0401, DiagnosticCode.E0401),
        e.diagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void maxErrorsOfOne_keepsTheFirstProblemMet_andCountsTheRest() {
    // The builder stops counting after the first: X1, met first though written lower down, is kept.
    AssessmentException e = assertThrows(AssessmentException.class,
        () -> complete().maxErrors(1).answer("X1", "mature", at(5, 1)).answer("X2", "mature", at(2, 1)).build());
    assertEquals(List.of("E0401 5:1", "E0107 none"), e.diagnostics().stream()
        .map(d -> d.code() + " " + d.span().map(s -> s.line() + ":" + s.column()).orElse("none")).toList());
    assertEquals(Optional.of("1 more left out; fix these and run again"), e.diagnostics().get(1).hint());
  }

  @Test
  void maxErrors_belowOne_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> complete().maxErrors(0));
    assertEquals("maxErrors must be at least 1: 0", e.getMessage());
  }
  @Test
  void build_targetAnswersAndProfilesInError_areEachReported_andTheBuilderGoesOn() {
    MaturityModel m = Fixtures.svmiLevels()
        .profile("base", "Baseline", p -> p.target("A", "mature"))
        .profile("stretch", "Stretch", p -> p.target("A", "leader"))
        .dimension("A", "Policy & Scope", d -> d.question("A1", "q", Fixtures::everyLevel))
        .build();
    AssessmentException e = assertThrows(AssessmentException.class, () -> m.assessment()
        .answer("A1", "mature")
        .targetAnswer("A9", "leader")
        .targetAnswer("A1", "leadr")
        .targetAnswer("A1", "na")
        .targetAnswer("A1", "leader")
        .targetAnswer("A1", "innovator")
        .profile("bse")
        .profile("zzzzzz")
        .profile("base")
        .profile("stretch")
        .subject("Org")
        .build());
    assertEquals(List.of(
        "E0401 unknown question 'A9' in a target answer | did you mean 'A1'?",
        "E0402 question 'A1' has no option 'leadr' to aim for | did you mean 'leader'?",
        "E0415 option 'na' of question 'A1' is not applicable: it cannot be a target answer"
            + " | aim for an option that gives a level or a value",
        "E0407 question 'A1' has two target answers",
        "E0417 unknown profile 'bse' | did you mean 'base'?",
        "E0417 unknown profile 'zzzzzz' | its profiles are base, stretch",
        "E0407 the profile is given twice"),
        e.diagnostics().stream().map(d -> d.code() + " " + d.message() + d.hint().map(h -> " | " + h).orElse(""))
            .toList());
    AssessmentException none = assertThrows(AssessmentException.class,
        () -> complete().profile("base").build());
    assertEquals("E0417 unknown profile 'base' | the model declares no profiles",
        none.diagnostics().get(0).code() + " " + none.diagnostics().get(0).message() + " | "
            + none.diagnostics().get(0).hint().orElseThrow());
  }
}
