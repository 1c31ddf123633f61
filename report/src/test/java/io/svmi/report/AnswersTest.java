package io.svmi.report;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.SourceSpan;
import io.svmi.SourceText;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersTest {
  private static Assessment read(String json) throws AssessmentException {
    return Answers.read(SampleModel.model(), SourceText.of("a.json", json));
  }

  private static AssessmentException fails(String json) {
    return assertThrows(AssessmentException.class, () -> read(json));
  }

  private static List<DiagnosticCode> codes(AssessmentException e) {
    return e.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @Test
  void read_validFile_givesTheAssessment() throws Exception {
    Assessment a = read(SampleModel.ANSWERS);
    assertEquals("Borough of <Test> & Sons", a.subject());
    assertEquals("yes", a.answers().get("P1"));
    assertEquals("good", a.targets().get("P").id());
    assertTrue(a.overallTarget().isEmpty());
  }

  @Test
  void read_overallTarget_isOptionalAndRead() throws Exception {
    Assessment a = read("{\"answers\": {\"P1\": \"yes\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\"},"
        + " \"overallTarget\": \"best\"}");
    assertEquals("best", a.overallTarget().orElseThrow().id());
    assertEquals("", a.subject());
  }

  @Test
  void read_invalidJson_pointsAtTheLineAndColumn() {
    AssessmentException e = fails("{\n  \"subject\": \"x\",\n  }\n");
    assertEquals(List.of(DiagnosticCode.E0409), codes(e));
    SourceSpan span = e.diagnostics().get(0).span().orElseThrow();
    // The trailing comma, where the mistake is (not the brace after it, where the parser stops).
    assertEquals(2, span.line());
    assertEquals(17, span.column());
    assertTrue(e.getMessage().contains("--> a.json:2:17"), e.getMessage());
    assertTrue(e.getMessage().contains("2 |   \"subject\": \"x\",\n"), e.getMessage());
    assertTrue(e.getMessage().contains("remove the comma after the last entry"), e.getMessage());
  }

  @Test
  void read_unknownKey_pointsAtItWithASuggestion() {
    AssessmentException e = fails("{\"answer\": {}}");
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(DiagnosticCode.E0410, d.code());
    assertEquals(SourceSpan.of("a.json", 1, 2, 8), d.span().orElseThrow());
    assertEquals("did you mean 'answers'?", d.hint().orElseThrow());
    // The unknown key is the only problem: missing answers would be noise here.
    assertEquals(1, e.diagnostics().size());
  }

  @Test
  void read_repeatedKey_isAnError() {
    AssessmentException e = fails("{\"subject\": \"a\",\n \"subject\": \"b\"}");
    assertEquals(List.of(DiagnosticCode.E0412), codes(e));
    assertEquals(2, e.diagnostics().get(0).span().orElseThrow().line());
    assertEquals("first given at 1:2", e.diagnostics().get(0).hint().orElseThrow());
  }

  @Test
  void read_repeatedAnswer_isAnError() {
    AssessmentException e = fails(
        "{\"answers\": {\"P1\": \"yes\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\",\n \"P1\": \"no\"}}");
    assertEquals(List.of(DiagnosticCode.E0406), codes(e));
  }

  @Test
  void read_wrongTypes_areErrorsAtTheirKeys() {
    AssessmentException e = fails(
        "{\"subject\": 3,\n \"answers\": {\"P1\": [\"yes\"]},\n \"targets\": \"all\",\n \"overallTarget\": null}");
    assertEquals(
        List.of(DiagnosticCode.E0411, DiagnosticCode.E0411, DiagnosticCode.E0411, DiagnosticCode.E0411),
        codes(e));
    assertTrue(e.getMessage().contains("'subject' must be a string (the name of who is assessed), not a number"));
    assertTrue(e.getMessage().contains("the answer to 'P1' must be a string (an option id), not an array"));
    assertTrue(e.getMessage().contains("'targets' must be an object of dimension ids to level ids, not a string"));
    assertTrue(e.getMessage().contains("'overallTarget' must be a string (a level id), not null"));

    AssessmentException more = fails("{\"subject\": {\"name\": \"x\"},\n \"answers\": true,\n \"targets\": {\"P\": 1.5}}");
    assertTrue(more.getMessage().contains("'subject' must be a string (the name of who is assessed), not an object"),
        more.getMessage());
    assertTrue(more.getMessage().contains("'answers' must be an object of question ids to option ids, not a boolean"),
        more.getMessage());
    assertTrue(more.getMessage().contains("the target of 'P' must be a string (a level id), not a number"), more.getMessage());
  }

  @Test
  void read_unknownIds_areAllReportedAtOnce() {
    AssessmentException e = fails(
        "{\"answers\": {\"P1\": \"yess\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\", \"Z9\": \"no\"},\n"
            + " \"targets\": {\"P\": \"gold\", \"X\": \"good\"}}");
    assertEquals(
        List.of(DiagnosticCode.E0402, DiagnosticCode.E0401, DiagnosticCode.E0404, DiagnosticCode.E0403),
        codes(e));
    assertTrue(e.getMessage().contains("question 'P1' has no option 'yess'"), e.getMessage());
    assertTrue(e.getMessage().endsWith("4 errors"), e.getMessage());
  }

  @Test
  void read_missingAnswers_listsTheQuestions() {
    AssessmentException e = fails("{\"answers\": {\"P1\": \"yes\"}}");
    assertEquals(List.of(DiagnosticCode.E0405), codes(e));
    assertTrue(e.getMessage().contains("questions P2, Q1, R1 are not answered"), e.getMessage());
  }

  @Test
  void read_rejectedAnswer_isNotAlsoReportedAsMissing() {
    AssessmentException e = fails("{\"answers\": {\"P1\": \"yess\", \"P2\": \"na\"}}");
    assertEquals(List.of(DiagnosticCode.E0402, DiagnosticCode.E0405), codes(e));
    assertTrue(e.getMessage().contains("questions Q1, R1 are not answered"), e.getMessage());
  }

  @Test
  void read_emptyFile_notAnObject_trailingContent_areErrors() {
    assertEquals(List.of(DiagnosticCode.E0409), codes(fails("")));
    assertEquals(List.of(DiagnosticCode.E0411), codes(fails("[1, 2]")));
    assertEquals(List.of(DiagnosticCode.E0409),
        codes(fails("{\"answers\": {\"P1\": \"yes\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\"}} {}")));
  }

  @Test
  void read_deepNesting_stopsWithALimitError() {
    String deep = "{\"subject\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    AssessmentException e = fails(deep);
    assertTrue(codes(e).contains(DiagnosticCode.E0106), e.getMessage());
    assertTrue(e.getMessage().contains("more than 32 deep, the most svmi reads"), e.getMessage());
  }

  @Test
  void read_longNumber_stopsWithALimitError() {
    AssessmentException e = fails("{\"subject\": " + "1".repeat(101) + "}");
    assertEquals(List.of(DiagnosticCode.E0105), codes(e));
    assertTrue(e.getMessage().contains("a number is longer than 100 characters, the most svmi reads"), e.getMessage());
  }

  /** Fifty errors are all shown; from the fifty-first, the first fifty and a line that says it stopped. */
  @Test
  void read_errors_areCutAtFifty() {
    for (int unknown : new int[] {50, 51}) {
      StringBuilder json = new StringBuilder("{\"answers\": {\"P1\": \"yes\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\"");
      for (int i = 1; i <= unknown; i++) {
        json.append(", \"X").append(i).append("\": \"no\"");
      }
      List<DiagnosticCode> codes = codes(fails(json.append("}}").toString()));
      assertEquals(unknown == 50 ? 50 : 51, codes.size());
      assertEquals(unknown == 51, codes.contains(DiagnosticCode.E0107), codes::toString);
    }
  }

  /** A wrong answer is underlined from its question's key to the end of its value, or the key alone across lines. */
  @Test
  void read_aWrongAnswer_isUnderlinedFromItsKeyThroughItsValue() {
    io.svmi.Diagnostic sameLine = fails("{\"answers\": {\"P1\": \"maybe\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\"}}")
        .diagnostics().get(0);
    assertEquals(io.svmi.SourceSpan.of("a.json", 1, 14, 13), sameLine.span().orElseThrow(), sameLine::toString);
    io.svmi.Diagnostic twoLines = fails("{\"answers\": {\"P1\":\n \"maybe\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\"}}")
        .diagnostics().get(0);
    assertEquals(io.svmi.SourceSpan.of("a.json", 1, 14, 4), twoLines.span().orElseThrow(), twoLines::toString);
  }

  @Test
  void read_hugeString_stopsWithALimitError() {
    AssessmentException e = fails("{\"subject\": \"" + "x".repeat(Answers.MAX_STRING + 1) + "\"}");
    assertEquals(DiagnosticCode.E0105, e.diagnostics().get(0).code());
    assertTrue(e.getMessage().contains("longer than 65536 characters"), e.getMessage());
    assertTrue(!e.getMessage().contains("StreamReadConstraints"), e.getMessage());
  }

  private static final String ALL_ANSWERED = "\"answers\": {\"P1\": \"yes\", \"P2\": \"na\", \"Q1\": \"no\", \"R1\": \"na\"}";

  @Test
  void read_targetAnswers_areOptionalAndRead() throws Exception {
    Assessment a = read("{" + ALL_ANSWERED + ",\n \"targetAnswers\": {\"Q1\": \"yes\", \"P1\": \"always\"}}");
    assertEquals("always", a.targetAnswers().get("P1"));
    assertEquals("yes", a.targetAnswers().get("Q1"));
    assertTrue(read(SampleModel.ANSWERS).targetAnswers().isEmpty());
  }

  @Test
  void read_badTargetAnswers_areReportedAtTheirKeys() {
    AssessmentException e = fails(
        "{" + ALL_ANSWERED + ",\n \"targetAnswers\": {\n"
            + "  \"P9\": \"yes\",\n" //         unknown question
            + "  \"P1\": \"na\",\n" //          an option of another question (P2's)
            + "  \"P2\": \"na\",\n" //          not applicable
            + "  \"Q1\": 1,\n" //                 not a string
            + "  \"R1\": \"na\", \"R1\": \"na\"\n" // R1's only option: not applicable, twice
            + " }}");
    assertEquals(
        List.of(DiagnosticCode.E0401, DiagnosticCode.E0402, DiagnosticCode.E0415, DiagnosticCode.E0411,
            DiagnosticCode.E0415, DiagnosticCode.E0415),
        codes(e));
    List<Integer> lines = e.diagnostics().stream().map(d -> d.span().orElseThrow().line()).toList();
    assertEquals(List.of(3, 4, 5, 6, 7, 7), lines);
    assertEquals(3, e.diagnostics().get(0).span().orElseThrow().column());
    assertTrue(e.getMessage().contains("unknown question 'P9' in a target answer"), e.getMessage());
    assertTrue(e.getMessage().contains("question 'P1' has no option 'na' to aim for"), e.getMessage());
    assertTrue(e.getMessage().contains("option 'na' of question 'P2' is not applicable: it cannot be a target answer"),
        e.getMessage());
    assertTrue(e.getMessage().contains("the target answer of 'Q1' must be a string (an option id), not a number"),
        e.getMessage());
  }

  @Test
  void read_aTargetAnswerGivenTwice_isAnError() {
    AssessmentException e = fails(
        "{" + ALL_ANSWERED + ",\n \"targetAnswers\": {\"P1\": \"yes\",\n \"P1\": \"always\"}}");
    assertEquals(List.of(DiagnosticCode.E0407), codes(e));
    assertEquals(3, e.diagnostics().get(0).span().orElseThrow().line());
    assertEquals("first given at 2:20", e.diagnostics().get(0).hint().orElseThrow());
  }

  // Reading files, streams and readers.

  @TempDir Path dir;

  @Test
  void read_file_givesTheAssessment_andNamesTheFileInDiagnostics() throws Exception {
    Path file = Files.writeString(dir.resolve("tiny.json"), SampleModel.ANSWERS);
    assertEquals(read(SampleModel.ANSWERS), Answers.read(SampleModel.model(), file));
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"answers\": {\"P1\": \"yse\"}}");
    AssessmentException e = assertThrows(AssessmentException.class, () -> Answers.read(SampleModel.model(), bad));
    assertTrue(e.getMessage().contains(" --> " + bad + ":1:14"), e.getMessage());
  }

  @Test
  void read_missingFileOrDirectory_isE0109() {
    AssessmentException missing = assertThrows(AssessmentException.class,
        () -> Answers.read(SampleModel.model(), dir.resolve("missing.json")));
    assertEquals("error[E0109]: cannot read '" + dir.resolve("missing.json") + "': no such file\n\n1 error",
        missing.getMessage());
    AssessmentException directory = assertThrows(AssessmentException.class, () -> Answers.read(SampleModel.model(), dir));
    assertTrue(directory.getMessage().contains("it is a directory"), directory.getMessage());
    assertEquals(java.util.Optional.of("name a file in it"), directory.diagnostics().get(0).hint());
  }

  /** A path that runs through a file is refused with the system's own reason, in the words of the other E0109s. */
  @Test
  void read_aPathThroughAFile_isE0109_withTheSystemsReason() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.json"), SampleModel.ANSWERS);
    AssessmentException e = assertThrows(AssessmentException.class,
        () -> Answers.read(SampleModel.model(), file.resolve("inside.json")));
    assertEquals("error[E0109]: cannot read '" + file.resolve("inside.json") + "': not a directory\n\n1 error", e.getMessage());
  }

  /** An answers file, stream or reader of exactly the most svmi reads is read whole. */
  @Test
  void read_exactlyTheLimit_isRead() throws Exception {
    String exactly = " ".repeat(Answers.MAX_BYTES - SampleModel.ANSWERS.length()) + SampleModel.ANSWERS;
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("exactly.json"), exactly);
    assertEquals(read(SampleModel.ANSWERS), Answers.read(SampleModel.model(), file));
    assertEquals(read(SampleModel.ANSWERS), Answers.read(SampleModel.model(), "s.json",
        new ByteArrayInputStream(exactly.getBytes(UTF_8))));
    assertEquals(read(SampleModel.ANSWERS), Answers.read(SampleModel.model(), "r.json", new StringReader(exactly)));
  }

  @Test
  void read_streamOverTheLimit_isE0105_afterReadingOneByteMore() {
    byte[] big = " ".repeat(Answers.MAX_BYTES + 10).getBytes(UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(big);
    AssessmentException e = assertThrows(AssessmentException.class, () -> Answers.read(SampleModel.model(), "big.json", in));
    assertEquals(DiagnosticCode.E0105, e.diagnostics().get(0).code());
    assertEquals(9, in.available(), "reads the limit and one byte more, no further");
  }

  @Test
  void read_streamOfLatin1_isE0108_andAByteOrderMarkIsDropped() throws Exception {
    AssessmentException e = assertThrows(AssessmentException.class, () -> Answers.read(SampleModel.model(), "l.json",
        new ByteArrayInputStream("{\"subject\": \"Caf\u00e9\"}".getBytes(ISO_8859_1))));
    assertTrue(e.getMessage().startsWith("error[E0108]: 'l.json' is not valid UTF-8: byte 16 (0xE9)\n --> l.json:1:17\n"),
        e.getMessage());
    Assessment a = Answers.read(SampleModel.model(), "bom.json",
        new ByteArrayInputStream(("\uFEFF" + SampleModel.ANSWERS).getBytes(UTF_8)));
    assertEquals(read(SampleModel.ANSWERS), a);
  }

  @Test
  void read_reader_givesTheAssessment_withinTheLimit() throws Exception {
    assertEquals(read(SampleModel.ANSWERS), Answers.read(SampleModel.model(), "r.json", new StringReader(SampleModel.ANSWERS)));
    AssessmentException e = assertThrows(AssessmentException.class, () -> Answers.read(SampleModel.model(), "r.json",
        new StringReader(" ".repeat(Answers.MAX_BYTES + 1))));
    assertEquals(DiagnosticCode.E0105, e.diagnostics().get(0).code());
  }

  // Writing.

  @Test
  void write_givesTheDocumentedFormat_inModelOrder() throws Exception {
    Assessment a = SampleModel.model().assessment().subject("Borough \"B\"")
        .answer("Q1", "no").answer("P2", "na").answer("P1", "yes").answer("R1", "na")
        .target("Q", "some").target("P", "good").overallTarget("best").targetAnswer("P1", "always")
        .build();
    assertEquals("""
        {
          "subject": "Borough \\"B\\"",
          "answers": {
            "P1": "yes",
            "P2": "na",
            "Q1": "no",
            "R1": "na"
          },
          "targets": {
            "P": "good",
            "Q": "some"
          },
          "overallTarget": "best",
          "targetAnswers": {
            "P1": "always"
          }
        }
        """, Answers.write(a));
    assertEquals(a, read(Answers.write(a)));
  }

  @Test
  void write_leavesOutWhatIsNotGiven() throws Exception {
    Assessment a = read(SampleModel.ANSWERS);
    String json = Answers.write(a);
    assertFalse(json.contains("overallTarget") || json.contains("targetAnswers"), json);
    StringBuilder out = new StringBuilder();
    Answers.write(a, out);
    assertEquals(json, out.toString());
  }
}
