package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.ModelResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A syntax error names what belongs where the error is, in the author's words: a missing id, name,
 * text or value is called by what it is at that place of the file (a dimension id, the question's
 * text in double quotes, a level id or 'no level'...).
 */
class ExpectedWordsTest {
  private static final String MODEL = """
      model "M" version "1"
      levels {
        low  "Low"
        high "High"
      }
      rules {
        action plan = next level
      }
      dimension A "Area" {
        question A1 "Q" at low {
          option o "O" -> low
          option h "H" -> high
          to high "Do."
        }
      }
      example "E" {
        subject "Someone"
        answer A1 = o
        target A = high
        expect A = low -> high
        expect question A1 = low
        expect overall = low
      }
      """;

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      model "M" version "1"      | model version "1"        | the model's name in double quotes
      model "M" version "1"      | model "M" version        | the version in double quotes
      low  "Low"                 | "Low"                    | a level id
      high "High"                | high                     | the level's name in double quotes
      action plan = next level   | = next level             | a rule
      dimension A "Area" {       | dimension "Area" {       | a dimension id
      dimension A "Area" {       | dimension A {            | the dimension's name in double quotes
      question A1 "Q" at low {   | question "Q" {           | a question id
      question A1 "Q" at low {   | question A1 at low {     | the question's text in double quotes
      question A1 "Q" at low {   | question A1 "Q" at {     | a level name
      option o "O" -> low        | option "O" -> low        | an option id
      option o "O" -> low        | option o -> low          | the option's text in double quotes
      option h "H" -> high       | option h "H" ->          | a level name, a value or 'not applicable'
      to high "Do."              | to "Do."                 | a level name
      to high "Do."              | to high                  | the action's text in double quotes
      example "E" {              | example {                | the example's name in double quotes
      subject "Someone"          | subject                  | who is assessed, in double quotes
      answer A1 = o              | answer = o               | a question id
      answer A1 = o              | answer A1 =              | an option id
      target A = high            | target A =               | a level id
      expect A = low -> high     | expect = low -> high     | a dimension id or 'overall'
      expect A = low -> high     | expect A = -> high       | a level id or 'no level'
      expect overall = low       | expect overall = low low | '->' and a target, 'score' and a score, or the end of the line
      """)
  void aMissingPiece_isCalledByWhatBelongsThere(String line, String broken, String words) {
    String text = MODEL.replace(line, broken);
    assertTrue(!text.equals(MODEL), "the line is in the model: " + line);
    ModelResult result = Svmi.compile("m.svmi", text);
    Diagnostic first = result.errors().get(0);
    assertTrue(first.message().contains("expected " + words) || first.message().contains(words),
        () -> broken + ": " + first.message());
  }
}
