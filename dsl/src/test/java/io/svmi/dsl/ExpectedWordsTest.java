package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.ModelResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
      expect A = low -> high     | expect dimension A low -> high | expected 'to' or '=' after 'A'
      question A1 "Q" at low {   | question Q123456789012345678901234567890123456789 at low { | the question's text in double quotes after 'Q123456789012345678901234567890123456789'
      """)
  void aMissingPiece_isCalledByWhatBelongsThere(String line, String broken, String words) {
    String text = MODEL.replace(line, broken);
    assertTrue(!text.equals(MODEL), "the line is in the model: " + line);
    ModelResult result = Svmi.compile("m.svmi", text);
    Diagnostic first = result.errors().get(0);
    assertTrue(first.message().contains("expected " + words) || first.message().contains(words),
        () -> broken + ": " + first.message());
  }

  /** A score-based model with a group, an answer set, a profile and every kind of example line. */
  private static final String GROUPED = """
      model "M"
      levels {
        l0 "Level 0" from 0
        l1 "Level 1" from 1
      }
      rules {
        dimension level = sum of means by level of questions
        group level = mean of dimensions
        overall level = mean of groups
      }
      answers yesno {
        option yes "Yes" -> 1
        option no "No" -> 0
      }
      group G "Governance" {
        dimension A "Area" {
          level = sum of means by level of questions
          question A1 "Q" at l1 answers yesno {
            to l1 "Do."
          }
        }
        dimension B "Indicators" {
          level = indicators
          indicator B1 "Met" at l1
        }
      }
      profile base "Baseline" {
        target A = l1
      }
      example "E" {
        profile base
        answer A1 = no
        answer B1 = met
        target answer A1 = yes
        expect group G = l0
        expect question A1 = l0
        expect A to l1 = A1
      }
      """;

  @Test
  void theGroupedModel_compiles() {
    assertTrue(Svmi.compile("m.svmi", GROUPED).errors().isEmpty(), () -> Svmi.compile("m.svmi", GROUPED).render());
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      group G "Governance" {                 | group G {                        | expected the group's name in double quotes after 'G'
      group G "Governance" {                 | group {                          | expected a group id after 'group'
      dimension A "Area" {                   | dimension A "Area" weight {      | expected a number after 'weight'
          level = sum of means by level of questions | level =            | expected a combination such as 'lowest of questions' after '='
        dimension level = sum of means by level of questions | dimension level = | expected a value for the rule after '='
      question A1 "Q" at l1 answers yesno {  | question A1 "Q" at l1 answers {  | expected an answer set id after 'answers'
      answers yesno {                        | answers {                        | expected an answer set id after 'answers'
      indicator B1 "Met" at l1               | indicator "Met" at l1            | expected an indicator id after 'indicator'
      profile base "Baseline" {              | profile "Baseline" {             | expected a profile id after 'profile'
        target A = l1                        |   target = l1                    | expected a dimension id after 'target'
        profile base                         |   profile "base"                 | expected a profile id after 'profile'
        target answer A1 = yes               |   target answer A1 =             | expected an option id after '='
        expect group G = l0                  |   expect group G =               | expected a level id or 'no level' after '='
        expect A to l1 = A1                  |   expect A to l1 =               | expected a question id after '='
        expect A to l1 = A1                  |   expect A to = A1               | expected a level id after 'to'
      """)
  void aMissingPiece_isCalledByWhatBelongsThere_inEveryBlock(String line, String broken, String message) {
    String text = GROUPED.replaceFirst("(?m)^ *" + Pattern.quote(line) + "$", Matcher.quoteReplacement(broken));
    assertTrue(!text.equals(GROUPED), "the line is in the model: " + line);
    int lineNumber = List.of(text.split("\n", -1)).indexOf(broken) + 1;
    ModelResult result = Svmi.compile("m.svmi", text);
    List<String> there = result.errors().stream()
        .filter(d -> d.span().orElseThrow().line() == lineNumber)
        .map(Diagnostic::message)
        .toList();
    assertEquals(List.of(message), there, result::render);
  }
}
