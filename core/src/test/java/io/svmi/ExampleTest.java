package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.svmi.Example.Expected;
import io.svmi.Example.ExpectedLevel;
import io.svmi.internal.SourceMap.Part;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples built in Java: checked with the model, part of its equality, run into mismatches. */
class ExampleTest {
  private static final SourceSpan HERE = SourceSpan.of("m.svmi", 20, 3, 10);

  /** D with Q1 and Q2 (every level, not applicable), and actions to follower and mature on Q1. */
  private static ModelBuilder model() {
    ModelBuilder b = Fixtures.svmiLevels().unansweredAs("incomplete");
    ModelBuilder.DimensionBuilder d = b.dimension("D", "Dimension");
    ModelBuilder.QuestionBuilder q1 = d.question("Q1", "One");
    Fixtures.everyLevel(q1);
    q1.action("follower", "Start.").action("mature", "Grow.");
    Fixtures.everyLevel(d.question("Q2", "Two"));
    return b;
  }

  private static Example.Builder follower() {
    return Example.builder("Follower")
        .answer("Q1", "follower")
        .answer("Q2", "leader")
        .target("D", "leader");
  }

  @Test
  void aMetExpectation_passes_andAMissedOne_saysExpectedAndActual() {
    Example example = follower()
        .expect("D", "follower", "leader")
        .expectOverall("mature", null)
        .expectActionsOf("D", "innovator", List.of("Q2"))
        .expectActionTexts("D", "mature", List.of("Grow!"))
        .build();
    ModelBuilder b = model();
    b.sources.put(HERE, Part.EXPECTED_LEVEL, "Follower", "overall");
    MaturityModel m = b.example(example).build();
    ExampleResult r = m.runExamples().get(0);
    assertFalse(r.passed());
    assertEquals(2, r.mismatches().size(), r.report(Optional.empty()));
    ExampleResult.Mismatch overall = r.mismatches().get(0);
    assertEquals("overall", overall.subject());
    assertEquals(List.of("mature"), overall.expected());
    assertEquals(List.of("follower"), overall.actual());
    assertEquals(Optional.of(HERE), overall.span());
    assertEquals(List.of("\"Grow!\""), r.mismatches().get(1).expected());
    assertEquals(List.of("\"Grow.\""), r.mismatches().get(1).actual());
  }

  @Test
  void expectedQuestions_areASet_andIncludeStepsWithoutText() {
    Example byQuestions = follower().expectActionsOf("D", "innovator", List.of("Q2"))
        .expectActionsOf("D", "mature", List.of("Q1", "Q1")).build();
    Example byTexts = Example.builder("Texts").answer("Q1", "follower").answer("Q2", "leader")
        .expectActionTexts("D", "innovator", List.of()).build();
    MaturityModel m = model().example(byQuestions).example(byTexts).build();
    // Q2 stands at leader: its step to innovator has no text, so by texts the cell is empty.
    for (ExampleResult r : m.runExamples()) {
      assertTrue(r.passed(), r.report(Optional.empty()));
    }
  }

  @Test
  void examples_areInTheModelsEquality_butWhereTheyWereWrittenIsNot() {
    Example a = follower().expect("D", "follower", null).build();
    Example b = Example.builder("Follower").answer("Q1", "follower").answer("Q2", "leader").target("D", "leader")
        .expect("D", "follower", null).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    ModelBuilder positioned = model();
    positioned.sources
        .put(SourceSpan.of("m.svmi", 19, 9, 10), Part.EXAMPLE, "Follower")
        .put(HERE, Part.EXPECTED_LEVEL, "Follower", "dimension D");
    MaturityModel written = positioned.example(a).build();
    assertEquals(written, model().example(b).build());
    assertEquals(written.hashCode(), model().example(b).build().hashCode());
    assertNotEquals(model().build(), written);
    assertNotEquals(a, follower().expect("D", "mature", null).build());
    assertNotEquals(a, follower().expect("D", "follower", "leader").build());
  }

  @Test
  void anExampleThatDoesNotFitTheModel_isAnErrorPointingAtIt() {
    SourceSpan answer = SourceSpan.of("m.svmi", 21, 3, 14);
    ModelBuilder b = model();
    b.sources
        .put(HERE, Part.EXAMPLE, "Bad")
        .put(answer, Part.ANSWER, "Bad", "Q3")
        .put(HERE, Part.EXPECTED_LEVEL, "Bad", "dimension E")
        .put(HERE, Part.EXPECTED_LEVEL, "Bad", "overall");
    ModelResult r = b
        .example(Example.builder("Bad").answer("Q3", "follower").expect("E", "mature", null)
            .expectOverall("matur", null).build())
        .example(Example.builder("Bad").expectOverall("mature", null).expectOverall("mature", "leader").build())
        .check();
    assertTrue(r.hasErrors());
    assertEquals(
        List.of("E0413", "E0413", "E0401", "E0201", "E0414"),
        r.errors().stream().map(d -> d.code().name()).toList(),
        r.render());
    assertEquals(Optional.of(answer), r.errors().get(2).span());
    assertEquals(Optional.of("did you mean 'mature'?"), r.errors().get(1).hint());
  }

