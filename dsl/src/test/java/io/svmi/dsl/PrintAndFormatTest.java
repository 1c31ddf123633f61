package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Combination;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.PlanPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The canonical layout, and formatting that keeps comments. */
class PrintAndFormatTest {
  /**
   * Models written in the canonical layout (languages, answer sets, groups, indicators, profiles,
   * examples and a translation: the blank lines between blocks, ids padded to a column) print as
   * written: {@code src/test/resources/print}.
   */
  @TestFactory
  Stream<DynamicTest> aModelInTheCanonicalLayout_printsAsWritten() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("src/test/resources/print"))) {
      files = list.filter(p -> p.toString().endsWith(".svmi")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(text, Svmi.print(Svmi.compileOrThrow(file.getFileName().toString(), text)));
    }));
  }

  @Test
  void print_canonicalLayout() {
    MaturityModel m =
        MaturityModel.builder()
            .name("Index \"2\"")
            .version("1.0")
            .level("incomplete", "Incomplete")
            .level("leader", "Leader")
            .overallLevel(Combination.LOWER_MEDIAN)
            .actionPlan(PlanPolicy.UP_TO_TARGET)
            .unansweredAs("incomplete")
            .dimension("A", "Policy\tScope", d -> d.weight(new BigDecimal("2.50")).combination(Combination.LOWEST)
                .question("A1", "Line one\nline two", q -> q.weight(new BigDecimal("1.5"))
                    .option("none", "None", "incomplete")
                    .option("all", "All \\ every", "leader")
                    .optionNotApplicable("na", "N/A")
                    .action("leader", "Lead."))
                .question("A2", "Q2", q -> q.option("x", "X", "leader")))
            .build();
    String expected =
        """
        model "Index \\"2\\"" version "1.0"

        levels {
          incomplete "Incomplete"
          leader     "Leader"
        }

        rules {
          dimension level = lowest of questions
          overall level   = lower median of dimensions
          overall target  = lower median of dimension targets
          action plan     = up to target
          unanswered      = incomplete
        }

        dimension A "Policy\\tScope" weight 2.50 {
          level = lowest of questions
          question A1 "Line one\\nline two" weight 1.5 {
            option none "None" -> incomplete
            option all  "All \\\\ every" -> leader
            option na   "N/A" -> not applicable
            to leader "Lead."
          }

          question A2 "Q2" {
            option x "X" -> leader
          }
        }
        """;
    assertEquals(expected, Svmi.print(m));
    assertEquals(m, Svmi.compileOrThrow("printed.svmi", expected));
  }

  @Test
  void print_unansweredAsALevelNamedError_usesTheExplicitForm() {
    MaturityModel m = MaturityModel.builder().name("M").level("error", "Error").unansweredAs("error").build();
    assertTrue(Svmi.print(m).contains("unanswered      = level error\n"));
    assertEquals(m, Svmi.compileOrThrow("p.svmi", Svmi.print(m)));
  }

  @Test
  void print_anIdTheLanguageCannotWrite_isRefused() {
    MaturityModel m = MaturityModel.builder().name("M").level("two words", "T").build();
    assertThrows(IllegalArgumentException.class, () -> Svmi.print(m));
  }

  @Test
  void format_keepsCommentsWithTheirElements() {
    String source =
        """
        # The model.
        model   "M"   # its name
        dimension A "Area" {
          question A1 "Q" {
            to high "Reach high."   # the action
            # before the option
            option l "L"->low
            # at the end of the question
          }
        }
        levels { low "Low"
          high "High" }
        # the end
        """;
    String expected =
        """
        # The model.
        model "M"  # its name

        levels {
          low  "Low"
          high "High"
        }

        rules {
          dimension level = lowest of questions
          overall level   = mean of dimensions rounded down
          overall target  = mean of dimension targets rounded down
          action plan     = next level
          unanswered      = error
        }

        dimension A "Area" {
          question A1 "Q" {
            # before the option
            option l "L" -> low
            to high "Reach high."  # the action
            # at the end of the question
          }
        }
        # the end
        """;
    FormatResult r = Svmi.format("f.svmi", source);
    assertEquals(expected, r.formatted().orElseThrow(), r::render);
    assertFalse(r.isUnchanged());
    assertFalse(r.hasErrors());
    assertEquals(expected, r.orElseThrow());
    FormatResult again = Svmi.format("f.svmi", expected);
    assertTrue(again.isUnchanged());
  }

  @Test
  void format_badInputGivesDiagnostics_notAnException() {
    FormatResult r = Svmi.format("bad.svmi", "model \"M\"\nlevels {\n  low\n}\n");
    assertTrue(r.hasErrors());
    assertEquals(DiagnosticCode.E0101, r.diagnostics().get(0).code());
    assertTrue(r.render().contains("expected the level's name in double quotes after 'low'"), r.render());
    assertThrows(io.svmi.ModelException.class, r::orElseThrow);
  }
}
