package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.DiagnosticCode;
import io.svmi.Example;
import io.svmi.ExampleResult;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.SourceSpan;
import io.svmi.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples written in a file: read, checked, run, and what a failing one reports. */
class ExamplesTest {
  /** The example of docs/language.md's `example` section. */
  private static String documented() throws IOException {
    String doc = Files.readString(Path.of("../docs/language.md"));
    return DocBlocks.of(doc).stream()
        .filter(b -> b.section().equals("## `example`") && b.language().equals("svmi"))
        .findFirst()
        .orElseThrow()
        .text();
  }

  @Test
  void theDocumentedExamples_pass() throws IOException {
    MaturityModel model = Svmi.compileOrThrow("three.svmi", documented());
    assertEquals(List.of("Half way", "At the top"), model.examples().stream().map(Example::name).toList());
    Example halfWay = model.examples().get(0);
    assertEquals(Optional.of("Testborough"), halfWay.subject());
    assertEquals(2, halfWay.answers().size());
    assertEquals(2, halfWay.levels().size());
    assertEquals(2, halfWay.actions().size());
    for (ExampleResult r : model.runExamples()) {
      assertTrue(r.passed(), () -> r.report(Optional.empty()));
    }
  }

  @Test
  void aBrokenExpectation_failsWithExpectedActualAndTheLine() throws IOException {
    String text = documented().replace("expect A       = low -> high", "expect A       = mid -> high")
        .replace("    \"Take the second step.\"\n", "    \"Take the last step.\"\n");
    MaturityModel model = Svmi.compileOrThrow("three.svmi", text);
    ExampleResult r = model.runExamples().get(0);
    assertFalse(r.passed());
    assertEquals(
        """
        mismatch: dimension A Area
          --> three.svmi:31:3
           |
        31 |   expect A       = mid -> high
           |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
           = expected: mid -> high
           =   actual: low -> high

        mismatch: the actions of A to high
          --> three.svmi:34:3
           |
        34 |   expect A to high {
           |   ^^^^^^^^^^^^^^^^
           = expected: "Take the last step."
           =   actual: "Take the second step."
        """,
        r.report(Optional.of(SourceText.of("three.svmi", text))));
    assertTrue(model.runExamples().get(1).passed());
  }

  @Test
  void formatting_keepsCommentsInsideExamples_andGroupsTheLines() throws IOException {
    String text = documented().replace("example \"At the top\" {\n  answer A1 = h\n",
        "example \"At the top\" {  # all done\n  # the first\n  answer A1 = h\n");
    FormatResult once = Svmi.format("three.svmi", text);
    String formatted = once.formatted().orElseThrow(() -> new AssertionError(once.render()));
    assertTrue(formatted.contains("example \"At the top\" {  # all done\n  # the first\n  answer A1 = h\n  answer A2 = h\n"
        + "  expect A = high\n  expect A to high { }\n}\n"), formatted);
    assertEquals(formatted, Svmi.format("three.svmi", formatted).formatted().orElseThrow());
  }

  @Test
  void anExampleThatDoesNotFit_isACompileError_pointingIntoTheFile() throws IOException {
    String text = documented().replace("answer A1 = m", "answer A1 = half").replace("  answer A2 = h\n", "");
    ModelResult r = Svmi.compile("three.svmi", text);
    assertTrue(r.hasErrors());
    assertEquals(
        List.of("E0402 three.svmi:28:3", "E0405 three.svmi:39:9"),
        r.errors().stream().map(d -> d.code() + " " + d.span().orElseThrow()).toList(),
        r.render());
    assertTrue(r.render().contains("question A2 is not answered, and the model says an unanswered question is an error"
        + " in example 'At the top'"), r.render());
  }

  @Test
  void anExampleWrittenElsewhere_isTheSameExample_andItsMismatchesPointWhereItNowIs() throws IOException {
    String text = documented();
    String moved = text.replace("example \"Half way\"", "\n\n\n   example \"Half way\"");
    MaturityModel here = Svmi.compileOrThrow("three.svmi", text);
    MaturityModel there = Svmi.compileOrThrow("three.svmi", moved);
    assertEquals(here.examples(), there.examples());
    assertEquals(here, there);
    String missed = "expect A       = low -> high";
    MaturityModel failing = Svmi.compileOrThrow("three.svmi", moved.replace(missed, "expect A       = mid -> high"));
    SourceSpan span = failing.runExamples().get(0).mismatches().get(0).span().orElseThrow();
    assertEquals(lineOf(moved, missed), span.line());
    assertFalse(here.examples().equals(failing.examples()));
  }

  private static int lineOf(String text, String part) {
    return text.substring(0, text.indexOf(part)).split("\n", -1).length;
  }

  @Test
  void aSyntaxErrorInAnExample_saysWhatWasExpected() {
    ModelResult r = Svmi.compile("e.svmi", "model \"M\"\nlevels {\n  low \"Low\"\n}\nexample \"E\" {\n  expect = low\n}\n");
    assertEquals(DiagnosticCode.E0101, r.errors().get(0).code(), r.render());
    assertTrue(r.render().contains("expected a dimension id or 'overall' after 'expect'"), r.render());
  }

  /** The example of docs/language.md's "Targets per question" section. */
  @Test
  void targetAnswers_inExamples_areRead_run_andPrinted() throws Exception {
    String text = DocBlocks.of(Files.readString(Path.of("../docs/language.md"))).stream()
        .filter(b -> b.section().equals("## Targets per question") && b.language().equals("svmi"))
        .findFirst()
        .orElseThrow()
        .text();
    MaturityModel model = Svmi.compileOrThrow("aims.svmi", text);
    Example first = model.examples().get(0);
    assertEquals(List.of(new Example.Answer("A1", "h")), first.targetAnswers());
    assertEquals("{A1=h}", first.assessment(model).targetAnswers().toString());
    for (ExampleResult r : model.runExamples()) {
      assertTrue(r.passed(), () -> r.report(Optional.empty()));
    }
    String printed = Svmi.print(model);
    assertTrue(printed.contains("  target A = mid\n  target answer A1 = h\n  expect A = low -> mid\n"), printed);
    assertEquals(model, Svmi.compileOrThrow("printed.svmi", printed));
    // Without A1's target answer, A1 stops at A's target: the first example fails on the cell of high.
    MaturityModel without = Svmi.compileOrThrow("aims.svmi", text.replace("  target answer A1 = h\n", ""));
    assertFalse(without.runExamples().get(0).passed());
  }

  @Test
  void aTargetAnswerThatDoesNotFit_isACompileError_pointingIntoTheFile() throws IOException {
    String text = DocBlocks.of(Files.readString(Path.of("../docs/language.md"))).stream()
        .filter(b -> b.section().equals("## Targets per question") && b.language().equals("svmi"))
        .findFirst()
        .orElseThrow()
        .text()
        .replace("target answer A1 = h", "target answer A1 = x");
    ModelResult r = Svmi.compile("aims.svmi", text);
    assertEquals(List.of(DiagnosticCode.E0402), r.errors().stream().map(d -> d.code()).toList());
    assertTrue(r.render().contains("question 'A1' has no option 'x' to aim for"), r.render());
    assertTrue(r.render().contains("target answer A1 = x"), r.render());
  }
}
