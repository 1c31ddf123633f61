package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Example;
import io.svmi.Example.Expected;
import io.svmi.Example.ExpectedLevel;
import io.svmi.ExampleResult;
import io.svmi.MaturityModel;
import io.svmi.Score;
import io.svmi.SourceSpan;
import io.svmi.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expectations of no level, exact scores, groups and questions: read, run, printed and formatted. */
class ExpectedScoresTest {
  private static List<DocBlocks.Block> blocks() throws IOException {
    return DocBlocks.of(Files.readString(Path.of("../docs/language.md"))).stream()
        .filter(b -> b.language().equals("svmi"))
        .toList();
  }

  /** The second example of docs/language.md's `example` section: "Thirds". */
  private static String thirds() throws IOException {
    return blocks().stream().filter(b -> b.section().equals("## `example`")).skip(1).findFirst().orElseThrow().text();
  }

  @Test
  void everyExampleInTheLanguageDoc_passes() throws IOException {
    int examples = 0;
    for (DocBlocks.Block b : blocks()) {
      MaturityModel model = Svmi.compileOrThrow("doc.svmi", b.text());
      for (ExampleResult r : model.runExamples()) {
        assertTrue(r.passed(), () -> "language.md line " + b.line() + ": " + r.report(Optional.empty()));
        examples++;
      }
    }
    assertTrue(examples >= 6, "examples run: " + examples);
  }

  @Test
  void theFormatGoldensExample_passes() throws IOException {
    MaturityModel model = Svmi.compileOrThrow("f.svmi", Files.readString(Path.of("src/test/resources/format/expected-scores.formatted")));
    ExampleResult r = model.runExamples().get(0);
    assertTrue(r.passed(), () -> r.report(Optional.empty()));
    assertEquals(4, r.example().levels().size());
  }

  @Test
  void theDocumentedExpectations_areReadAsWritten() throws IOException {
    MaturityModel model = Svmi.compileOrThrow("thirds.svmi", thirds());
    assertEquals(
        List.of(
            ExpectedLevel.dimension("A", Expected.level("low").withScore(Score.of(2, 3)), null),
            ExpectedLevel.dimension("B", Expected.noLevel(), Expected.noLevel()),
            ExpectedLevel.overall(Expected.level("low").withScore(Score.ZERO), null),
            ExpectedLevel.question("A2", Expected.level("mid").withScore(Score.of(1))),
            ExpectedLevel.question("B1", Expected.noLevel())),
        model.examples().get(0).levels());
    // Where an expectation was written is kept beside the example: its mismatch points at it.
    MaturityModel missed = Svmi.compileOrThrow("thirds.svmi", thirds().replace("= low score 2/3", "= low score 1/3"));
    assertEquals(
        Optional.of(SourceSpan.of("thirds.svmi", 42, 3, "expect A           = low score 1/3".length())),
        missed.runExamples().get(0).mismatches().get(0).span());
  }

  @Test
  void theSammWorkedExample_pinsGroupsAndScores() throws IOException {
    String text = blocks().stream().filter(b -> b.section().equals("## Score-based models")).findFirst().orElseThrow().text();
    MaturityModel model = Svmi.compileOrThrow("samm.svmi", text);
    Example worked = model.examples().get(0);
    assertEquals(
        ExpectedLevel.group("governance", Expected.level("l0").withScore(Score.of(3, 4)), null),
        worked.levels().get(2));
    assertTrue(model.runExamples().get(0).passed());
    MaturityModel broken = Svmi.compileOrThrow("samm.svmi", text.replace("governance   = l0 score 0.75", "governance   = l0 score 0.5"));
    ExampleResult r = broken.runExamples().get(0);
    assertEquals("group governance Governance", r.mismatches().get(0).subject());
    assertEquals(List.of("l0 score 0.75"), r.mismatches().get(0).actual());
  }

