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
    ModelDraft draft = b.draft();
    Findings findings = new Findings(false);
    if (check instanceof ModelCheck.OfDeclarations d) {
      d.check(draft, findings);
    } else {
      ((ModelCheck.OfModel) check).check(draft, ModelBuilder.assemble(draft), findings);
    }
    return findings.sorted().stream().map(Diagnostic::code).toList();
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
