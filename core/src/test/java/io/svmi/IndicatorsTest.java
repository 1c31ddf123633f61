package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Grading by indicators (the NCSC CAF's rule): Not achieved if any not-achieved indicator holds;
 * Achieved if every achieved indicator holds; Partially achieved if every partially-achieved
 * indicator holds; else Not achieved. The plan says which indicators to meet.
 */
class IndicatorsTest {
  /** N1, N2 in the lowest column; P1, P2 partially; A1, A2 achieved. Outcome B has no Partially column. */
  private static MaturityModel model(PlanPolicy policy) {
    ModelBuilder b = MaturityModel.builder().name("CAF-like")
        .level("na", "Not achieved").level("pa", "Partially achieved").level("a", "Achieved")
        .dimensionLevel(Combination.INDICATORS).noOverallLevel().actionPlan(policy);
    b.dimension("D", "Outcome", d -> d
        .indicator("N1", "Nothing is written down.", "na", i -> i.action("pa", "Write it down."))
        .indicator("N2", "Nobody owns it.", "na", i -> i.action("pa", "Name an owner."))
        .indicator("P1", "Some of it is written down.", "pa", i -> { })
        .indicator("P2", "Someone owns part of it.", "pa", i -> { })
        .indicator("A1", "All of it is written down.", "a", i -> { })
        .indicator("A2", "A board member owns it.", "a", i -> i.action("a", "Make a board member own it.")));
    b.dimension("B", "No partial column", d -> d
        .indicator("BN", "It is ignored.", "na", i -> i.action("a", "Stop ignoring it."))
        .indicator("BA", "It is reviewed.", "a", i -> { }));
    return b.build();
  }

  /** Answers N1 N2 P1 P2 A1 A2 BN BA in that order: true is met. */
  private static Evaluation answer(MaturityModel m, boolean... met) throws AssessmentException {
    String[] ids = {"N1", "N2", "P1", "P2", "A1", "A2", "BN", "BA"};
    Assessment.Builder a = m.assessment();
    for (int i = 0; i < ids.length; i++) {
      a.answer(ids[i], i < met.length && met[i] ? Question.MET : Question.NOT_MET);
    }
    a.target("D", "a").target("B", "a");
    return m.evaluate(a.build());
  }

  private static String grade(Evaluation e, String d) {
    return e.dimension(d).orElseThrow().present().map(Level::id).orElse("no level");
  }

  @Test
  void theCafRule() throws Exception {
    MaturityModel m = model(PlanPolicy.UP_TO_TARGET);
    assertEquals("na", grade(answer(m, true, false, true, true, true, true), "D"));     // a not-achieved one holds
    assertEquals("a", grade(answer(m, false, false, false, false, true, true), "D"));   // achieved without partially
    assertEquals("pa", grade(answer(m, false, false, true, true, true, false), "D"));   // A2 not met
    assertEquals("na", grade(answer(m, false, false, true, false, true, false), "D"));  // no column all met
    assertEquals("na", grade(answer(m, false, false, false, false, false, false, false, false), "B"));
    assertEquals("a", grade(answer(m, false, false, false, false, false, false, false, true), "B"));
  }

  @Test
  void indicatorsAreAnsweredMetOrNotMet_andStandAtTheirColumn() {
    MaturityModel m = model(PlanPolicy.UP_TO_TARGET);
    Question n1 = m.questions().get("N1");
    Question a1 = m.questions().get("A1");
    assertTrue(n1.indicator());
    assertEquals(List.of(Question.MET, Question.NOT_MET), n1.options().keySet().asList());
    assertEquals("na", n1.option(Question.MET).orElseThrow().level().orElseThrow().id());
    assertEquals("pa", n1.option(Question.NOT_MET).orElseThrow().level().orElseThrow().id());
    assertEquals("a", a1.option(Question.MET).orElseThrow().level().orElseThrow().id());
    assertEquals("pa", a1.option(Question.NOT_MET).orElseThrow().level().orElseThrow().id());
    assertFalse(m.isScoreBased());
  }

  @Test
  void thePlanSaysWhichIndicatorsToMeet_forTheAimedColumnOnly() throws Exception {
    Evaluation e = answer(model(PlanPolicy.UP_TO_TARGET), true, false, false, true, true, false, true, false);
    assertEquals(
        List.of("D:N1>pa Write it down.", "D:A2>a Make a board member own it.",
            "B:BN>a Stop ignoring it.", "B:BA>a It is reviewed."),
        e.plan().actions().stream()
            .map(a -> a.dimensionId() + ":" + a.questionId() + ">" + a.level().id() + " " + a.text()).toList());
  }

  @Test
  void nextLevel_aimsForTheNextColumn() throws Exception {
    Evaluation e = answer(model(PlanPolicy.NEXT_LEVEL), false, false, true, false, false, false, false, false);
    assertEquals(List.of("P2", "BA"), e.plan().actions().stream().map(Action::questionId).toList());
    assertEquals(Optional.of("Someone owns part of it."), e.plan().actions().stream().findFirst().map(Action::text));
  }

  @Test
  void theExplanationSaysWhatHoldsAndWhatIsMet() throws Exception {
    Evaluation e = answer(model(PlanPolicy.UP_TO_TARGET), false, false, true, true, true, false);
    assertEquals("D Outcome is Partially achieved: graded by indicators, every indicator of Partially achieved is"
        + " met; holds: none; met: P1 (Partially achieved), P2 (Partially achieved), A1 (Achieved);"
        + " not met: A2 (Achieved)", e.dimension("D").orElseThrow().explanation());
    assertEquals(Optional.of(Score.of(1)), e.dimension("D").orElseThrow().score());
  }


  @Test
  void eachCheckCatchesWhatItExistsFor() {
    ModelResult noColumn = MaturityModel.builder().name("M").level("na", "N").level("a", "A")
        .dimensionLevel(Combination.INDICATORS)
        .dimension("D", "D", d -> d.indicator("I", "Holds.")).check();
    assertEquals(List.of(DiagnosticCode.E0223), errors(noColumn));
    ModelResult outside = MaturityModel.builder().name("M").level("na", "N").level("a", "A")
        .dimension("D", "D", d -> d.indicator("I", "Holds.", "a", i -> { })).check();
    assertEquals(List.of(DiagnosticCode.E0224), errors(outside));
    ModelResult options = MaturityModel.builder().name("M").level("na", "N").level("a", "A")
        .dimensionLevel(Combination.INDICATORS)
        .dimension("D", "D", d -> d.indicator("I", "Holds.", "a", i -> i.option("y", "Yes", "a"))).check();
    assertEquals(List.of(DiagnosticCode.E0225), errors(options));
    ModelResult unusedAction = MaturityModel.builder().name("M").level("na", "N").level("pa", "P").level("a", "A")
        .dimensionLevel(Combination.INDICATORS)
        .dimension("D", "D", d -> d.indicator("I", "Holds.", "na", i -> i.action("a", "Do."))
            .indicator("J", "Met.", "a", i -> i.action("pa", "Never.")))
        .check();
    assertEquals(List.of(DiagnosticCode.W0311),
        unusedAction.diagnostics().stream().map(Diagnostic::code).filter(c -> c.name().startsWith("W03")).toList(),
        unusedAction::render);
  }

  @Test
  void indicatorsGradeQuestionsOnly() {
    assertThrows(IllegalArgumentException.class, () -> Rules.defaults().withOverallLevel(Combination.INDICATORS));
    assertTrue(Combination.INDICATORS.roundsToRank());
    assertFalse(Combination.INDICATORS.needsThresholds());
  }

  /** Answers every indicator of both outcomes not met, with the given targets ("" for none). */
  private static List<String> planWithNothingMet(PlanPolicy policy, String targetD) throws AssessmentException {
    MaturityModel m = model(policy);
    Assessment.Builder a = m.assessment();
    for (String id : List.of("N1", "N2", "P1", "P2", "A1", "A2", "BN", "BA")) {
      a.answer(id, Question.NOT_MET);
    }
    if (!targetD.isEmpty()) {
      a.target("D", targetD);
    }
    Evaluation e = m.evaluate(a.build());
    assertEquals("na", grade(e, "D"));
    return e.plan().forDimension("D").stream().map(x -> x.questionId() + ">" + x.level().id() + " " + x.text()).toList();
  }

  @Test
  void upToTarget_aimsForTheTargetsColumn_notTheTopOne() throws Exception {
    assertEquals(List.of("P1>pa Some of it is written down.", "P2>pa Someone owns part of it."),
        planWithNothingMet(PlanPolicy.UP_TO_TARGET, "pa"));
    assertEquals(List.of("A1>a All of it is written down.", "A2>a Make a board member own it."),
        planWithNothingMet(PlanPolicy.UP_TO_TARGET, "a"));
  }

  @Test
  void upToTarget_withoutATarget_keepsThePresentLevel_andPlansNothing() throws Exception {
    assertEquals(List.of(), planWithNothingMet(PlanPolicy.UP_TO_TARGET, ""));
  }

  @Test
  void nextLevel_fromNothingMet_aimsForTheFirstColumn() throws Exception {
    assertEquals(List.of("P1>pa Some of it is written down.", "P2>pa Someone owns part of it."),
        planWithNothingMet(PlanPolicy.NEXT_LEVEL, ""));
  }

  @Test
  void upToTop_aimsForTheHighestColumn_whateverTheTarget() throws Exception {
    assertEquals(List.of("A1>a All of it is written down.", "A2>a Make a board member own it."),
        planWithNothingMet(PlanPolicy.UP_TO_TOP, "pa"));
  }

  /**
   * Questions of their own graded by indicators: Z, at the lowest level, holds when answered
   * there; X1, X2, X3a and X3b are met at their column's level, not met at the lowest; any may be
   * not applicable.
   */
  private static MaturityModel columns() {
    ModelBuilder b = MaturityModel.builder().name("Columns")
        .level("l0", "L0").level("l1", "L1").level("l2", "L2").level("l3", "L3")
        .dimensionLevel(Combination.INDICATORS).noOverallLevel().actionPlan(PlanPolicy.NEXT_LEVEL);
    columnsOf(b);
    return b.build();
  }

  /** Declares dimension D of {@link #columns()}: Z, X3a, X1, X2 and X3b. */
  private static void columnsOf(ModelBuilder b) {
    b.dimension("D", "Columns", d -> {
      d.question("Z", "Nothing is done.", q -> q.at("l0")
          .option("yes", "Holds", "l0").option("no", "Does not hold", "l1").optionNotApplicable("na", "N/A"));
      for (String[] x : new String[][] {{"X3a", "l3"}, {"X1", "l1"}, {"X2", "l2"}, {"X3b", "l3"}}) {
        d.question(x[0], "Column " + x[1], q -> q.at(x[1])
            .option("yes", "Met", x[1]).option("no", "Not met", "l0").optionNotApplicable("na", "N/A"));
      }
    });
  }

  /** Answers Z, X3a, X1, X2, X3b in that order. */
  private static Evaluation columns(String... answers) throws AssessmentException {
    MaturityModel m = columns();
    Assessment.Builder a = m.assessment();
    String[] ids = {"Z", "X3a", "X1", "X2", "X3b"};
    for (int i = 0; i < ids.length; i++) {
      a.answer(ids[i], answers[i]);
    }
    return m.evaluate(a.build());
  }

  /**
   * The same questions in a score-based model (levels from 0 to 3), with a dimension E after D:
   * the score-based evaluator grades by indicators as the ordinal one does.
   */
  private static Evaluation scoredColumns(String... answers) throws AssessmentException {
    ModelBuilder b = MaturityModel.builder().name("Scored columns")
        .level("l0", "L0", BigDecimal.ZERO).level("l1", "L1", BigDecimal.ONE)
        .level("l2", "L2", BigDecimal.valueOf(2)).level("l3", "L3", BigDecimal.valueOf(3))
        .dimensionLevel(Combination.INDICATORS).noOverallLevel().actionPlan(PlanPolicy.NEXT_LEVEL);
    columnsOf(b);
    b.dimension("E", "Another", d -> d.question("E1", "Column l1", q -> q.at("l1")
        .option("yes", "Met", "l1").option("no", "Not met", "l0")));
    MaturityModel m = b.build();
    assertTrue(m.isScoreBased());
    Assessment.Builder a = m.assessment().answer("E1", "yes");
    String[] ids = {"Z", "X3a", "X1", "X2", "X3b"};
    for (int i = 0; i < ids.length; i++) {
      a.answer(ids[i], answers[i]);
    }
    return m.evaluate(a.build());
  }

  @Test
  void aTargetAnswer_forAnIndicator_orAQuestionOfADimensionGradedByIndicators_isE0418_sayingWhich() {
    AssessmentException indicator = assertThrows(AssessmentException.class,
        () -> model(PlanPolicy.UP_TO_TARGET).assessment().targetAnswer("A1", Question.MET).build());
    assertEquals(DiagnosticCode.E0418, indicator.diagnostics().get(0).code());
    assertEquals("question 'A1' is an indicator: its plan follows its outcome's target, not a target answer",
        indicator.diagnostics().get(0).message());
    AssessmentException question = assertThrows(AssessmentException.class,
        () -> columns().assessment().answer("Z", "no").answer("X3a", "no").answer("X1", "yes").answer("X2", "no")
            .answer("X3b", "no").targetAnswer("X2", "yes").build());
    assertEquals("question 'X2' is in a dimension graded by indicators: its plan follows its outcome's target,"
        + " not a target answer", question.diagnostics().get(0).message());
  }

  @Test
  void planningAnIndicatorFromTheLevelBelowItsColumn_leavesItsAnswersLevelAsItIs() throws Exception {
    // Column L1 is met; the next column is L2, whose X2 is not met: planned as a step from L1, still answered at L0.
    Evaluation e = columns("no", "no", "yes", "no", "no");
    assertEquals("l1", grade(e, "D"));
    assertEquals(List.of("X2 l2"), e.plan().actions().stream().map(a -> a.questionId() + " " + a.level().id()).toList());
    assertEquals(List.of("Z l1", "X3a l0", "X1 l1", "X2 l0", "X3b l0"), e.questions().stream()
        .map(q -> q.question().id() + " " + q.level().map(Level::id).orElse("no level")).toList());
  }

  @Test
  void aScoreBasedModel_gradesByIndicatorsAsTheOrdinalOneDoes() throws Exception {
    // Every question not applicable: no level, whatever the next dimension holds.
    assertEquals("no level", grade(scoredColumns("na", "na", "na", "na", "na"), "D"));
    // Every question at the lowest level (a holding "not achieved" one, indicators not met): the lowest.
    assertEquals("l0", grade(scoredColumns("yes", "no", "no", "no", "no"), "D"));
    assertEquals("l0", grade(scoredColumns("na", "no", "no", "na", "na"), "D"));
    assertEquals("l2", grade(scoredColumns("no", "no", "yes", "yes", "yes"), "D"));
    assertEquals("l3", grade(scoredColumns("na", "yes", "yes", "yes", "yes"), "D"));
    assertEquals("l1", grade(scoredColumns("na", "yes", "yes", "yes", "yes"), "E"));
  }

  @Test
  void questionsGradedByIndicators_everyOneNotApplicable_haveNoLevelAndNoPlan() throws Exception {
    Evaluation e = columns("na", "na", "na", "na", "na");
    assertEquals("no level", grade(e, "D"));
    assertEquals(List.of(), e.plan().actions());
    assertEquals("D Columns has no level: every question is not applicable", e.dimension("D").orElseThrow().explanation());
  }

  @Test
  void aHoldingNotAchievedQuestion_aloneGradesTheLowestLevel() throws Exception {
    assertEquals("l0", grade(columns("yes", "na", "na", "na", "na"), "D"));
    assertEquals("l1", grade(columns("no", "na", "yes", "na", "na"), "D"));
  }

  @Test
  void aColumnCountsOnlyWhenEveryOneOfItsIndicatorsIsMet_inWhateverOrderTheyAreDeclared() throws Exception {
    // X3b is met, but X3a (declared first) is not: no column has every indicator met.
    assertEquals("l0", grade(columns("no", "no", "no", "no", "yes"), "D"));
    assertEquals("l2", grade(columns("no", "no", "yes", "yes", "yes"), "D"));
    assertEquals("l3", grade(columns("na", "yes", "yes", "yes", "yes"), "D"));
  }

  @Test
  void anIndicatorWithOptionsOrAnAnswerSet_isE0225_atWhatItDeclares() {
    ModelBuilder b = MaturityModel.builder().name("M").level("na", "N").level("a", "A")
        .dimensionLevel(Combination.INDICATORS)
        .answerSet("yn", s -> s.option("y", "Yes", "a").option("n", "No", "na"));
    b.sources.put(SourceSpan.of("m.svmi", 7, 20, 2), io.svmi.internal.SourceMap.Part.QUESTION_ANSWERS, "I")
        .put(SourceSpan.of("m.svmi", 9, 5, 1), io.svmi.internal.SourceMap.Part.OPTION, "J", "y");
    ModelResult r = b.dimension("D", "D", d -> d
        .indicator("I", "Holds.", "a", i -> i.answers("yn"))
        .indicator("J", "Met.", "a", i -> i.option("y", "Yes", "a"))).check();
    List<Diagnostic> e0225 = r.errors().stream().filter(x -> x.code() == DiagnosticCode.E0225).toList();
    assertEquals(List.of(
        "indicator 'I' declares an answer set, but an indicator is answered 'met' or 'not_met'",
        "indicator 'J' declares options, but an indicator is answered 'met' or 'not_met'"),
        e0225.stream().map(Diagnostic::message).toList(), r::render);
    assertEquals(Optional.of(SourceSpan.of("m.svmi", 7, 20, 2)), e0225.get(0).span());
    assertEquals(Optional.of(SourceSpan.of("m.svmi", 9, 5, 1)), e0225.get(1).span());
    assertEquals(Optional.of("remove them, or make it a question with options of its own"), e0225.get(0).hint());
  }

  private static List<DiagnosticCode> errors(ModelResult r) {
    return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
  }
}
