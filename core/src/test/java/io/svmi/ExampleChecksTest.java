package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Example.Expected;
import io.svmi.Example.ExpectedLevel;
import io.svmi.internal.SourceMap.Part;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Examples built in Java, as a model author writes them: every expectation that names what the
 * model lacks, or is written twice, is reported in the author's words; an example run against a
 * model reports each unmet expectation, rendered with its source line.
 */
class ExampleChecksTest {

  private static SourceSpan at(int line, int column, int length) {
    return SourceSpan.of("m.svmi", line, column, length);
  }

  /** D (Q1, Q2) and E (Q3) with the SVMI levels; group-less, with an overall level. */
  private static ModelBuilder model() {
    ModelBuilder b = Fixtures.svmiLevels().unansweredAs("incomplete");
    b.dimension("D", "Dimension", d -> d
        .question("Q1", "One", q -> {
          Fixtures.everyLevel(q);
          q.action("follower", "Start.").action("mature", "Grow.");
        })
        .question("Q2", "Two", Fixtures::everyLevel));
    b.dimension("E", "Else", d -> d.question("Q3", "Three", Fixtures::everyLevel));
    b.profile("base", "Baseline", p -> p.target("D", "mature"));
    return b;
  }

  private static List<String> messagesAndHints(ModelResult r) {
    return r.errors().stream().map(d -> d.code() + " " + d.message() + d.hint().map(h -> " | " + h).orElse(""))
        .toList();
  }

  @Test
  void expectationsOfWhatTheModelLacks_areE0413_inTheAuthorsWords() {
    Example e = Example.builder("Ex").answer("Q1", "mature").answer("Q2", "mature").answer("Q3", "mature")
        .expect(ExpectedLevel.dimension("overal", Expected.level("mature"), null))
        .expect(ExpectedLevel.dimension("D", Expected.level("matur"), Expected.level("leadr")))
        .expect(ExpectedLevel.group("g", Expected.level("mature"), null))
        .expect(ExpectedLevel.question("Q4", Expected.level("mature")))
        .expectActionsOf("X", "mature", List.of("Q1"))
        .expectActionsOf("D", "grown", List.of("Q1"))
        .expectActionsOf("D", "mature", List.of("Q3", "Q9"))
        .build();
    ModelResult r = model().example(e).check();
    assertEquals(List.of(
        "E0413 unknown dimension 'overal' in an expectation | did you mean 'overall'?",
        "E0413 unknown level 'matur' in an expectation | did you mean 'mature'?",
        "E0413 unknown level 'leadr' in an expectation | did you mean 'leader'?",
        "E0413 unknown group 'g' in an expectation",
        "E0413 unknown question 'Q4' in an expectation | did you mean 'Q1'?",
        "E0413 unknown dimension 'X' in an expectation",
        "E0413 unknown level 'grown' in an expectation",
        "E0413 question 'Q3' is in dimension 'E', not in 'D' | did you mean 'Q1'?",
        "E0413 unknown question 'Q9' in an expectation | did you mean 'Q1'?"),
        messagesAndHints(r));
    assertTrue(r.warnings().stream().noneMatch(Diagnostic::isError), () -> r.warnings().toString());
    assertEquals(3, r.warnings().size(), () -> r.warnings().toString());   // W0302: actions without texts
  }

  @Test
  void theOverallLevel_cannotBeExpectedOfAModelWithoutOne() {
    ModelBuilder b = model().noOverallLevel();
    ModelResult r = b.example(Example.builder("Ex").answer("Q1", "mature").expectOverall("mature", null).build()).check();
    assertEquals(List.of("E0413 the model has no overall level to expect (overall level = none)"
        + " | expect the levels of dimensions or groups instead"), messagesAndHints(r));
  }

