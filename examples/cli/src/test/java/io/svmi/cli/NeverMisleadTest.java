package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says what is wrong, where, and what to do: never a misleading summary. */
class NeverMisleadTest {
  @TempDir Path dir;

  @Test
  void aFileThatIsNotUtf8IsReportedAtTheLineColumnAndByteOfItsFirstBadByte() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("model \"M\"\n\nlevels {\n  low \"Caf".getBytes(UTF_8));
    bytes.write(0xE9);
    bytes.write("\"\n}\n".getBytes(UTF_8));
    Path file = Files.write(dir.resolve("latin1.svmi"), bytes.toByteArray());
    CliRun run = CliRun.of("check", file.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().startsWith("error[E0108]: '" + file + "' is not valid UTF-8: byte 30 (0xE9)\n"
        + " --> " + file + ":4:11\n"), run::toString);
  }

  @Test
  void testingAFileThatDoesNotCompileSaysSo() throws Exception {
    Path file = Files.writeString(dir.resolve("broken.svmi"),
        Files.readString(Path.of("examples/models/accessibility.svmi"), UTF_8).replace("-> basic", "-> basc"));
    CliRun run = CliRun.of("test", file.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains(file + ": does not compile (1 error), so its examples were not run"), run::toString);
    assertFalse(run.out().contains("passed"), run::toString);
  }

  @Test
  void fmtCheckDiffShowsWhatWouldChangeAndChangesNothing() throws Exception {
    String text = Files.readString(Path.of("examples/models/accessibility.svmi"), UTF_8);
    String messy = text.replace("  overall level   = mean of dimensions rounded down", "overall level=mean of dimensions rounded down");
    Path file = Files.writeString(dir.resolve("messy.svmi"), messy);
    CliRun run = CliRun.of("fmt", "--check", "--diff", file.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    int line = (int) messy.substring(0, messy.indexOf("overall level=")).chars().filter(c -> c == '\n').count() + 1;
    assertEquals("--- " + file + "\n"
        + "+++ " + file + " (formatted)\n"
        + "@@ -" + (line - 3) + ",7 +" + (line - 3) + ",7 @@\n"
        + " rules {\n"
        + "   dimension level = lowest of questions\n"
        + "-overall level=mean of dimensions rounded down\n"
        + "+  overall level   = mean of dimensions rounded down\n"
        + "   overall target  = mean of dimension targets rounded down\n"
        + "   action plan     = next level\n"
        + "   unanswered      = error\n", run.out().replaceFirst("@@\n \n", "@@\n"));
    assertEquals(messy, Files.readString(file, UTF_8));
    assertEquals(Main.OK, CliRun.of("fmt", "--check", "--diff", "examples/models/accessibility.svmi").status());
  }

  @Test
  void answersForAnotherModelWithoutDashDashModelAskIfItWasForgotten() throws Exception {
    CliRun run = CliRun.of("plan", "--answers", "examples/assessments/accessibility.json");
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().startsWith("error[E0408]: 'examples/assessments/accessibility.json' does not answer the bundled SVMI model: "),
        run::toString);
    assertTrue(run.err().contains("= hint: did you forget --model?"), run::toString);
    assertEquals(1, run.err().split("error\\[", -1).length - 1, run::toString);
  }

  @Test
  void aTargetForADimensionWhoseQuestionsAreAllNotApplicableIsLeftOutWithAWarning() throws Exception {
    Path model = Files.writeString(dir.resolve("na.svmi"), """
        model "M"

        levels {
          low  "Low"
          high "High"
        }

        dimension A "Area" {
          question A1 "Q" {
            option l  "L" -> low
            option h  "H" -> high
            to high "Reach high."
          }
        }

        dimension B "Other" {
          question B1 "Q" {
            option l  "L" -> low
            option na "Not for us" -> not applicable
            to high "Reach high."
          }
        }
        """);
    Path answers = Files.writeString(dir.resolve("na.json"),
        "{ \"answers\": { \"A1\": \"l\", \"B1\": \"na\" }, \"targets\": { \"A\": \"low\", \"B\": \"high\" } }");
    CliRun run = CliRun.of("plan", "--model", model.toString(), "--answers", answers.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    assertEquals("warning: the target of dimension B (High) is left out of the overall target: every question of B"
        + " is not applicable, so it has no level\n", run.err());
  }
}
