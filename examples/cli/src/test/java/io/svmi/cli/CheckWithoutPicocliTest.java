package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code svmi check FILE...} runs without picocli (start-up: see docs/performance.md), and says
 * exactly what the same command says through picocli ({@code check -- FILE...}), status included.
 */
class CheckWithoutPicocliTest {
  @TempDir Path dir;

  @Test
  void plainCheck_isRecognised_andEveryOtherFormIsLeftToPicocli() {
    assertEquals(List.of(Path.of("a.svmi"), Path.of("-")), CheckCommand.plainFiles("check", "a.svmi", "-").orElseThrow());
    for (String[] args : new String[][] {
        {"check"}, {"check", "--help"}, {"check", "-h"}, {"check", "--", "a.svmi"}, {"check", "@args"},
        {"check", "a.svmi", "--bogus"}, {"fmt", "a.svmi"}, {"check", "a\0b"}, {}}) {
      assertTrue(CheckCommand.plainFiles(args).isEmpty(), () -> String.join(" ", args));
    }
  }

  @Test
  void plainCheck_saysWhatPicocliSays() throws IOException {
    Path broken = dir.resolve("broken.svmi");
    Files.writeString(broken, "model \"x\"\nlevels {\n  low \"Low\"\n}\ndimension A \"A\" {\n"
        + "  question A1 \"Q\" {\n    option o \"O\" -> hihg\n  }\n}\n", UTF_8);
    String bundled = "examples/models/svmi.svmi";
    String missing = dir.resolve("nope.svmi").toString();
    for (String[] files : new String[][] {
        {bundled}, {broken.toString()}, {missing}, {broken.toString(), bundled, missing}, {"-"}, {""}}) {
      String[] plain = args(List.of("check"), files);
      String[] picocli = args(List.of("check", "--"), files);
      assertTrue(CheckCommand.plainFiles(plain).isPresent());
      assertEquals(run(broken, picocli), run(broken, plain), () -> String.join(" ", plain));
    }
  }

  private static String[] args(List<String> head, String[] files) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(files));
    return all.toArray(new String[0]);
  }

  /** Status, standard output and standard error of one run, standard input holding {@code stdin}'s text. */
  private static String run(Path stdin, String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new StandardInput(new ByteArrayInputStream(Files.readAllBytes(stdin))),
        OutputFiles.ON_DISK, new PrintWriter(out), new PrintWriter(err), args);
    return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
  }
}