  @Test
  void anExpectationWrittenTwice_isE0414_atTheSecond_namingTheFirst() {
    ModelBuilder b = model();
    b.sources.put(at(4, 3, 12), Part.EXPECTED_LEVEL, "Ex", "dimension D")
        .put(at(6, 3, 12), Part.EXPECTED_LEVEL, "Ex", "dimension D");
    Example e = Example.builder("Ex").answer("Q1", "mature").answer("Q2", "mature").answer("Q3", "mature")
        .expect("D", "mature", null).expect("D", "mature", "leader")
        .expect(ExpectedLevel.question("Q1", Expected.level("mature")))
        .expect(ExpectedLevel.question("Q1", Expected.level("mature")))
        .expectOverall("mature", null).expectOverall("mature", null)
        .expectActionsOf("D", "mature", List.of()).expectActionTexts("D", "mature", List.of())
        // Unknown, so reported once as unknown, not as written twice.
        .expect("Z", "mature", null).expect("Z", "mature", null)
        .build();
    ModelResult r = b.example(e).check();
    assertEquals(List.of(
        "E0414 the levels of dimension 'D' are expected twice | first expected at 4:3",
        "E0414 the level of question 'Q1' is expected twice",
        "E0414 the overall levels are expected twice",
        "E0413 unknown dimension 'Z' in an expectation",
        "E0413 unknown dimension 'Z' in an expectation",
        "E0414 the actions of 'D' to 'mature' are expected twice"),
        messagesAndHints(r));
    assertEquals(Optional.of(at(6, 3, 12)), r.diagnostics().get(0).span());
  }

  @Test
  void anExpectationOfWhatTheModelLacks_writtenTwice_isUnknownTwice_neverExpectedTwice() {
    Example e = Example.builder("Ex").answer("Q1", "mature").answer("Q2", "mature").answer("Q3", "mature")
        .expect("D", "matur", "leader").expect("D", "matur", "leader")
        .expect("E", "mature", "leadr").expect("E", "mature", "leadr")
        .expect(ExpectedLevel.group("g", Expected.level("mature"), null))
        .expect(ExpectedLevel.group("g", Expected.level("mature"), null))
        .expect(ExpectedLevel.question("Q9", Expected.level("mature")))
        .expect(ExpectedLevel.question("Q9", Expected.level("mature")))
        .expectActionsOf("D", "grown", List.of("Q1")).expectActionsOf("D", "grown", List.of("Q1"))
        .build();
    assertEquals(java.util.Collections.nCopies(10, "E0413"), codes(model().example(e).check()));
    Example overall = Example.builder("Ex").answer("Q1", "mature")
        .expectOverall("mature", null).expectOverall("mature", null).build();
    assertEquals(List.of("E0413", "E0413"), codes(model().noOverallLevel().example(overall).check()));
  }

  private static List<String> codes(ModelResult r) {
    return r.errors().stream().map(d -> d.code().name()).sorted().toList();
  }

  /** D (Q1, Q2), where an unanswered question is an error. */
  private static ModelBuilder everyAnswerNeeded() {
    ModelBuilder b = Fixtures.svmiLevels();
    b.dimension("D", "Dimension", d -> d.question("Q1", "One", Fixtures::everyLevel).question("Q2", "Two", Fixtures::everyLevel));
    return b;
  }

  @Test
  void anExampleMissingAnAnswer_isE0405_unlessTheReaderLeftLinesOut() {
    Example e = Example.builder("Ex").answer("Q1", "matur").expect("D", "mature", null).build();
    assertEquals(List.of("E0402", "E0405"), codes(everyAnswerNeeded().example(e).check()));
    // The answer may be on a line the reader skipped: only what is wrong in what it read is said.
    Diagnostic skipped = Diagnostic.of(DiagnosticCode.E0101, "syntax error", Optional.of(at(3, 3, 1)));
    assertEquals(List.of("E0101", "E0402"),
        codes(everyAnswerNeeded().incomplete(ModelBuilder.Incomplete.DECLARATIONS, List.of(skipped)).example(e).check()));
  }

  @Test
  void examplesNamedAlikeOrEmpty_areErrors() {
    ModelBuilder b = model();
    b.sources.put(at(2, 9, 4), Part.EXAMPLE, "Ex").put(at(9, 9, 4), Part.EXAMPLE, "Ex");
    ModelResult r = b
        .example(Example.builder("Ex").answer("Q1", "mature").expect("D", "mature", null).build())
        .example(Example.builder("Ex").answer("Q1", "leader").expect("D", "leader", null).build())
        .example(Example.builder(" ").answer("Q1", "leader").expect("D", "leader", null).build())
        .check();
    assertEquals(List.of("E0201 duplicate example 'Ex' | first declared at 2:9", "E0209 an example has an empty name"),
        messagesAndHints(r));
  }

