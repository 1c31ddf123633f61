package io.svmi.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.svmi.dsl.Svmi;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Totality of the answers reader: whatever the bytes, reading gives an assessment or diagnostics
 * that render, never another exception (so the command line never shows a stack trace).
 */
class AnswersProperties {
  private static final MaturityModel SAMPLE = SampleModel.model();
  private static final MaturityModel SVMI = bundled();
  private static final String WALSALL = walsall();

  private static MaturityModel bundled() {
    return Svmi.compileOrThrow(Path.of("examples/models/svmi.svmi"));
  }

  private static String walsall() {
    try {
      return Files.readString(Path.of("examples/assessments/walsall.json"), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 300)
  void read_anyText_givesAnAssessmentOrDiagnostics(@ForAll("jsonish") String text) {
    read(SAMPLE, text);
  }

  @Property(tries = 300)
  void read_walsallWithOneEdit_givesAnAssessmentOrDiagnostics(
      @ForAll("positions") int at, @ForAll("jsonish") String insert, @ForAll("lengths") int cut) {
    int start = Math.min(at, WALSALL.length());
    int end = Math.min(start + cut, WALSALL.length());
    read(SVMI, WALSALL.substring(0, start) + insert + WALSALL.substring(end));
  }

  private static void read(MaturityModel model, String text) {
    try {
      Answers.read(model, SourceText.of("p.json", text));
    } catch (AssessmentException e) {
      assertFalse(e.diagnostics().isEmpty());
      assertFalse(e.getMessage().isEmpty());
    }
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings()
        .withChars("{}[]\":,\\ \n\t0123456789.-+eEtruefalsnAPQR1_xyz\u00e9\u2028")
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 2000);
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.integers().between(0, 40);
  }
}
