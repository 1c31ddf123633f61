package io.svmi.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.svmi.ModelResult;
import io.svmi.dsl.CompileOptions;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The error limit bounds memory, not just output: inputs holding a million errors compile in a JVM
 * with a 48 MB heap. (Before the fix in TokenScan, a million bad escapes in one text built a
 * million diagnostics before the limit was applied: OutOfMemoryError in this heap, 22 s for four
 * million.)
 */
class SmallHeapTest {
  static final List<String> CASES = List.of("escapes", "stray", "braces");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void millionErrorInputs_compileInA48MegabyteHeap() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx48m", "-XX:+UseSerialGC",
            "-cp", System.getProperty("java.class.path"), SmallHeapTest.class.getName())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.waitFor(), output);
    assertEquals("escapes: 51 errors\nstray: 51 errors\nbraces: 1 errors\n", output);
  }

  /** Run in the small-heap JVM: compiles each case and prints its error count. */
  public static void main(String[] args) {
    int errors = CompileOptions.DEFAULT_MAX_ERRORS;
    for (String c : CASES) {
      String text = switch (c) {
        case "escapes" -> "model \"" + "\\q".repeat(1_000_000) + "\"";
        case "stray" -> "@\n".repeat(1_000_000);
        default -> "{".repeat(1_000_000);
      };
      ModelResult result = Svmi.compile(c + ".svmi", text);
      System.out.print(c + ": " + result.errors().size() + " errors\n");
      if (result.errors().size() > errors + 1) {
        System.exit(1);
      }
    }
  }
}