  @Test
  void printingAndFormatting_keepEveryExpectation() throws IOException {
    for (DocBlocks.Block b : blocks()) {
      MaturityModel model = Svmi.compileOrThrow("doc.svmi", b.text());
      String printed = Svmi.print(model);
      assertEquals(model, Svmi.compileOrThrow("printed.svmi", printed), printed);
      String formatted = Svmi.format("doc.svmi", b.text()).formatted().orElseThrow();
      assertEquals(formatted, Svmi.format("f.svmi", formatted).formatted().orElseThrow());
      assertEquals(model, Svmi.compileOrThrow("f.svmi", formatted));
    }
    String printed = Svmi.print(Svmi.compileOrThrow("thirds.svmi", thirds()));
    assertTrue(
        printed.contains(
            """
              expect A           = low score 2/3
              expect B           = no level -> no level
              expect overall     = low score 0
              expect question A2 = mid score 1
              expect question B1 = no level
            """),
        printed);
  }

  @Test
  void aMissedScore_saysBothScoresExactly_atTheLine() throws IOException {
    String text = thirds().replace("expect A           = low score 2/3", "expect A           = low score 0.667");
    MaturityModel model = Svmi.compileOrThrow("thirds.svmi", text);
    assertEquals(
        """
        mismatch: dimension A Area
          --> thirds.svmi:42:3
           |
        42 |   expect A           = low score 0.667
           |   %s
           = expected: low score 0.667
           =   actual: low score 2/3
        """.formatted("^".repeat("expect A           = low score 0.667".length())),
        model.runExamples().get(0).report(Optional.of(SourceText.of("thirds.svmi", text))));
  }

  /** Zero is a score, written as a decimal or as a fraction with a zero numerator. */
  @Test
  void aZeroScore_isAScore_asADecimalOrAFraction() throws IOException {
    for (String zero : new String[] {"0", "0/3"}) {
      String text = thirds().replace("expect A           = low score 2/3", "expect A           = low score " + zero);
      io.svmi.ModelResult r = Svmi.compile("thirds.svmi", text);
      assertTrue(r.errors().stream().noneMatch(d -> d.message().contains("is not a score")), r::render);
    }
  }

  /** A question's target or a score that is not one is one error, and no warning that the example expects nothing. */
  @Test
  void aLineWithAnErrorInItsValue_isOneError() throws IOException {
    for (String[] c : new String[][] {
        {"expect A           = low score 2/3", "expect question A2 = low score 2/3 -> mid", "a question has no target level"},
        {"expect A           = low score 2/3", "expect A = low score 2/0", "'2/0' is not a score"}}) {
      String text = thirds().replaceAll("  expect (B|overall|question).*\n", "").replace(c[0], c[1]);
      io.svmi.ModelResult r = Svmi.compile("thirds.svmi", text);
      assertEquals(List.of(io.svmi.DiagnosticCode.E0101), r.errors().stream().map(d -> d.code()).toList(), r.render());
      assertTrue(r.warnings().stream().noneMatch(d -> d.code() == io.svmi.DiagnosticCode.W0305), r.render());
      assertEquals(c[2], r.errors().get(0).message());
    }
  }

  /** 'no', 'score', 'group' and 'question' stay usable as ids. */
  @Test
  void theNewWords_mayStillBeIds() {
    String text =
        """
        model "Words"

        levels {
          no    "None yet"
          score "Scored"
        }

        dimension group "A dimension called group" {
          question question "A question called question" {
            option n  "N" -> no
            option s  "S" -> score
            option na "Not applicable" -> not applicable
          }
        }

        example "Low" {
          answer question = n
          target group = score
          expect dimension group = no score 0 -> score score 1
          expect question question = no
          expect overall = no -> score
        }

        example "None" {
          answer question = na
          expect dimension group = no level
          expect overall = no level
        }
        """;
    MaturityModel model = Svmi.compileOrThrow("words.svmi", text);
    assertEquals(
        ExpectedLevel.dimension("group", Expected.level("no").withScore(Score.ZERO), Expected.level("score").withScore(Score.of(1))),
        model.examples().get(0).levels().get(0));
    assertEquals(ExpectedLevel.overall(Expected.noLevel(), null), model.examples().get(1).levels().get(1));
    for (ExampleResult r : model.runExamples()) {
      assertTrue(r.passed(), () -> r.report(Optional.empty()));
    }
    String printed = Svmi.print(model);
    assertTrue(printed.contains("  expect dimension group   = no score 0 -> score score 1\n"), printed);
    assertEquals(model, Svmi.compileOrThrow("printed.svmi", printed));
    assertFalse(model.examples().get(0).levels().get(1).target().isPresent());
  }
}