  @Test
  void anAnswerTheModelRefuses_isReportedInTheExample() {
    ModelBuilder b = model();
    b.sources.put(at(2, 9, 4), Part.EXAMPLE, "Ex");
    ModelResult r = b.example(Example.builder("Ex").answer("Q1", "mature").target("D", "leadr")
        .expect("D", "mature", null).build()).check();
    Diagnostic d = r.errors().get(0);
    assertTrue(d.message().endsWith(" in example 'Ex'"), d::message);
    assertEquals(Optional.of(at(2, 9, 4)), d.span());
  }

  @Test
  void aTargetOfAnUnknownLevel_pointsAtTheLevelAloneOnItsLine() {
    ModelBuilder b = model();
    SourceSpan line = at(5, 3, 16);   // target D = leadr
    b.sources.put(line, Part.TARGET, "Ex", "D");
    ModelResult r = b.example(Example.builder("Ex").answer("Q1", "mature").target("D", "leadr")
        .expect("D", "mature", null).build()).check();
    assertEquals(Optional.of(at(5, 14, 5)), r.errors().get(0).span(), r::render);

    ModelBuilder known = model();
    known.sources.put(line, Part.TARGET, "Ex", "X");
    ModelResult unknownDimension = known.example(Example.builder("Ex").answer("Q1", "mature").target("X", "leadr")
        .expect("D", "mature", null).build()).check();
    assertEquals(Optional.of(line), unknownDimension.errors().get(0).span(), unknownDimension::render);
  }

  @Test
  void aTargetOfAKnownLevelGivenTwice_pointsAtTheWholeSecondLine() {
    ModelBuilder b = model();
    b.sources.put(at(5, 3, 17), Part.TARGET, "Ex", "D").put(at(6, 3, 17), Part.TARGET, "Ex", "D");
    ModelResult r = b.example(Example.builder("Ex").answer("Q1", "mature").target("D", "mature").target("D", "leader")
        .expect("D", "mature", null).build()).check();
    assertEquals(List.of("E0407 dimension 'D' has two targets | first given at 5:3"), messagesAndHints(r));
    assertEquals(Optional.of(at(6, 3, 17)), r.errors().get(0).span(), r::render);
  }

  @Test
  void noLevel_hasNoScoreToExpect() {
    assertEquals("mature score 1/3", Expected.level("mature").withScore(Score.of(1, 3)).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expected.noLevel().withScore(Score.of(1)));
    assertEquals("no level has no score", e.getMessage());
  }

  @Test
  void anExampleBuiltOfEveryPart_isTheAssessmentItDescribes_andPasses() throws Exception {
    Example e = Example.builder("Full").subject("Walsall Council")
        .answer("Q1", "follower").answer("Q2", "mature").answer("Q3", "leader")
        .profile("base")
        .targetAnswer("Q2", "leader")
        .overallTarget("leader")
        .expect("D", "follower", "mature")
        .expectOverall("mature", "leader")
        .build();
    MaturityModel m = model().example(e).build();
    Assessment a = e.assessment(m);
    assertEquals("Walsall Council", a.subject());
    assertEquals(Optional.of("base"), a.profile().map(Profile::id));
    assertEquals("leader", a.targetAnswers().get("Q2"));
    assertEquals(Optional.of("leader"), a.overallTarget().map(Level::id));
    assertEquals("Assessment[Walsall Council, answers={Q1=follower, Q2=mature, Q3=leader}, targets={}, profile=base,"
        + " targetAnswers={Q2=leader}]", a.toString());
    assertEquals(Optional.of(new Example.Target(Optional.empty(), "leader")), e.overallTarget());
    ExampleResult r = m.runExamples().get(0);
    assertTrue(r.passed(), r.report(Optional.empty()));
    assertEquals("", r.report(Optional.empty()));
  }

