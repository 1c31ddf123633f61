package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `svmi test`: runs the examples of rules files, reports failures as diffs, and coverage. */
class TestCommandTest {
  private static final Path BUNDLED = Path.of("examples/models/svmi.svmi");

  private static final String SMALL = """
      model "M"

      levels {
        low  "Low"
        high "High"
      }

      dimension A "Area" {
        question A1 "Q" {
          option l "L" -> low
          option h "H" -> high
          to high "Reach high."
        }

        question A2 "R" {
          option l "L" -> low
          option h "H" -> high
          to high "Reach high too."
        }
      }

      example "Low" {
        answer A1 = l
        answer A2 = h
        expect A = low
      }
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, UTF_8);
    return file;
  }

  @Test
  void bundledModel_everyExamplePasses() {
    CliRun run = CliRun.of("test", BUNDLED.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    assertEquals("PASS Walsall Council\nPASS All Innovator\nPASS One weak dimension\n3 passed, 0 failed\n", run.out());
  }

  @Test
  void aBrokenExpectation_fails_showingWhatChangedAndWhere() throws IOException {
    String text = Files.readString(BUNDLED, UTF_8);
    String broken = text.replace("  expect D       = follower -> leader\n", "  expect D       = mature -> leader\n")
        .replace("  expect D to leader = D2, D3\n", "  expect D to leader = D2\n");
    assertTrue(!broken.equals(text));
    Path file = write("svmi.svmi", broken);
    int line = lineOf(broken, "  expect D       = mature -> leader");
    int cell = lineOf(broken, "  expect D to leader = D2");
    CliRun run = CliRun.of("test", file.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertEquals(
        "FAIL Walsall Council\n"
            + "mismatch: dimension D Commissioning\n"
            + "   --> " + file + ":" + line + ":3\n"
            + "    |\n"
            + line + " |   expect D       = mature -> leader\n"
            + "    |   " + "^".repeat("expect D       = mature -> leader".length()) + "\n"
            + "    = expected: mature -> leader\n"
            + "    =   actual: follower -> leader\n"
            + "\n"
            + "mismatch: the actions of D to leader\n"
            + "   --> " + file + ":" + cell + ":3\n"
            + "    |\n"
            + cell + " |   expect D to leader = D2\n"
            + "    |   ^^^^^^^^^^^^^^^^^^\n"
            + "    = expected: D2\n"
            + "    =   actual: D2, D3\n"
            + "\n"
            + "PASS All Innovator\n"
            + "PASS One weak dimension\n"
            + "2 passed, 1 failed\n",
        run.out());
    // docs/cli.md shows the first mismatch, as run on a file named svmi.svmi.
    String shown = run.out().substring(0, run.out().indexOf("\n\nmismatch: the actions")).replace(file.toString(), "svmi.svmi");
    assertTrue(Files.readString(Path.of("docs/cli.md"), UTF_8).contains("```text\n" + shown + "\n```\n"), shown);
  }

  private static final Path SAMM = Path.of("report/src/test/resources/scored/samm-excerpt.svmi");

  @Test
  void theSammExcerptsScores_pass() {
    CliRun run = CliRun.of("test", SAMM.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    assertEquals("PASS Example Team\n1 passed, 0 failed\n", run.out());
  }

  /** A score expectation that misses shows both exact scores (golden: test-score-mismatch.txt). */
  @Test
  void aMissedScore_fails_showingBothScores() throws IOException {
    String text = Files.readString(SAMM, UTF_8);
    String broken = text.replace("expect group governance   = l0 score 0.8125 -> l1 score 1.375",
        "expect group governance   = l0 score 0.8 -> l1 score 1.375");
    assertTrue(!broken.equals(text));
    Path file = write("samm-excerpt.svmi", broken);
    CliRun run = CliRun.of("test", file.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    String shown = run.out().replace(file.toString(), "samm-excerpt.svmi");
    Golden.assertMatches("test-score-mismatch.txt", shown);
    // docs/cli.md shows the mismatch.
    String mismatch = shown.substring(shown.indexOf("mismatch:"), shown.indexOf("\n\n0 passed"));
    assertTrue(Files.readString(Path.of("docs/cli.md"), UTF_8).contains("```text\n" + mismatch + "\n```\n"), mismatch);
  }

  private static int lineOf(String text, String line) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(line)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + line);
  }

  @Test
  void coverage_listsWhatNoExampleTouches() throws IOException {
    Path file = write("m.svmi", SMALL);
    CliRun run = CliRun.of("test", "--coverage", file.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    assertEquals(
        "PASS Low\n1 passed, 0 failed\n\n"
            + "coverage of " + file + " by 1 example\n"
            + "  questions answered: 2 of 2\n"
            + "  options chosen: 2 of 4; none touches:\n"
            + "    A1: h\n"
            + "    A2: l\n"
            + "  actions in a plan: 1 of 2; none touches:\n"
            + "    A2: to high\n",
        run.out());
  }

  @Test
  void aFileWithNoExample_saysSo_andPasses() throws IOException {
    Path file = write("m.svmi", SMALL.substring(0, SMALL.indexOf("example")));
    CliRun run = CliRun.of("test", file.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    assertEquals(file + ": no examples\n0 passed, 0 failed\n", run.out());
  }

  @Test
  void aModelWithErrors_isBadInput_andTheOtherFilesStillRun() throws IOException {
    Path file = write("m.svmi", SMALL.replace("answer A1 = l", "answer A1 = x"));
    CliRun run = CliRun.of("test", file.toString(), BUNDLED.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().startsWith("error[E0402]: question 'A1' has no option 'x'\n  --> " + file + ":23:3\n"), run::toString);
    assertTrue(run.out().endsWith("3 passed, 0 failed\n"), run::toString);
  }

  @Test
  void aMissingFile_isBadInput() {
    CliRun run = CliRun.of("test", dir.resolve("nope.svmi").toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0109]: cannot read"), run::toString);
    assertEquals("", run.out(), "no example ran: no summary");
  }
}
