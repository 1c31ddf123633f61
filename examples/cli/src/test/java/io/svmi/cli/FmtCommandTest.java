package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  private static final String MESSY =
      "# A comment that must survive.\n"
          + "model   \"Tiny\"\nlevels {\n low \"Low\"\n    high \"High\" }\n"
          + "dimension D \"Delivery\" { question D1 \"On time?\" {\n"
          + "  option no \"Rarely\" -> low   # why\n  option yes \"Always\" -> high\n  to high \"Plan it.\" } }\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, UTF_8);
    return file;
  }

  @Test
  void fmt_messyFile_isRewrittenCanonically_andNamed() throws IOException {
    Path file = write("tiny.svmi", MESSY);
    CliRun run = CliRun.of("fmt", file.toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals(file + "\n", run.out());
    String formatted = Files.readString(file, UTF_8);
    assertEquals(Svmi.format("x", MESSY).formatted().orElseThrow(), formatted);
    assertTrue(formatted.contains("# A comment that must survive."), formatted);
    assertTrue(formatted.contains("# why"), formatted);
    assertEquals(Svmi.compile("a", MESSY).model(), Svmi.compile("b", formatted).model());

    CliRun again = CliRun.of("fmt", file.toString());
    assertEquals(0, again.status(), again::toString);
    assertEquals("", again.out(), "a formatted file is left alone");
  }

  @Test
  void fmtCheck_listsUnformattedFiles_changesNothing_andFails() throws IOException {
    Path messy = write("messy.svmi", MESSY);
    Path clean = write("clean.svmi", Svmi.format("x", MESSY).formatted().orElseThrow());
    CliRun run = CliRun.of("fmt", "--check", messy.toString(), clean.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertEquals(messy + "\n", run.out());
    assertEquals(MESSY, Files.readString(messy, UTF_8));

    CliRun ok = CliRun.of("fmt", "--check", clean.toString());
    assertEquals(0, ok.status(), ok::toString);
    assertEquals("", ok.out());
  }

  @Test
  void fmt_fileWithErrors_isLeftAloneAndFails() throws IOException {
    String broken = MESSY.replace("-> high", "-> hihg");
    Path file = write("broken.svmi", broken);
    CliRun run = CliRun.of("fmt", file.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0203]"), run::toString);
    assertTrue(run.err().contains("--> " + file + ":"), run::toString);
    assertEquals(broken, Files.readString(file, UTF_8));
  }

  @Test
  void fmt_missingFile_isBadInput() {
    CliRun run = CliRun.of("fmt", dir.resolve("nope.svmi").toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0109]: cannot read"), run::toString);
  }

  @Test
  void fmt_noFile_isBadUsage() {
    assertEquals(Main.BAD_INPUT, CliRun.of("fmt").status());
  }

  @Test
  void fmt_aTranslationFile_isLeftAsWritten_withANote() throws IOException {
    String text = "translation cy {\n    level low \"Isel\"\n}\n";
    Path file = write("tiny.cy.svmt", text);
    CliRun run = CliRun.of("fmt", file.toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals("", run.out());
    assertEquals("svmi: " + file + " is a translation file; svmi fmt formats models and leaves it as written"
        + " (svmi check checks it with its model)\n", run.err());
    assertEquals(text, Files.readString(file, UTF_8));
  }
}
