package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code svmi batch} draws its progress bar (count, rate, time left) on standard error only when
 * that is a terminal: here a real pseudo-terminal, made by util-linux's {@code script}, and a pipe.
 */
class ProgressBarTest {
  @TempDir Path dir;

  /** 1,000 copies of Walsall's answers, on one line each. */
  private Path input() throws IOException {
    String line = Files.readString(Path.of("examples/assessments/walsall.json"), UTF_8).replace("\n", " ");
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, (line + "\n").repeat(1000), UTF_8);
    return in;
  }

  private List<String> command(Path in, Path out) {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "batch", "--answers", in.toString(), "-o", out.toString(), "--threads", "1");
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    byte[] bytes = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the batch did not finish");
    return new String(bytes, UTF_8);
  }

  @Test
  void onATerminal_theBarShowsCountRateAndTimeLeft_andIsClearedBeforeTheTally() throws Exception {
    Path out = dir.resolve("out.jsonl");
    // script runs the command with a pseudo-terminal for its standard streams and copies what it
    // writes there to its own standard output.
    String shell = String.join(" ", command(input(), out).stream().map(ProgressBarTest::quoted).toList());
    String screen = run(List.of("script", "-qfec", shell, "/dev/null"));
    Pattern bar = Pattern.compile("\r\\[[# ]{20}\\] +\\d+% \\d+ records \\(0 rejected\\), \\d+/s, \\d+:\\d\\d left\u001b\\[K");
    assertTrue(bar.matcher(screen).find(), () -> "no progress bar in:\n" + screen.replace("\u001b", "ESC"));
    assertTrue(screen.contains("\r\u001b[K1000 evaluated, 0 rejected"), () -> screen.replace("\u001b", "ESC"));
    assertEquals(1000, Files.readAllLines(out, UTF_8).size());
  }

  @Test
  void onAPipe_onlyTheTally() throws Exception {
    Path out = dir.resolve("out.jsonl");
    assertEquals("1000 evaluated, 0 rejected\n", run(command(input(), out)));
    CliRun inProcess = CliRun.of("batch", "--answers", input().toString(), "-o", out.toString());
    assertEquals("1000 evaluated, 0 rejected\n", inProcess.err());
    assertFalse(inProcess.err().contains("\r"));
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
