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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad text that reaches a person: terminal escapes and bidirectional overrides in a model or an
 * answers file are shown escaped in every rendering; Markdown specials render as written; JSON
 * mistakes are told in the author's words at the character that is wrong.
 */
class BadTextTest {
  private static final String ESC = "\u001b[2J";
  private static final String RLO = "\u202e";
  /** The high half of U+1F600, as a character in the text (not a JSON escape). */
  private static final String RAW_HIGH = "\ud83d";

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

  @Test
  void markdown_keepsEachTextOnOneLine_soThatATableRowStaysARow() throws AssessmentException {
    MaturityModel model = MaturityModel.builder()
        .name("Model")
        .level("low", "Low")
        .level("high", "High")
        .dimension("A", "Area\r\none", d -> d
            .question("A1", "Q", q -> q
                .option("l", "L", "low")
                .option("h", "H", "high")
                .action("high", "Do\r\nthis,\rthat\nand\tmore\r")))
        .build();
    String md = Report.of(model.evaluate(model.assessment().subject("Council\nNorth").answer("A1", "l").target("A", "high")
        .build())).render(PlanFormat.MARKDOWN);
    assertTrue(md.contains("- **Organisation:** Council North\n"), md);
    assertTrue(md.contains("\n| A | Area one | Low | High |\n"), md);
    assertTrue(md.contains("\n| Area one | Do this, that and more  | |\n"), md);
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
  void trailingComma_beforeAnyWhiteSpace_isReportedAtTheComma() {
    for (String space : new String[] {"", " ", "\t", "\n", "\r\n", " \t\r\n "}) {
      Diagnostic d = onlyProblem("{\"subject\": \"x\"," + space + "}");
      assertEquals("invalid JSON: a comma after the last entry", d.message(), space);
      assertEquals(SourceSpan.of("a.json", 1, 16, 1), d.span().orElseThrow(), space);
    }
  }

  /** JSON text, then the message, the place (line:column+length) and the hint the author sees. */
  @Test
  void otherJsonMistakes_areToldInTheAuthorsWords() {
    String values = "write a string in double quotes, a number, an object, an array, true, false or null";
    String[][] cases = {
        {"{'subject': 'x'}", "JSON keys and strings go in double quotes, not single quotes", "1:2+1",
            "write \"…\" instead of '…'"},
        {"{\"subject\": NaN}", "'NaN' is not a JSON value", "1:13+3", values + "; a number is finite"},
        {"NaN", "'NaN' is not a JSON value", "1:1+3", values + "; a number is finite"},
        {"{\"subject\": -Infinity}", "'-Infinity' is not a JSON value", "1:13+9", values + "; a number is finite"},
        {"{\"subject\": tru}", "'tru' is not a JSON value", "1:13+3", values},
        {"{\"subject\": \"x\"} x", "'x' is not a JSON value", "1:18+1", values},
        {"{// note\n}", "JSON has no comments", "1:2+1", "remove the comment"},
        {"{# note\n}", "JSON has no comments", "1:2+1", "remove the comment"},
        {"{\"subject\": \"a\u001bb\"}", "a control character (U+001B) inside a string", "1:15+1",
            "write it as the escape \\u001b, or leave it out"},
        {"{\"subject\": \"a\tb\"}", "a control character (U+0009) inside a string", "1:15+1", "write a tab as \\t"},
        {"{\"subject\": \"a\nb\"}", "a control character (U+000A) inside a string", "1:15+1",
            "write a line break as \\n"},
        {"{\"subject\": \u0001}", "a control character (U+0001) between JSON values", "1:13+1",
            "remove it: only spaces, tabs and line breaks may stand between values"},
        {"{\"subject\": \"\\x\"}", "'\\x' is not a JSON escape", "1:14+2",
            "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write \\\\ for a backslash"},
        {"{\"subject\": \"a\\\nb\"}", "a backslash before U+000A is not a JSON escape", "1:15+2",
            "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write \\\\ for a backslash"},
        {"{\"subject\": \"\\u00G0\"}", "a \\u escape takes four hex digits, found 'G'", "1:18+1",
            "write four of 0-9 and a-f, such as \\u00e9"},
        {"{\"subject\" \"x\"}", "expected ':' between a key and its value, found '\"'", "1:12+1", "write \"key\": \"value\""},
        {"{\"subject\": \"x\" \"answers\": {}}", "expected ',' between two entries, found '\"'", "1:17+1",
            "add a comma after the entry before it"},
        {"{\"subject\": \"x\", 1}", "expected a key in double quotes, found '1'", "1:18+1", "write \"key\": \"value\""},
        {"{\"subject\": -x}", "a number is not finished where 'x' stands", "1:14+1", "write a number such as 1, -2 or 0.5"},
        {"{\"subject\": 1.}", "a number is not finished where '}' stands", "1:14+1", "write a number such as 1, -2 or 0.5"},
        {"{\"subject\": ]}", "expected a value, found ']'", "1:13+1", values},
        {"{\"subject\": \"x\"}}", "'}' closes nothing: every object and array is closed already", "1:17+1", "remove it"},
        {"{\"subject\": \"x\"", "the file ends before every object and array is closed", "1:16+1",
            "add the missing '}' or ']' (or '\"' that ends a string)"},
        {"{\"subject\": 01}", "a number starts with 0", "1:14+1", "write 1, not 01"},
        {"1x", "unexpected 'x'", "1:2+1", "see docs/answers-format.md for the format"},
    };
    for (String[] c : cases) {
      Diagnostic d = onlyProblem(c[0]);
      assertEquals("invalid JSON: " + c[1], d.message(), c[0]);
      SourceSpan s = d.span().orElseThrow();
      assertEquals(c[2], s.line() + ":" + s.column() + "+" + s.length(), c[0]);
      assertEquals(c[3], d.hint().orElseThrow(), c[0]);
    }
  }

  @Test
  void loneSurrogate_isReportedAtItsPosition() {
    Diagnostic d = onlyProblem("{\"subject\": \"ab\\ud800c\"}");
    assertEquals("invalid JSON: a lone surrogate '\\ud800' (half of a UTF-16 pair) is not a character", d.message());
    assertEquals(SourceSpan.of("a.json", 1, 16, 6), d.span().orElseThrow());

    Diagnostic low = onlyProblem("{\"answers\": {\"P1\\udc00\": \"no\"}}");
    assertEquals(SourceSpan.of("a.json", 1, 17, 6), low.span().orElseThrow());

    // JSON text, then the half reported and its place (line:column+length).
    String[][] cases = {
        {"{\"subject\": \"\\udbffx\"}", "\\udbff", "1:14+6"},             // the last high half
        {"{\"subject\": \"\\udfff\"}", "\\udfff", "1:14+6"},              // the last low half
        {"{\"subject\": \"ab\\ud800\"}", "\\ud800", "1:16+6"},            // a high half at the end
        {"{\"subject\": \"\\ud800\\ud800\\udc00\"}", "\\ud800", "1:14+6"}, // the first of two highs
        {"{\"subject\": \"\\\"\\n\\ud800\"}", "\\ud800", "1:18+6"},     // after other escapes
        {"{\"sub\\ud800ject\": \"x\"}", "\\ud800", "1:6+6"},              // in a key of the file
        {"{\"targets\": {\"P\": \"go\\udc00od\"}}", "\\udc00", "1:22+6"}, // in a value of a map
    };
    for (String[] c : cases) {
      Diagnostic half = onlyProblem(c[0]);
      assertEquals("invalid JSON: a lone surrogate '" + c[1] + "' (half of a UTF-16 pair) is not a character",
          half.message(), c[0]);
      SourceSpan s = half.span().orElseThrow();
      assertEquals(c[2], s.line() + ":" + s.column() + "+" + s.length(), c[0]);
      // The key or value is not read any further: no unknown key, question or level besides.
      AssessmentException e = assertThrows(AssessmentException.class,
          () -> Answers.read(SampleModel.model(), SourceText.of("a.json", c[0])));
      assertEquals(List.of(io.svmi.DiagnosticCode.E0409), e.diagnostics().stream().map(Diagnostic::code).toList(), c[0]);
    }

    // Written as the character itself (a UTF-16 text can hold it): one character wide, not quoted.
    Diagnostic raw = onlyProblem("{\"subject\": \"a\ud800b\"}");
    assertEquals("invalid JSON: a lone surrogate (half of a UTF-16 pair) is not a character", raw.message());
    assertEquals(SourceSpan.of("a.json", 1, 15, 1), raw.span().orElseThrow());
  }

  @Test
  void wholeSurrogatePairs_areCharactersLikeAnyOther() throws AssessmentException {
    String subject = Answers.read(SampleModel.model(), SourceText.of("a.json",
        "{\"subject\": \"\\ud83d\\ude00 \ud83d\ude00\", \"answers\": {\"P1\": \"no\", \"P2\": \"no\", \"Q1\": \"no\","
            + " \"R1\": \"na\"}}")).subject();
    assertEquals("\ud83d\ude00 \ud83d\ude00", subject);
    // The first and the last pair, and a pair written half raw, half escaped.
    String edges = Answers.read(SampleModel.model(), SourceText.of("a.json",
        "{\"subject\": \"\\ud800\\udc00 \\udbff\\udfff " + RAW_HIGH + "\\ude00\", \"answers\": {\"P1\": \"no\", \"P2\": \"no\","
            + " \"Q1\": \"no\", \"R1\": \"na\"}}")).subject();
    assertEquals("\ud800\udc00 \udbff\udfff \ud83d\ude00", edges);
  }
}