  @Test
  void anExampleThatExpectsNothing_isAWarning() {
    ModelResult r = model().example(Example.builder("Empty").answer("Q1", "mature").build()).check();
    assertFalse(r.hasErrors());
    assertEquals(ImmutableList.of(DiagnosticCode.W0305), r.warnings().stream().map(Diagnostic::code).filter(c -> c != DiagnosticCode.W0302).collect(ImmutableList.toImmutableList()));
  }

  @Test
  void runAgainstAModelItDoesNotFit_reportsTheAssessment() {
    Example example = follower().expect("D", "follower", null).build();
    MaturityModel other = Fixtures.oneDimension(Combination.LOWEST, 1);
    ExampleResult r = example.run(other);
    assertFalse(r.passed());
    assertEquals("the assessment", r.mismatches().get(0).subject());
  }

  /** SAMM-shaped: l0..l3 from 0..3; group gov holds SM (S1, S2 at l1; S3 at l2), group ver holds ST (T1 at l1). */
  private static ModelBuilder scored() {
    ModelBuilder b = MaturityModel.builder().name("Scored")
        .level("l0", "Level 0", new BigDecimal("0")).level("l1", "Level 1", new BigDecimal("1"))
        .level("l2", "Level 2", new BigDecimal("2")).level("l3", "Level 3", new BigDecimal("3"))
        .dimensionLevel(Combination.SUM_OF_MEANS_BY_LEVEL).groupLevel(Combination.MEAN).overallLevel(Combination.MEAN)
        .overallTarget(Combination.MEAN);
    ModelBuilder.DimensionBuilder sm = b.group("gov", "Governance").dimension("SM", "Strategy");
    for (String[] q : new String[][] {{"S1", "l1"}, {"S2", "l1"}, {"S3", "l2"}}) {
      sm.question(q[0], q[0]).at(q[1]).option("no", "No", BigDecimal.ZERO).option("half", "Half", new BigDecimal("0.5"))
          .option("full", "Full", BigDecimal.ONE).action(q[1], "Do " + q[0] + ".");
    }
    b.group("ver", "Verification").dimension("ST", "Testing").question("T1", "T1").at("l1")
        .option("no", "No", BigDecimal.ZERO).option("full", "Full", BigDecimal.ONE).action("l1", "Do T1.");
    return b;
  }

  /** SM (1 + 0.5)/2 + 0 = 0.75 (Level 0), ST 1, gov 0.75, ver 1, overall 0.875 (Level 0). */
  private static Example.Builder scoredAnswers(String name) {
    return Example.builder(name).answer("S1", "full").answer("S2", "half").answer("S3", "no").answer("T1", "full");
  }

  private static Expected level(String id, String score) {
    return Expected.level(id).withScore(Score.of(new BigDecimal(score)));
  }

  @Test
  void exactScores_ofDimensionsGroupsQuestionsAndOverall_areMetExactly() {
    Example met = scoredAnswers("Met")
        .target("SM", "l1")
        .expect(ExpectedLevel.dimension("SM", level("l0", "0.75"), level("l1", "1")))
        .expect(ExpectedLevel.group("gov", level("l0", "0.750"), Expected.level("l1")))
        .expect(ExpectedLevel.group("ver", level("l1", "1"), null))
        .expect(ExpectedLevel.question("S2", level("l0", "0.5")))
        .expect(ExpectedLevel.overall(Expected.level("l0").withScore(Score.of(7, 8)), level("l1", "1")))
        .build();
    Example missed = scoredAnswers("Missed")
        .expect(ExpectedLevel.dimension("SM", level("l0", "0.25"), null))
        .expect(ExpectedLevel.group("gov", Expected.level("l0"), level("l0", "0.8")))
        .build();
    ModelBuilder b = scored();
    b.sources.put(HERE, Part.EXPECTED_LEVEL, "Missed", "dimension SM");
    MaturityModel m = b.example(met).example(missed).build();
    ExampleResult r = m.runExamples().get(0);
    assertTrue(r.passed(), r.report(Optional.empty()));
    ExampleResult failed = m.runExamples().get(1);
    assertEquals(
        """
        mismatch: dimension SM Strategy
          --> m.svmi:20:3
           = expected: l0 score 0.25
           =   actual: l0 score 0.75

        mismatch: group gov Governance
          = expected: l0 -> l0 score 0.8
          =   actual: l0 -> l0 score 0.75
        """,
        failed.report(Optional.empty()));
  }

