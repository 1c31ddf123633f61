package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.svmi.ModelResult;
import io.svmi.dsl.FormatResult;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The compiler never throws, hangs or overflows the stack: any text, and any bytes read from a
 * file, give a model or diagnostics (law 9). Seeds: the bundled models and broken files.
 */
class CompilerFuzzTest {
  private static final Path FILE = tempFile();

  /** The input as UTF-8 text (malformed bytes become U+FFFD, as a lenient host would decode them). */
  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"model", "version", "levels", "rules", "dimension", "question", "option", "to", "->",
      "not applicable", "level", "weight", "lowest of questions", "highest of", "lower median of", "mean of", "rounded down",
      "rounded to nearest", "weighted mean of", "dimension targets", "overall target", "action plan",
      "next level", "up to target", "up to top", "unanswered", "= error", "= none", "staged", "answers", " at ", "indicators", "indicator", "profile", "met", "not_met", "{", "}",
      "\"", "\\\"", "#"})
  void compileText(byte[] input) {
    String text = new String(input, UTF_8);
    ModelResult result = Svmi.compile("fuzz.svmi", text);
    Checks.total(result);
    FormatResult formatted = Svmi.format("fuzz.svmi", text);
    assertEquals(result.hasErrors(), formatted.hasErrors(), "format and compile agree on errors");
  }

  /** The input as the bytes of a rules file: invalid UTF-8 and the size limit are diagnostics too. */
  @FuzzTest(maxDuration = "5m")
  void compileFile(byte[] input) throws IOException {
    Files.write(FILE, input);
    Checks.total(Svmi.compile(FILE));
  }

  private static Path tempFile() {
    try {
      Path file = Files.createTempFile("svmi-fuzz", ".svmi");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
