package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.Diagnostics;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.cli.Main;
import io.svmi.report.Answers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The answers-file reader (svmi-report's {@link Answers}): any bytes give an assessment that
 * evaluates, or diagnostics rendered against the file; through the whole command line, any answers
 * file gives exit status 0 or 2, never 3 (an internal error).
 */
class AnswersFuzzTest {
  private static final MaturityModel SVMI = bundled();
  private static final Path FILE = tempFile();

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"{", "}", "\"subject\"", "\"answers\"", "\"targets\"", "\"overallTarget\"", "\"A1\"",
      "\"tailor\"", "\"leader\"", "\"A\"", ":", ",", "[", "]", "null", "true", "1e99", "\"\\u0000\""})
  void readAnswers(byte[] input) {
    Assessment assessment;
    try {
      assessment = Answers.read(SVMI, "fuzz.json", new ByteArrayInputStream(input));
    } catch (AssessmentException e) {
      checkProblems(e, SourceText.of("fuzz.json", new String(input, UTF_8)));
      return;
    }
    try {
      assertEquals(SVMI.evaluate(assessment), SVMI.evaluate(assessment));
    } catch (AssessmentException e) {
      fail("an assessment read against a model does not evaluate against it: " + e.getMessage());
    }
  }

  /** The whole command line: `svmi plan --answers FILE` and `svmi explain --answers FILE`. */
  @FuzzTest(maxDuration = "5m")
  void planCommand(byte[] input) throws IOException {
    Files.write(FILE, input);
    for (String command : new String[] {"plan", "explain"}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Main.run(new PrintWriter(out), new PrintWriter(err), command, "--answers", FILE.toString());
      assertTrue(status == Main.OK || status == Main.BAD_INPUT, () -> "exit status " + status + ":\n" + err);
      // Main's own line (the answers are echoed in diagnostics, so match the line's start).
      assertFalse(err.toString().lines().anyMatch(l -> l.startsWith("svmi: internal error")), err::toString);
      if (status == Main.BAD_INPUT) {
        assertTrue(err.toString().contains("error["), () -> "bad input without a diagnostic:\n" + err);
      }
    }
  }

  /** Every problem is an answers-file code (E04xx) or a limit (E01xx), rendered, inside the file. */
  private static void checkProblems(AssessmentException e, SourceText source) {
    assertFalse(e.diagnostics().isEmpty());
    String rendered = Diagnostics.render(e.diagnostics(), Optional.of(source));
    for (Diagnostic d : e.diagnostics()) {
      assertTrue(d.code().name().startsWith("E04") || d.code().name().startsWith("E01"), () -> "code " + d.code());
      assertTrue(rendered.contains(d.code().name()), rendered);
      d.span().ifPresent(span -> assertTrue(source.line(span.line()).isPresent(),
          () -> d.code() + " points past the end of the answers: " + span));
    }
  }

  private static MaturityModel bundled() {
    return FuzzModels.svmi();
  }

  private static Path tempFile() {
    try {
      Path file = Files.createTempFile("svmi-fuzz", ".json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
