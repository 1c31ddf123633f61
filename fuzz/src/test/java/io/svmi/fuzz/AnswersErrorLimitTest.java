package io.svmi.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answers file reports at most 50 errors, as a rules file does. Before the fix (and the one in
 * DiagnosticRenderer), 40 000 unknown ids in a 650 KB one-line answers file made `svmi plan` run
 * for 1 min 45 s and die of OutOfMemoryError with a stack trace.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AnswersErrorLimitTest {
  @TempDir Path dir;

  @Test
  void fortyThousandUnknownAnswersOnOneLine_areCutAtFiftyErrors() throws IOException {
    StringBuilder json = new StringBuilder("{\"subject\": \"x\", \"answers\": {");
    for (int i = 0; i < 40_000; i++) {
      json.append(i == 0 ? "" : ", ").append("\"Q").append(i).append("\": \"opt\"");
    }
    Path file = Files.writeString(dir.resolve("many.json"), json.append("}}").toString());

    CommandRun run = CommandRun.of("plan", "--answers", file.toString());

    assertEquals(Main.BAD_INPUT, run.status(), () -> run.err().substring(0, 2000));
    assertEquals(50, run.err().split("error\\[E0401\\]", -1).length - 1);
    assertTrue(run.err().contains("error[E0107]: too many errors; stopping after 50"));
    assertTrue(run.err().length() < 51 * 600, () -> run.err().length() + " characters of errors");
  }
}