  @Test
  void anExampleExpectingOnlyActions_orOnlyLevels_expectsSomething_andOneExpectingNeither_isW0305() {
    Example actionsOnly = Example.builder("Actions").answer("Q1", "follower")
        .expectActionsOf("D", "mature", List.of("Q1")).build();
    Example levelsOnly = Example.builder("Levels").answer("Q1", "follower").expect("D", "follower", null).build();
    Example nothing = Example.builder("Nothing").answer("Q1", "follower").build();
    assertEquals(List.of(false, false, true),
        List.of(actionsOnly.expectsNothing(), levelsOnly.expectsNothing(), nothing.expectsNothing()));
    ModelResult r = model().example(actionsOnly).example(levelsOnly).example(nothing).check();
    assertEquals(List.of("W0305 example 'Nothing' expects nothing, so it cannot fail"),
        r.warnings().stream().filter(d -> d.code() == DiagnosticCode.W0305)
            .map(d -> d.code() + " " + d.message()).toList());
  }

  @Test
  void anExamplesOverallTarget_isItsTargetWithoutADimension_whereverItIsWritten() {
    Example e = Example.builder("Ex").answer("Q1", "follower").target("D", "leader").overallTarget("mature")
        .target("E", "innovator").build();
    assertEquals(Optional.of(new Example.Target(Optional.empty(), "mature")), e.overallTarget());
    assertEquals(Optional.empty(),
        Example.builder("Ex").answer("Q1", "follower").target("D", "leader").build().overallTarget());
  }

  @Test
  void onlyAnExpectationOfADimension_namesADimension() {
    assertEquals(Optional.of("D"), ExpectedLevel.dimension("D", Expected.level("mature"), null).dimensionId());
    assertEquals(Optional.empty(), ExpectedLevel.group("D", Expected.level("mature"), null).dimensionId());
    assertEquals(Optional.empty(), ExpectedLevel.question("Q1", Expected.level("mature")).dimensionId());
    assertEquals(Optional.empty(), ExpectedLevel.overall(Expected.level("mature"), null).dimensionId());
  }

  @Test
  void anExampleRunAgainstAnotherModel_saysWhatItLacks() {
    Example e = Example.builder("Elsewhere")
        .expect("X", "mature", null)
        .expect(ExpectedLevel.group("g", Expected.level("mature"), null))
        .expect(ExpectedLevel.question("Q9", Expected.level("mature")))
        .build();
    ExampleResult r = e.run(model().build());
    assertEquals(List.of(
        "dimension X: [X] / [no such dimension]",
        "group g: [g] / [no such group]",
        "question Q9: [Q9] / [no such question]"),
        r.mismatches().stream().map(x -> x.subject() + ": " + x.expected() + " / " + x.actual()).toList());
  }

  @Test
  void mismatches_areRendered_withTheLineTheyWereWrittenOn() {
    Example e = Example.builder("Ex").answer("Q1", "follower").answer("Q2", "leader").answer("Q3", "leader")
        .expect("D", "mature", "leader")
        .expectActionTexts("D", "mature", List.of("Grow!", "Also this."))
        .expectActionsOf("D", "leader", List.of("Q1", "Q2"))
        .expectActionTexts("D", "innovator", List.of("Innovate."))
        .build();
    ModelBuilder b = model();
    b.sources.put(at(3, 3, 28), Part.EXPECTED_LEVEL, "Ex", "dimension D");
    MaturityModel m = b.example(e).build();
    SourceText source = SourceText.of("m.svmi", "example \"Ex\" {\n  answer Q1 = follower\n  expect D = mature -> leader\n}\n");
    ExampleResult r = m.runExamples().get(0);
    assertEquals("""
        mismatch: dimension D Dimension
         --> m.svmi:3:3
          |
        3 |   expect D = mature -> leader
          |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = expected: mature -> leader
          =   actual: follower -> follower

        mismatch: the actions of D to mature
          = expected: "Grow!"
                      "Also this."
          =   actual: "Grow."

        mismatch: the actions of D to leader
          = expected: Q1, Q2
          =   actual: (none)

        mismatch: the actions of D to innovator
          = expected: "Innovate."
          =   actual: (none)
        """, r.report(Optional.of(source)));
    // Run on its own, the model's example keeps where it was written.
    assertEquals(r.report(Optional.of(source)), e.run(m).report(Optional.of(source)));
    // With the source of another file, or without one, only the position.
    assertEquals(r.report(Optional.empty()), r.report(Optional.of(SourceText.of("other.svmi", source.text()))));
    assertTrue(r.report(Optional.empty()).startsWith("mismatch: dimension D Dimension\n --> m.svmi:3:3\n  = expected:"),
        () -> r.report(Optional.empty()));
  }
}
