package io.svmi.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.AssessmentException;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.cli.Main;
import io.svmi.report.Answers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological answers files: the command line reads at most 1 MiB of one (so a gigabyte of
 * whitespace costs a megabyte), and the JSON reader refuses deep nesting and long strings.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AnswersLimitsTest {
  private static final long GIGABYTE = 1L << 30;

  @TempDir Path dir;

  /**
   * A gigabyte of whitespace streamed through a named pipe (never materialised): the command line
   * stops reading after its 1 MiB limit, reports E0105 and exits with status 2.
   */
  @Test
  void gigabyteOfWhitespace_isCutOffAtTheSizeLimit() throws Exception {
    Path pipe = dir.resolve("answers.json");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> writeWhitespace(pipe, GIGABYTE));

    CommandRun run = CommandRun.of("plan", "--answers", pipe.toString());

    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0105]"), run::toString);
    assertTrue(run.err().contains("larger than 1024 KiB"), run::toString);
    long sent = written.get(30, TimeUnit.SECONDS);
    assertTrue(sent < GIGABYTE / 100, () -> "the reader took " + sent + " bytes");
  }

  @Test
  void fileJustOverTheLimit_isRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("big.json"), " ".repeat(Answers.MAX_BYTES + 1));
    CommandRun run = CommandRun.of("plan", "--answers", file.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0105]"), run::toString);
  }

  @Test
  void megabyteOfWhitespace_isAnEmptyAnswersFile() throws IOException {
    Path file = Files.writeString(dir.resolve("blank.json"), " ".repeat(Answers.MAX_BYTES));
    CommandRun run = CommandRun.of("plan", "--answers", file.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0409]: the answers file is empty"), run::toString);
  }

  @Test
  void deeplyNestedValue_isRefusedAtTheDepthLimit() {
    String json = "{\"subject\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    AssessmentException e = assertThrows(AssessmentException.class, () -> read(json));
    assertTrue(e.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.E0106), e::getMessage);
    assertTrue(e.getMessage().contains("more than 32 deep"), e::getMessage);
  }

  @Test
  void deeplyNestedValue_throughTheCommandLine() throws IOException {
    Path file = Files.writeString(dir.resolve("deep.json"), "[".repeat(500_000));
    CommandRun run = CommandRun.of("plan", "--answers", file.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0106]"), run::toString);
  }

  @Test
  void hugeString_isRefusedAtTheStringLimit() {
    String json = "{\"subject\": \"" + "x".repeat(Answers.MAX_STRING + 1) + "\"}";
    AssessmentException e = assertThrows(AssessmentException.class, () -> read(json));
    assertEquals(DiagnosticCode.E0105, e.diagnostics().get(0).code(), e::getMessage);
    assertTrue(e.getMessage().contains("a string or key is longer than 65536 characters"), e::getMessage);
  }

  @Test
  void hugeNumber_isRefused() {
    String json = "{\"subject\": " + "9".repeat(10_000) + "}";
    AssessmentException e = assertThrows(AssessmentException.class, () -> read(json));
    assertTrue(e.getMessage().contains("error[E0105]: a number is longer than 100 characters"), e::getMessage);
  }

  private static void read(String json) throws AssessmentException {
    MaturityModel model = FuzzModels.svmi();
    Answers.read(model, SourceText.of("answers.json", json));
  }

  /** Writes spaces into the pipe until the reader closes it or {@code limit} bytes are sent. */
  private static long writeWhitespace(Path pipe, long limit) {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    long sent = 0;
    try (OutputStream out = Files.newOutputStream(pipe)) {
      while (sent < limit) {
        out.write(chunk);
        sent += chunk.length;
      }
    } catch (IOException readerClosed) {
      // The reader stopped reading: what we measure.
    }
    return sent;
  }
}