  @Test
  void ordinalResults_haveScoresToo_andAScoreWithNoDecimal_isAFraction() {
    ModelBuilder b = Fixtures.svmiLevels().dimensionLevel(Combination.MEAN_ROUNDED_DOWN);
    ModelBuilder.DimensionBuilder d = b.dimension("D", "Dimension");
    for (String q : List.of("Q1", "Q2", "Q3")) {
      Fixtures.everyLevel(d.question(q, q));
    }
    Example e = Example.builder("Thirds").answer("Q1", "follower").answer("Q2", "follower").answer("Q3", "mature")
        .expect(ExpectedLevel.dimension("D", Expected.level("follower").withScore(Score.of(5, 3)), null))
        .expect(ExpectedLevel.question("Q3", Expected.level("mature").withScore(Score.of(2))))
        .build();
    ExampleResult r = b.example(e).build().runExamples().get(0);
    // (1 + 1 + 2)/3 = 4/3: follower, by a third.
    assertEquals(1, r.mismatches().size(), r.report(Optional.empty()));
    assertEquals(List.of("follower score 5/3"), r.mismatches().get(0).expected());
    assertEquals(List.of("follower score 4/3"), r.mismatches().get(0).actual());
    assertEquals("4/3", Score.of(4, 3).toExactString());
    assertEquals("0.875", Score.of(7, 8).toExactString());
  }

  @Test
  void noLevel_canBeExpected_ofADimensionAndOverall() {
    Example none = Example.builder("None").answer("Q1", "na").answer("Q2", "na")
        .expect(ExpectedLevel.dimension("D", Expected.noLevel(), Expected.noLevel()))
        .expect(ExpectedLevel.overall(Expected.noLevel(), Expected.noLevel()))
        .expect(ExpectedLevel.question("Q1", Expected.noLevel()))
        .build();
    Example some = follower().expect(ExpectedLevel.dimension("D", Expected.noLevel(), null)).build();
    MaturityModel m = model().example(none).example(some).build();
    assertTrue(m.runExamples().get(0).passed(), m.runExamples().get(0).report(Optional.empty()));
    ExampleResult.Mismatch missed = m.runExamples().get(1).mismatches().get(0);
    assertEquals(List.of("no level"), missed.expected());
    assertEquals(List.of("follower"), missed.actual());
    assertEquals("no level", none.levels().get(0).presentId());
    assertEquals(Optional.of("no level"), none.levels().get(0).targetId());
  }

  @Test
  void scoresAndNoLevel_areInTheExamplesEquality() {
    Example a = scoredAnswers("A").expect(ExpectedLevel.group("gov", level("l0", "0.75"), null)).build();
    Example b = scoredAnswers("A").expect(ExpectedLevel.group("gov", level("l0", "0.750"), null)).build();
    Example c = scoredAnswers("A").expect(ExpectedLevel.group("gov", Expected.level("l0"), null)).build();
    Example d = scoredAnswers("A").expect(ExpectedLevel.dimension("gov", level("l0", "0.75"), null)).build();
    assertEquals(a, b);
    assertNotEquals(a, c);
    assertNotEquals(a, d);
    assertNotEquals(Expected.level("no"), Expected.noLevel());
  }

  @Test
  void anUnknownGroupOrQuestion_isE0413_andAGroupExpectedTwice_isE0414() {
    ModelBuilder b = scored();
    for (String subject : List.of("group govv", "question S9", "group SM", "group ver", "group ver")) {
      b.sources.put(HERE, Part.EXPECTED_LEVEL, "Bad", subject);
    }
    ModelResult r = b
        .example(scoredAnswers("Bad")
            .expect(ExpectedLevel.group("govv", Expected.level("l0"), null))
            .expect(ExpectedLevel.question("S9", Expected.noLevel()))
            .expect(ExpectedLevel.group("SM", Expected.level("l0"), null))
            .expect(ExpectedLevel.group("ver", Expected.level("l1"), null))
            .expect(ExpectedLevel.group("ver", Expected.level("l1"), null))
            .build())
        .check();
    assertEquals(
        List.of(
            "E0413 unknown group 'govv' in an expectation / did you mean 'gov'?",
            "E0413 unknown question 'S9' in an expectation / did you mean 'S1'?",
            "E0413 unknown group 'SM' in an expectation",
            "E0414 the levels of group 'ver' are expected twice / first expected at 20:3"),
        r.errors().stream().map(x -> x.code() + " " + x.message() + x.hint().map(h -> " / " + h).orElse("")).toList(),
        r.render());
  }
}
