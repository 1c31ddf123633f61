package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.ModelResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Mistakes a new author makes in a real model (the bundled SVMI model, 620 lines) give one error
 * each, with a hint that says what to do, and nothing misleading after it.
 */
class OneMistakeOneErrorTest {
  static String svmi() throws IOException {
    return Files.readString(Path.of("../examples/models/svmi.svmi"), StandardCharsets.UTF_8);
  }

  private static Diagnostic onlyError(String text) {
    ModelResult r = Svmi.compile("svmi.svmi", text);
    List<Diagnostic> errors = r.errors();
    assertEquals(1, errors.size(), r::render);
    return errors.get(0);
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void aTextMissingItsClosingQuoteIsOneError() throws IOException {
    String text = svmi();
    int at = text.indexOf("\"We do not ask suppliers");
    String broken = text.substring(0, at) + text.substring(at).replaceFirst("contribution\"", "contribution");
    Diagnostic d = onlyError(broken);
    assertEquals(DiagnosticCode.E0102, d.code());
    assertEquals(lineOf(broken, "\"We do not ask suppliers"), d.span().orElseThrow().line());
    assertEquals("this text runs over 2 lines into what follows it", d.message());
    assertEquals(Optional.of("is its closing '\"' missing?"), d.hint());
  }

  @Test
  void aTextMissingItsClosingQuoteInAHeaderIsOneError() throws IOException {
    String broken = svmi().replaceFirst("\"Policy & Scope\"", "\"Policy & Scope");
    assertEquals(DiagnosticCode.E0102, onlyError(broken).code());
  }

  @Test
  void answerWrittenForOptionIsOneErrorWithADidYouMean() throws IOException {
    String text = svmi();
    int at = text.indexOf("    option none ");
    String broken = text.substring(0, at) + text.substring(at).replaceFirst("option", "answer");
    Diagnostic d = onlyError(broken);
    assertEquals(DiagnosticCode.E0101, d.code());
    assertEquals(lineOf(broken, "    answer none "), d.span().orElseThrow().line());
    assertEquals(Optional.of("did you mean 'option'?"), d.hint());
  }

  @Test
  void optionWrittenForAnswerInAnExampleIsOneErrorWithADidYouMean() throws IOException {
    String broken = svmi().replaceFirst("  answer A1 = ", "  option A1 = ");
    Diagnostic d = onlyError(broken);
    assertEquals(Optional.of("did you mean 'answer'?"), d.hint());
  }

  @Test
  void aMisspeltKeywordIsOneErrorAndTheLineStillCounts() throws IOException {
    String broken = svmi().replaceFirst("    option services ", "    optoin services ");
    Diagnostic d = onlyError(broken);
    assertEquals(DiagnosticCode.E0101, d.code());
    assertEquals(Optional.of("did you mean 'option'?"), d.hint());
  }

  @Test
  void anUnknownLevelInAnExamplesTargetIsUnderlinedAloneWithTheNearestLevel() throws IOException {
    String broken = svmi().replaceFirst("  target A = leader", "  target A = laeder");
    Diagnostic d = onlyError(broken);
    assertEquals(DiagnosticCode.E0404, d.code());
    int line = lineOf(broken, "  target A = laeder");
    assertEquals(io.svmi.SourceSpan.of("svmi.svmi", line, 14, 6), d.span().orElseThrow());
    assertEquals(Optional.of("did you mean 'leader'?"), d.hint());
  }

  @Test
  void anUnknownLevelFarFromEveryLevelGetsTheLevelsNamed() throws IOException {
    String broken = svmi().replaceFirst("  target A = leader", "  target A = best");
    Diagnostic d = onlyError(broken);
    assertEquals(DiagnosticCode.E0404, d.code());
    assertEquals(4, d.span().orElseThrow().length());
    assertEquals(Optional.of("the levels are incomplete, follower, mature, leader, innovator"), d.hint());
  }
}
