package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
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
    return Example.builder("Follower", SourceSpan.of("m.svmi", 19, 9, 10))
        .answer("Q1", "follower")
        .answer("Q2", "leader")
        .target("D", "leader");
  }

  @Test
  void aMetExpectation_passes_andAMissedOne_saysExpectedAndActual() {
    Example example = follower()
        .expect("D", "follower", "leader")
        .expectOverall("mature", null, HERE)
        .expectActionsOf("D", "innovator", List.of("Q2"))
        .expectActionTexts("D", "mature", List.of("Grow!"))
        .build();
    MaturityModel m = model().example(example).build();
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
  void examples_areInTheModelsEquality_butTheirSpansAreNot() {
    Example a = follower().expect("D", "follower", null, HERE).build();
    Example b = Example.builder("Follower").answer("Q1", "follower").answer("Q2", "leader").target("D", "leader")
        .expect("D", "follower", null).build();
    assertEquals(a, b);
    assertEquals(model().example(a).build(), model().example(b).build());
    assertNotEquals(model().build(), model().example(a).build());
  }

  @Test
  void anExampleThatDoesNotFitTheModel_isAnErrorPointingAtIt() {
    SourceSpan answer = SourceSpan.of("m.svmi", 21, 3, 14);
    ModelResult r = model()
        .example(Example.builder("Bad", HERE).answer("Q3", "follower", answer).expect("E", "mature", null, HERE)
            .expectOverall("matur", null, HERE).build())
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
}
