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
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
   * A gigabyte of whitespace streamed through standard input ({@code --answers -}; never
   * materialised): the command line stops reading after its 1 MiB limit, reports E0105 and exits
   * with status 2. (A named pipe given by name is refused at once: FilesAndStreamsTest.)
   */
  @Test
  void gigabyteOfWhitespace_isCutOffAtTheSizeLimit() {
    long[] sent = {0};
    InputStream whitespace = new InputStream() {
      @Override
      public int read() {
        return sent[0]++ < GIGABYTE ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        int n = (int) Math.min(len, GIGABYTE - sent[0]);
        if (n <= 0) {
          return -1;
        }
        Arrays.fill(b, off, off + n, (byte) ' ');
        sent[0] += n;
        return n;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(whitespace, out, err, "plan", "--answers", "-");

    String errText = err.toString(StandardCharsets.UTF_8);
    assertEquals(Main.BAD_INPUT, status, errText);
    assertTrue(errText.contains("error[E0105]"), errText);
    assertTrue(errText.contains("'<stdin>' is larger than 1024 KiB"), errText);
    assertTrue(sent[0] < GIGABYTE / 100, () -> "the reader took " + sent[0] + " bytes");
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
}
