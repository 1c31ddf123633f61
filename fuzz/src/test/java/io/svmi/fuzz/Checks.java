package io.svmi.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Diagnostics;
import io.svmi.ModelResult;
import io.svmi.ShownText;
import io.svmi.SourceText;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What every result of bad input must be: diagnostics users can read, never a half-answer. */
final class Checks {
  private Checks() {}

  /** Rules-file results: a model exactly when there is no error; every diagnostic renders. */
  static void total(ModelResult result) {
    assertEquals(!result.hasErrors(), result.model().isPresent(), "a model exactly when there is no error");
    if (result.hasErrors()) {
      assertFalse(result.errors().isEmpty());
      renders(result.diagnostics(), result.source());
      for (Diagnostic d : result.errors()) {
        assertTrue(d.code().name().startsWith("E01") || d.code().name().startsWith("E02"),
            () -> "a rules file gave " + d.code());
      }
    }
    assertTrue(result.errors().size() <= 51, "the error limit holds");
  }

  /** Assessment diagnostics: at least one, each an E04xx code (or a limit), each renderable. */
  static void assessmentProblems(Collection<Diagnostic> diagnostics, Optional<SourceText> source) {
    assertFalse(diagnostics.isEmpty(), "an AssessmentException carries its diagnostics");
    Set<DiagnosticCode> limits = EnumSet.of(DiagnosticCode.E0105, DiagnosticCode.E0106, DiagnosticCode.E0108);
    for (Diagnostic d : diagnostics) {
      if (!d.code().name().startsWith("E04") && !limits.contains(d.code())) {
        fail("an assessment gave " + d.code() + ": " + d.message());
      }
    }
    renders(diagnostics, source);
  }

  /** The longest line a diagnostic renders: a message, or an excerpt with its escapes. */
  static final int MAX_RENDERED_LINE = Diagnostic.MAX_MESSAGE + 2 * ShownText.MAX_QUOTED + 200;

  /**
   * Text shown to a person: no control character (but line breaks and tabs) reaches it, and no
   * line is longer than {@link #MAX_RENDERED_LINE}, whatever the input.
   */
  static void shownSafely(String shown) {
    for (String line : shown.split("\n", -1)) {
      assertTrue(line.length() <= MAX_RENDERED_LINE,
          () -> "a line of " + line.length() + " characters: " + line.substring(0, 200) + "…");
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        assertFalse(ShownText.hidden(c, true), () -> String.format("U+%04X shown raw in: %s", (int) c,
            ShownText.visible(line)));
      }
    }
  }

  /** Rendering never throws, and names every code it is given. */
  static void renders(Collection<Diagnostic> diagnostics, Optional<SourceText> source) {
    String rendered = Diagnostics.render(diagnostics, source);
    shownSafely(rendered);
    for (Diagnostic d : diagnostics) {
      assertTrue(rendered.contains(d.code().name()), () -> "rendering leaves out " + d.code() + ":\n" + rendered);
      source.ifPresent(s -> d.span().ifPresent(span -> assertTrue(
          s.line(span.line()).isPresent(), () -> d.code() + " points past the end of the source: " + span)));
    }
  }
}
