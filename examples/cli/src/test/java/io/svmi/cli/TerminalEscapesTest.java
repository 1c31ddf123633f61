package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.ShownText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal escape or a bidirectional override in a model text, an answers key, a subject or a
 * source line never reaches the terminal raw: text output and diagnostics show it escaped.
 */
class TerminalEscapesTest {
  private static final String ESC = "\u001b[2J\u001b[31m";
  private static final String RLO = "\u202e";

  @TempDir Path dir;

  private static void assertShownSafely(String shown) {
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      int at = i;
      assertFalse(ShownText.hidden(c, true), () -> String.format("U+%04X at %d shown raw:\n%s", (int) c, at,
          ShownText.visible(shown, true)));
    }
  }

  private Path model() throws IOException {
    return Files.writeString(dir.resolve("m.svmi"), "model \"M" + ESC + "\"\nlevels { low \"Low\" high \"High" + RLO + "\" }\n"
        + "dimension A \"Area" + ESC + "\" {\n  question A1 \"Q\" {\n    option o \"O\" -> low\n"
        + "    option p \"P\" -> high\n    to high \"Do it" + ESC + ".\"\n  }\n}\n"
        + "example \"Ex" + ESC + "\" {\n  answer A1 = p\n  expect A = low\n}\n", UTF_8);
  }

  @Test
  void explain_showsModelTextsAndTheSubjectEscaped() throws IOException {
    Path answers = Files.writeString(dir.resolve("a.json"),
        "{\"subject\": \"Council\\u001b]0;owned\\u0007" + RLO + "\", \"answers\": {\"A1\": \"o\"}}", UTF_8);
    CliRun run = CliRun.of("explain", "--model", model().toString(), "--answers", answers.toString());
    assertEquals(Main.OK, run.status(), run::toString);
    assertShownSafely(run.out());
    assertTrue(run.out().contains("M\\u001B[2J\\u001B[31m: Council\\u001B]0;owned\\u0007\\u202E"), run::toString);
  }

  @Test
  void test_showsExampleNamesEscaped() throws IOException {
    CliRun run = CliRun.of("test", model().toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertShownSafely(run.out());
    assertTrue(run.out().contains("FAIL Ex\\u001B[2J\\u001B[31m"), run::toString);
  }

  @Test
  void diagnostics_escapeTheMessageAndTheExcerpt_withTheCaretUnderTheSpan() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.svmi"), "model \"M\"\nlevels { low \"Low\" }\n"
        + "dimension A \"A\" { question A1 \"Q" + ESC + RLO + "\" { option o \"O\" -> nope } }\n", UTF_8);
    CliRun run = CliRun.of("check", file.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertShownSafely(run.out());
    String[] lines = run.out().split("\n");
    int excerpt = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("3 | ")) {
        excerpt = i;
      }
    }
    assertTrue(excerpt > 0, run::toString);
    String shown = lines[excerpt];
    String caret = lines[excerpt + 1];
    assertTrue(shown.contains("\"Q\\u001B[2J\\u001B[31m\\u202E\""), run::toString);
    assertEquals(shown.indexOf("nope"), caret.indexOf('^'), "the caret is under 'nope':\n" + shown + "\n" + caret);
    assertEquals("^^^^", caret.substring(caret.indexOf('^')).split(" ")[0]);
  }

  @Test
  void answersKeys_areQuotedEscapedAndCut() throws IOException {
    String key = RLO + "x" + ESC.replace("\u001b", "\\u001b") + "y".repeat(30_000);
    Path answers = Files.writeString(dir.resolve("a.json"), "{\"" + key + "\": 1}", UTF_8);
    CliRun run = CliRun.of("plan", "--answers", answers.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertShownSafely(run.err());
    assertTrue(run.err().contains("unknown key '\\u202Ex\\u001B[2J\\u001B[31myyy"), run::toString);
    assertTrue(run.err().length() < 5000, () -> "a short message, not " + run.err().length() + " characters");
  }

  /** A usage error quotes the arguments: a 400 000-character one gives a short line, escaped. */
  @Test
  void hugeUnknownArgument_givesAShortEscapedLine() {
    CliRun run = CliRun.of("plan", "--\u001b" + "x".repeat(400_000));
    assertEquals(Main.BAD_INPUT, run.status(), () -> run.err().substring(0, 300));
    assertShownSafely(run.err());
    assertTrue(run.err().length() < 3000, () -> "a short message, not " + run.err().length() + " characters");
    assertTrue(run.err().startsWith("svmi: Unknown option: '--\\u001Bxxx"), () -> run.err().substring(0, 300));
  }
}
