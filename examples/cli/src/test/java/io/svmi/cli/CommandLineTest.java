package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top-level command, check and explain. */
class CommandLineTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, UTF_8);
    return file;
  }

  @Test
  void svmi_noCommand_printsUsageAndFails() {
    CliRun run = CliRun.of();
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("Usage: svmi"), run::toString);
    assertTrue(run.err().contains("plan"), run::toString);
  }

  @Test
  void svmi_help_listsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.status());
    for (String command : new String[] {"check", "fmt", "plan", "explain", "test"}) {
      assertTrue(run.out().contains("  " + command), run::toString);
    }
  }

  @Test
  void svmi_version_printsIt() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("svmi "), run::toString);
  }

  @Test
  void svmi_unknownCommand_suggestsTheClosest() {
    CliRun run = CliRun.of("plna");
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("Unmatched argument at index 0: 'plna'"), run::toString);
    assertTrue(run.err().contains("plan"), run::toString);
  }

  @Test
  void svmi_unknownOption_isBadUsage() {
    CliRun run = CliRun.of("plan", "--modle", "x");
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("Try 'svmi plan --help'"), run::toString);
  }

  @Test
  void check_bundledModel_hasNoError() {
    CliRun run = CliRun.of("check", "examples/models/svmi.svmi");
    assertEquals(0, run.status(), run::toString);
    assertTrue(run.out().contains("examples/models/svmi.svmi: "), run::toString);
    assertTrue(!run.out().contains("error["), run::toString);
  }

  @Test
  void check_brokenFile_rendersEveryErrorWithCaret() throws IOException {
    Path model = write("broken.svmi", "model \"x\"\nlevels {\n  low \"Low\"\n}\ndimension A \"A\" {\n"
        + "  question A1 \"Q\" {\n    option o \"O\" -> hihg\n    to lwo \"Act.\"\n  }\n}\n");
    CliRun run = CliRun.of("check", model.toString(), "examples/models/svmi.svmi");
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertTrue(run.out().contains("7 |     option o \"O\" -> hihg\n"), run::toString);
    assertTrue(run.out().contains("^^^^"), run::toString);
    assertTrue(run.out().contains(model + ": 2 errors"), run::toString);
  }

  @Test
  void check_missingFile_isBadInput() {
    CliRun run = CliRun.of("check", dir.resolve("nope.svmi").toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0109]: cannot read"), run::toString);
  }

  @Test
  void check_noFile_isBadUsage() {
    CliRun run = CliRun.of("check");
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("Missing required parameter"), run::toString);
  }

  @Test
  void explain_walsall_matchesGolden() throws IOException {
    CliRun run = CliRun.of("explain");
    assertEquals(0, run.status(), run::toString);
    Golden.assertMatches("walsall-explain.txt", run.out());
  }

  @Test
  void explain_oneDimension_explainsOnlyIt() {
    CliRun run = CliRun.of("explain", "H");
    assertEquals(0, run.status(), run::toString);
    assertTrue(run.out().startsWith("H Cross Sector Collaboration\n"), run::toString);
    assertTrue(run.out().contains("H Cross Sector Collaboration is Incomplete/Non Compliant: lowest of"), run::toString);
    assertTrue(!run.out().contains("Overall"), run::toString);
  }

  @Test
  void explain_unknownDimension_isBadUsage() {
    CliRun run = CliRun.of("explain", "Z");
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("unknown dimension 'Z'"), run::toString);
  }

  /**
   * A stack overflow (which bounded inputs keep from happening) is a bug said in words, as any
   * other: the command is run with almost no stack left, one frame more each time it cannot even
   * say so, until it can.
   */
  @Test
  void stackOverflow_isAnInternalErrorInWords_notAStackTrace() {
    CliRun run = withLittleStackLeft();
    org.junit.jupiter.api.Assertions.assertEquals(Main.INTERNAL_ERROR, run.status(), run::toString);
    org.junit.jupiter.api.Assertions.assertEquals("svmi: internal error: java.lang.StackOverflowError\n"
        + "This is a bug in svmi; please report it with the command you ran.\n", run.err());
  }

  private static CliRun withLittleStackLeft() {
    try {
      return withLittleStackLeft();
    } catch (StackOverflowError deepestFrame) {
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      int status = Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "plan");
      return new CliRun(status, out.toString(), err.toString());
    }
  }
}
