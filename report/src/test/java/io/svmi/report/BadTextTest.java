package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.ShownText;
import io.svmi.SourceSpan;
import io.svmi.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Bad text that reaches a person: terminal escapes and bidirectional overrides in a model or an
 * answers file are shown escaped in every rendering; Markdown specials render as written; JSON
 * mistakes are told in the author's words at the character that is wrong.
 */
class BadTextTest {
  private static final String ESC = "\u001b[2J";
  private static final String RLO = "\u202e";

  private static Evaluation evaluation() throws AssessmentException {
    MaturityModel model = MaturityModel.builder()
        .name("Model" + ESC)
        .level("low", "Low" + RLO)
        .level("high", "High")
        .dimension("A", "A & <b> *c* _d_ ~e~ `f` |g|" + ESC, d -> d
            .question("A1", "Q", q -> q
                .option("l", "L", "low")
                .option("h", "H", "high")
                .action("high", "Do" + ESC + " it" + RLO + " & <b> *now* _x_ ~y~ `z` |w|")))
        .build();
    return model.evaluate(Answers.read(model, SourceText.of("a.json",
        "{\"subject\": \"Council\\u001b]0;x\\u0007\", \"answers\": {\"A1\": \"l\"}, \"targets\": {\"A\": \"high\"}}")));
  }

  private static void assertNothingHidden(String rendered, String format) {
    for (int i = 0; i < rendered.length(); i++) {
      char c = rendered.charAt(i);
      assertFalse(ShownText.hidden(c, true), () -> format + ": U+" + Integer.toHexString(c) + " shown raw in\n"
          + ShownText.visible(rendered, true));
    }
  }

  @Test
  void textMarkdownAndHtml_showControlCharactersAndOverridesEscaped() throws AssessmentException {
    Report report = Report.of(evaluation());
    for (PlanFormat format : new PlanFormat[] {PlanFormat.TEXT, PlanFormat.TSV, PlanFormat.MARKDOWN, PlanFormat.HTML}) {
      String rendered = report.render(format);
      assertNothingHidden(rendered, format.toString());
      assertTrue(rendered.contains("\\u001B"), () -> format + ":\n" + rendered);
      assertTrue(rendered.contains("\\u202E"), () -> format + ":\n" + rendered);
    }
    assertTrue(report.render(PlanFormat.TEXT).contains("Council\\u001B]0;x\\u0007"));
  }

  @Test
  void json_escapesControlCharactersByItsOwnRules() throws AssessmentException {
    String json = Report.of(evaluation()).render(PlanFormat.JSON);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      assertFalse(c < 0x20 && c != '\n', "a raw control character in JSON");
    }
    assertTrue(json.contains("Council\\u001B]0;x\\u0007"), json);
  }

  @Test
  void markdown_escapesItsSpecials_soATextRendersAsWritten() throws AssessmentException {
    String md = Report.of(evaluation()).render(PlanFormat.MARKDOWN);
    assertTrue(md.contains("A \\& \\<b\\> \\*c\\* \\_d\\_ \\~e\\~ \\`f\\` \\|g\\|"), md);
    assertTrue(md.contains("\\& \\<b\\> \\*now\\* \\_x\\_ \\~y\\~ \\`z\\` \\|w\\|"), md);
  }

  private static Diagnostic onlyProblem(String json) {
    AssessmentException e = assertThrows(AssessmentException.class,
        () -> Answers.read(SampleModel.model(), SourceText.of("a.json", json)));
    Diagnostic d = e.diagnostics().stream().filter(x -> x.code() == io.svmi.DiagnosticCode.E0409).findFirst()
        .orElse(e.diagnostics().get(0));
    for (Diagnostic each : e.diagnostics()) {
      assertFalse(each.message().contains("Feature") || each.message().contains("code ")
          || each.hint().orElse("").contains("Feature"), each::toString);
    }
    return d;
  }

  @Test
  void trailingComma_isReportedAtTheComma() {
    Diagnostic d = onlyProblem("{\"answers\": {\"P1\": \"no\",\n}}");
    assertEquals("invalid JSON: a comma after the last entry", d.message());
    assertEquals("remove the comma after the last entry", d.hint().orElseThrow());
    assertEquals(SourceSpan.of("a.json", 1, 24, 1), d.span().orElseThrow());

    Diagnostic inArray = onlyProblem("{\"subject\": [\"x\", ]}");
    assertEquals(SourceSpan.of("a.json", 1, 17, 1), inArray.span().orElseThrow());
    assertEquals("remove the comma after the last entry", inArray.hint().orElseThrow());
  }

  @Test
  void otherJsonMistakes_areToldInTheAuthorsWords() {
    String[][] cases = {
        {"{'subject': 'x'}", "invalid JSON: JSON keys and strings go in double quotes, not single quotes", "1:2"},
        {"{\"subject\": NaN}", "invalid JSON: 'NaN' is not a JSON value", "1:13"},
        {"{// note\n}", "invalid JSON: JSON has no comments", "1:2"},
        {"{\"subject\": \"a\u001bb\"}", "invalid JSON: a control character (U+001B) inside a string", "1:15"},
        {"{\"subject\": \"\\x\"}", "invalid JSON: '\\x' is not a JSON escape", "1:14"},
        {"{\"subject\" \"x\"}", "invalid JSON: expected ':' between a key and its value, found '\"'", "1:12"},
        {"{\"subject\": \"x\" \"answers\": {}}", "invalid JSON: expected ',' between two entries, found '\"'", "1:17"},
        {"{\"subject\": \"x\"", "invalid JSON: the file ends before every object and array is closed", "1:16"},
        {"{\"subject\": 01}", "invalid JSON: a number starts with 0", "1:14"},
    };
    for (String[] c : cases) {
      Diagnostic d = onlyProblem(c[0]);
      assertEquals(c[1], d.message(), c[0]);
      SourceSpan s = d.span().orElseThrow();
      assertEquals(c[2], s.line() + ":" + s.column(), c[0]);
    }
  }

  @Test
  void loneSurrogate_isReportedAtItsPosition() {
    Diagnostic d = onlyProblem("{\"subject\": \"ab\\ud800c\"}");
    assertEquals("invalid JSON: a lone surrogate '\\ud800' (half of a UTF-16 pair) is not a character", d.message());
    assertEquals(SourceSpan.of("a.json", 1, 16, 6), d.span().orElseThrow());

    Diagnostic low = onlyProblem("{\"answers\": {\"P1\\udc00\": \"no\"}}");
    assertEquals(SourceSpan.of("a.json", 1, 17, 6), low.span().orElseThrow());
  }

  @Test
  void wholeSurrogatePairs_areCharactersLikeAnyOther() throws AssessmentException {
    String subject = Answers.read(SampleModel.model(), SourceText.of("a.json",
        "{\"subject\": \"\\ud83d\\ude00 \ud83d\ude00\", \"answers\": {\"P1\": \"no\", \"P2\": \"no\", \"Q1\": \"no\","
            + " \"R1\": \"na\"}}")).subject();
    assertEquals("\ud83d\ude00 \ud83d\ude00", subject);
  }
}
