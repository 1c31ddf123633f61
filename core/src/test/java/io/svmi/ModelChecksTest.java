package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each check on its own, catching what it exists to catch: run alone against a model that has
 * exactly that problem, it reports exactly its codes; and against a valid model, nothing.
 * ({@link ModelBuilderDiagnosticsTest} and the dsl's golden files test the messages as a whole.)
 */
class ModelChecksTest {

  private static List<DiagnosticCode> run(ModelCheck check, ModelBuilder b) {
    return findings(check, b).stream().map(Diagnostic::code).toList();
  }

  /** What the check alone finds in the model, in order. */
  private static List<Diagnostic> findings(ModelCheck check, ModelBuilder b) {
    ModelDraft draft = b.draft();
    Findings findings = new Findings(false);
    if (check instanceof ModelCheck.OfDeclarations d) {
      d.check(draft, findings);
    } else {
      ((ModelCheck.OfModel) check).check(draft, ModelBuilder.assemble(draft), findings);
    }
    return findings.sorted();
  }

  /** Two levels, one dimension, one question reaching both with a text for the step. */
  private static ModelBuilder valid(Consumer<ModelBuilder.QuestionBuilder> more) {
    ModelBuilder b = MaturityModel.builder().name("m").level("low", "Low").level("high", "High");
    b.dimension("A", "Area").question("A1", "Q", q -> {
      q.option("no", "No", "low").option("yes", "Yes", "high").action("high", "Do it.");
      more.accept(q);
    });
    return b;
  }

  private static ModelBuilder valid() {
    return valid(q -> {});
  }

  private static final List<ModelCheck> ALL =
      List.of(
          new LevelsCheck(), new UniqueIdsCheck(), new EmptyTextsCheck(), new LevelReferencesCheck(),
          new WeightsCheck(), new OptionValuesCheck(), new ActionLevelsCheck(), new ScoreRulesCheck(),
          new StagedCheck(), new NoOverallLevelCheck(), new AnswerSetsCheck(),
          new GroupsCheck(), new EmptyDeclarationsCheck(), new UnreachedLevelsCheck(), new ActionTextsCheck(),
          new UnusedWeightsCheck(), new ExampleChecks());

  @Test
  void everyCheck_findsNothingInAValidModel() {
    for (ModelCheck check : ALL) {
      assertEquals(List.of(), run(check, valid()), check.getClass().getSimpleName());
    }
  }

  @Test
  void levelsCheck_emptyScaleAndBadThresholds() {
    assertEquals(List.of(DiagnosticCode.E0205), run(new LevelsCheck(), MaturityModel.builder().name("m")));
    ModelBuilder b = MaturityModel.builder().name("m")
        .level("l0", "L0", BigDecimal.ONE).level("l1", "L1", BigDecimal.ONE).level("l2", "L2");
    assertEquals(List.of(DiagnosticCode.E0213, DiagnosticCode.E0213), run(new LevelsCheck(), b));
  }

  @Test
  void uniqueIdsCheck_repeatedAndEmptyIds() {
    ModelBuilder b = valid(q -> q.option("no", "Again", "low").action("high", "Again."));
    b.level("low", "Again");
    b.dimension("", "Nameless");
    assertEquals(
        List.of(DiagnosticCode.E0201, DiagnosticCode.E0201, DiagnosticCode.E0201, DiagnosticCode.E0209),
        run(new UniqueIdsCheck(), b));
  }

  @Test
  void emptyTextsCheck_blankNamesAndTexts() {
    ModelBuilder b = MaturityModel.builder().name(" ").level("low", "").level("high", "High");
    b.dimension("A", "").question("A1", "", q -> q.option("o", "O", "high").action("high", " "));
    assertEquals(5, run(new EmptyTextsCheck(), b).stream().filter(c -> c == DiagnosticCode.E0209).count());
  }

  @Test
  void levelReferencesCheck_unknownLevelsEverywhere() {
    ModelBuilder b = valid(q -> q.option("x", "X", "hgh").action("hihg", "t").at("lw")).unansweredAs("nope");
    assertEquals(List.of(DiagnosticCode.E0203, DiagnosticCode.E0203, DiagnosticCode.E0203, DiagnosticCode.E0203),
        run(new LevelReferencesCheck(), b));
  }

  @Test
  void weightsCheck_nonPositiveAndTooPrecise() {
    ModelBuilder b = valid(q -> q.weight(new BigDecimal("0.0000001")));
    b.dimension("B", "B").weight(BigDecimal.ZERO);
    assertEquals(List.of(DiagnosticCode.E0208, DiagnosticCode.E0208), run(new WeightsCheck(), b));
  }

  @Test
  void optionValuesCheck_bothKindsAndBadValues() {
    ModelBuilder b = valid(q -> q.option("v", "V", new BigDecimal("-1")));
    assertEquals(List.of(DiagnosticCode.E0214, DiagnosticCode.E0215), run(new OptionValuesCheck(), b));
  }

  @Test
  void actionLevelsCheck_actionToTheLowestLevel() {
    assertEquals(List.of(DiagnosticCode.E0210), run(new ActionLevelsCheck(), valid(q -> q.action("low", "t"))));
  }

  @Test
  void scoreRulesCheck_scoresWithoutThresholdsAndMisplacedSumOfMeansByLevel() {
    ModelBuilder b = valid().overallLevel(Combination.MEAN).plusBetweenLevels();
    assertEquals(List.of(DiagnosticCode.E0212, DiagnosticCode.E0212, DiagnosticCode.E0218), run(new ScoreRulesCheck(), b));
    ModelBuilder sum = valid().dimensionLevel(Combination.SUM_OF_MEANS_BY_LEVEL);
    assertTrue(run(new ScoreRulesCheck(), sum).contains(DiagnosticCode.E0216));
  }

  @Test
  void groupsCheck_dimensionOutsideTheGroupsAndGroupRuleWithoutGroups() {
    ModelBuilder b = valid();
    b.group("g", "G").dimension("B", "B");
    assertEquals(List.of(DiagnosticCode.E0217), run(new GroupsCheck(), b));
    assertEquals(List.of(DiagnosticCode.E0217), run(new GroupsCheck(), valid().groupLevel(Combination.LOWEST)));
  }

  @Test
  void emptyDeclarationsCheck_dimensionWithoutQuestionAndQuestionWithoutOption() {
    ModelBuilder b = valid();
    b.dimension("B", "B");
    b.dimension("C", "C").question("C1", "Q");
    assertEquals(List.of(DiagnosticCode.W0303, DiagnosticCode.W0304), run(new EmptyDeclarationsCheck(), b));
  }

  @Test
  void unreachedLevelsCheck_levelNoOptionGives() {
    ModelBuilder b = valid();
    b.level("top", "Top");
    assertEquals(List.of(DiagnosticCode.W0301), run(new UnreachedLevelsCheck(), b));
  }

  @Test
  void actionTextsCheck_stepWithoutTextAndValuedQuestionNeverPlanned() {
    ModelBuilder b = MaturityModel.builder().name("m").level("low", "Low").level("high", "High");
    b.dimension("A", "A").question("A1", "Q", q -> q.option("no", "No", "low").option("yes", "Yes", "high"));
    assertEquals(List.of(DiagnosticCode.W0302), run(new ActionTextsCheck(), b));
    ModelBuilder valued = MaturityModel.builder().name("m")
        .level("l0", "L0", BigDecimal.ZERO).level("l1", "L1", BigDecimal.ONE).dimensionLevel(Combination.MEAN);
    valued.dimension("A", "A").question("A1", "Q", q -> q.option("no", "No", BigDecimal.ZERO));
    assertEquals(List.of(DiagnosticCode.W0306), run(new ActionTextsCheck(), valued));
  }

  private static List<String> messages(ModelCheck check, ModelBuilder b) {
    return findings(check, b).stream()
        .map(d -> d.code() + " " + d.message() + d.span().map(x -> " at " + x.line() + ":" + x.column()).orElse(""))
        .toList();
  }

  @Test
  void theChecks_coverGroupsAnswerSetsAndThresholds_notOnlyDimensionsAndQuestions() {
    ModelBuilder ids = valid();
    ids.group("g", "G");
    ids.group("g", "Again");
    ids.answerSet("yn", s -> s.option("y", "Yes", "high"));
    ids.answerSet("yn", s -> s.option("n", "No", "low"));
    assertEquals(List.of("E0201 duplicate group 'g'", "E0201 duplicate answer set 'yn'"),
        messages(new UniqueIdsCheck(), ids));
    ModelBuilder blank = valid();
    blank.group("g", " ");
    assertEquals(List.of("E0209 group 'g' has an empty name"), messages(new EmptyTextsCheck(), blank));
    ModelBuilder thresholds = MaturityModel.builder().name("m")
        .level("l0", "L0", new BigDecimal("-1")).level("l1", "L1", new BigDecimal("1000001"));
    assertEquals(List.of("E0213 the threshold of level 'l0' must be a decimal from 0 to 1000000 with at most 6 decimal places, not -1",
            "E0213 the threshold of level 'l1' must be a decimal from 0 to 1000000 with at most 6 decimal places, not 1000001"),
        messages(new LevelsCheck(), thresholds));
    ModelBuilder emptySet = valid();
    emptySet.answerSet("none", s -> { });
    assertEquals(List.of("W0304 answer set 'none' has no option"), messages(new EmptyDeclarationsCheck(), emptySet));
  }

  @Test
  void optionValuesCheck_saysWhichKindCameFirst_inAnswerSetsToo() {
    ModelBuilder valuedFirst = MaturityModel.builder().name("m")
        .level("l0", "L0", BigDecimal.ZERO).level("l1", "L1", BigDecimal.ONE).dimensionLevel(Combination.MEAN)
        .answerSet("v", s -> s.option("all", "All", new BigDecimal("2000000")));
    valuedFirst.dimension("A", "A").question("A1", "Q", q -> q.answers("v"))
        .question("A2", "Q", q -> q.option("l", "L", "l0"));
    assertEquals(List.of(
            "E0215 the value of option 'all' of answer set 'v' must be a decimal from 0 to 1000000 with at most 6 decimal places, not 2000000",
            "E0214 this option gives a level, but the model's options give values"),
        messages(new OptionValuesCheck(), valuedFirst));
    ModelBuilder leveledFirst = valid(q -> q.option("v", "V", BigDecimal.ONE));
    assertEquals(List.of("E0214 this option gives a value, but the model's options give levels"),
        messages(new OptionValuesCheck(), leveledFirst));
  }

  @Test
  void actionTextsCheck_anIndicatorIsPlannedToOneLevel_andAValuedQuestionAtTheLowestLevelNever() {
    ModelBuilder indicators = MaturityModel.builder().name("M").level("na", "N").level("pa", "P").level("a", "A")
        .dimensionLevel(Combination.INDICATORS);
    indicators.dimension("D", "D", d -> d.indicator("I", "Holds.", "na", i -> { })
        .indicator("K", "Holds too.", "na", i -> i.action("pa", "Do."))
        .indicator("P", "Partly met.", "pa", i -> i.action("pa", "Meet it."))
        .indicator("J", "Met.", "a", i -> i.action("pa", "Never.")));
    assertEquals(List.of(
            "W0302 indicator 'I' holds at N, but has no action text to reach P: the plan would say nothing about it",
            "W0311 indicator 'J' is planned only to A: its action to 'pa' is never shown"),
        messages(new ActionTextsCheck(), indicators));
    ModelBuilder lowest = MaturityModel.builder().name("m")
        .level("l0", "L0", BigDecimal.ZERO).level("l1", "L1", BigDecimal.ONE).dimensionLevel(Combination.MEAN);
    // Built in Java with only the question's position: the warning points at the question.
    lowest.sources.put(SourceSpan.of("m.svmi", 4, 5, 2), io.svmi.internal.SourceMap.Part.QUESTION, "A1");
    lowest.dimension("A", "A").question("A1", "Q", q -> q.option("no", "No", BigDecimal.ZERO).at("l0"));
    assertEquals(List.of("W0306 question 'A1' gives values and is at the lowest level, L0: no plan lists it at 4:5"),
        messages(new ActionTextsCheck(), lowest));
    ModelBuilder noText = MaturityModel.builder().name("m")
        .level("l0", "L0", BigDecimal.ZERO).level("l1", "L1", BigDecimal.ONE).dimensionLevel(Combination.MEAN);
    noText.dimension("A", "A").question("A1", "Q", q -> q.option("no", "No", BigDecimal.ZERO).at("l1"));
    assertEquals(List.of("W0302 question 'A1' has no action text to reach L1"), messages(new ActionTextsCheck(), noText));
  }

  @Test
  void answerSetsCheck_anUnknownSet_isNamedAmongTheDeclaredOnes_orToBeDeclared() {
    ModelBuilder none = valid();
    none.dimension("B", "B").question("B1", "Q", q -> q.answers("yn"));
    ModelBuilder others = valid();
    others.answerSet("levels", s -> s.option("l", "L", "low")).answerSet("scale", s -> s.option("h", "H", "high"));
    others.dimension("B", "B").question("B1", "Q", q -> q.answers("yn"));
    assertEquals(List.of("declare it: answers yn { option … }", "the answer sets are: levels, scale"),
        List.of(none, others).stream().map(b -> findings(new AnswerSetsCheck(), b).get(0).hint().orElse("")).toList());
  }

  @Test
  void actionTextsCheck_stepsFromTheLevelAnUnansweredQuestionCountsAt_needTextsToo() {
    // Options at low and high only, counted at mid when unanswered: the step from mid to high needs a text.
    ModelBuilder b = MaturityModel.builder().name("m").level("low", "Low").level("mid", "Mid").level("high", "High")
        .unansweredAs("mid");
    b.dimension("A", "Area").question("A1", "Q", q -> q.option("no", "No", "low").option("yes", "Yes", "high")
        .action("mid", "Start."));
    assertEquals(List.of("W0302 question 'A1' has no action text to reach High"), messages(new ActionTextsCheck(), b));
  }

  @Test
  void exampleChecks_assessmentThatDoesNotFitAndExpectationsOfUnknownNames() {
    ModelBuilder b = valid().example(
        Example.builder("e").answer("A9", "no").expect(
            new Example.ExpectedLevel(
                Example.ExpectedLevel.About.DIMENSION, java.util.Optional.of("Z"), Example.Expected.level("low"),
                java.util.Optional.empty())).build());
    List<DiagnosticCode> codes = run(new ExampleChecks(), b);
    assertTrue(codes.contains(DiagnosticCode.E0401), codes::toString);
    assertTrue(codes.contains(DiagnosticCode.E0413), codes::toString);
  }

  @Test
  void stagedCheck_questionOfAStagedDimensionWithoutAtLevel() {
    ModelBuilder b = valid().dimensionLevel(Combination.STAGED);
    assertEquals(List.of(DiagnosticCode.E0220), run(new StagedCheck(), b));
    assertEquals(List.of(), run(new StagedCheck(), valid(q -> q.at("high")).dimensionLevel(Combination.STAGED)));
  }

  @Test
  void actionTextsCheck_stagedQuestionIsPlannedUpToItsAtLevelOnly() {
    ModelBuilder b = MaturityModel.builder().name("m").level("low", "Low").level("mid", "Mid").level("high", "High")
        .dimensionLevel(Combination.STAGED);
    b.dimension("A", "A").question("A1", "Q", q -> q.at("mid")
        .option("no", "No", "low").option("yes", "Yes", "mid").action("mid", "Do it."));
    assertEquals(List.of(), run(new ActionTextsCheck(), b));
  }

  @Test
  void noOverallLevelCheck_overallTargetRuleWithoutOverallLevel() {
    assertEquals(List.of(DiagnosticCode.E0219),
        run(new NoOverallLevelCheck(), valid().noOverallLevel().overallTarget(Combination.LOWEST)));
    assertEquals(List.of(), run(new NoOverallLevelCheck(), valid().noOverallLevel().noOverallTarget()));
  }

  @Test
  void answerSetsCheck_unknownSetSetWithOwnOptionsAndUnusedSet() {
    ModelBuilder b = valid();
    b.answerSet("F", f -> f.option("no", "No", "low").option("yes", "Yes", "high"));
    b.dimension("B", "B").question("B1", "Q", q -> q.answers("G").action("high", "Do it."));
    assertEquals(List.of(DiagnosticCode.E0221), run(new AnswerSetsCheck(), b));   // no W0307 beside it

    ModelBuilder both = valid();
    both.answerSet("F", f -> f.option("no", "No", "low"));
    both.answerSet("G", f -> f.option("no", "No", "low"));
    both.dimension("B", "B").question("B1", "Q", q -> q.answers("F").option("own", "Own", "low"));
    assertEquals(List.of(DiagnosticCode.E0222, DiagnosticCode.W0307), run(new AnswerSetsCheck(), both));
  }

  @Test
  void answerSetOptions_areCheckedOnce_whateverUsesThem() {
    ModelBuilder b = valid();
    b.answerSet("F", f -> f.option("no", "No", "lwo").option("no", "Again", "high"));
    b.dimension("B", "B").question("B1", "Q", q -> q.answers("F"));
    b.dimension("C", "C").question("C1", "Q", q -> q.answers("F"));
    assertEquals(List.of(DiagnosticCode.E0203), run(new LevelReferencesCheck(), b));
    assertEquals(List.of(DiagnosticCode.E0201), run(new UniqueIdsCheck(), b));
    assertEquals(List.of(), run(new EmptyDeclarationsCheck(), b));
  }

  @Test
  void aWarningIsNotKept_whenAReaderLeftDeclarationsOut() {
    ModelBuilder b = valid();
    b.level("top", "Top");
    b.incomplete(ModelBuilder.Incomplete.DECLARATIONS,
        List.of(Diagnostic.of(DiagnosticCode.E0101, "a syntax error the reader reported")));
    ModelResult r = b.check();
    assertEquals(List.of(DiagnosticCode.E0101), r.diagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void noUnknownLevel_whenAReaderLeftLevelsOut() {
    ModelBuilder b = valid(q -> q.option("x", "X", "skipped").action("skipped", "t").at("skipped"));
    b.incomplete(ModelBuilder.Incomplete.LEVELS, List.of(Diagnostic.of(DiagnosticCode.E0101, "levels cut short")));
    assertEquals(List.of(DiagnosticCode.E0101), b.check().diagnostics().stream().map(Diagnostic::code).toList());
  }
}
