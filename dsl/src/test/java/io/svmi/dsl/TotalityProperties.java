package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.ModelResult;
import io.svmi.ShownText;
import io.svmi.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

  /**
 * Law 9: compiling any input gives a model or diagnostics; it never throws, never overflows the
 * stack. Arbitrary strings and byte soup read from a file; valid files with tokens deleted,
 * inserted and swapped are in the testkit's tests (MutatedModelsTest), which generate the models.
 */
class TotalityProperties {
  @Property(tries = 300)
  void anyString_givesAModelOrDiagnostics(@ForAll String text) {
    ModelResult result = Svmi.compile("any.svmi", text);
    assertTotal(result);
    assertEquals(result.hasErrors(), Svmi.format("any.svmi", text).hasErrors());
  }

  @Property(tries = 100)
  void anyBytes_giveAModelOrDiagnostics(@ForAll @Size(max = 300) byte[] bytes) throws IOException {
    Path file = Files.createTempFile("soup", ".svmi");
    try {
      Files.write(file, bytes);
      assertTotal(Svmi.compile(file));
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 20)
  void deepNesting_isReportedNotOverflowed(@ForAll("deep") String text) {
    ModelResult result = Svmi.compile("deep.svmi", text);
    assertTotal(result);
    assertTrue(result.hasErrors());
  }

  @Provide
  Arbitrary<String> deep() {
    return Combinators.combine(
            Arbitraries.of("{", "dimension A \"a\" {", "\"", "}", "question q \"q\" {", "-> "),
            Arbitraries.integers().between(1_000, 100_000))
        .as((piece, n) -> piece.repeat(n));
  }

  /**
   * What totality means for one result: a model exactly when no diagnostic is an error; only
   * rules-file codes (E01xx, E02xx, W03xx, and E04xx for examples); every diagnostic with a
   * message, pointing inside the source, in reporting order, and in the rendering (which shows
   * no control character raw and no unbounded line); at most the error limit, then E0107; and
   * the same result when compiled again.
   */
  static void assertTotal(ModelResult result) {
    assertEquals(result.model().isEmpty(), result.diagnostics().stream().anyMatch(Diagnostic::isError),
        "a model exactly when there is no error");
    SourceText source = result.source().orElseThrow(() -> new AssertionError("a result names its source"));
    String rendered = result.render();
    for (Diagnostic d : result.diagnostics()) {
      String code = d.code().name();
      // E04xx: an example block's answers and expectations, checked as an assessment's are.
      assertTrue(code.startsWith("E01") || code.startsWith("E02") || code.startsWith("W03") || code.startsWith("E04"),
          () -> "a rules file gave " + code + ": " + d.message());
      assertFalse(d.message().isBlank(), () -> code + " has no message");
      d.span().ifPresent(span -> {
        assertEquals(source.name(), span.source(), "a span names the file");
        Optional<String> line = source.line(span.line());
        assertTrue(line.isPresent(), () -> code + " points past the last line: " + span);
        assertTrue(span.column() >= 1 && span.column() <= line.get().length() + 1,
            () -> code + " points past the end of its line: " + span);
      });
      assertTrue(rendered.contains(code), () -> "the rendering leaves out " + code);
    }
    for (int i = 1; i < result.diagnostics().size(); i++) {
      assertTrue(Diagnostic.ORDER.compare(result.diagnostics().get(i - 1), result.diagnostics().get(i)) <= 0,
          "diagnostics come in reporting order");
    }
    for (String line : rendered.split("\n")) {
      assertTrue(line.length() <= Diagnostic.MAX_MESSAGE + 400, () -> "a rendered line of " + line.length() + " characters");
      assertTrue(line.chars().noneMatch(c -> ShownText.hidden((char) c, true)), () -> "a control character shown raw: "
          + ShownText.visible(line));
    }
    long errors = result.errors().size();
    assertTrue(errors <= CompileOptions.DEFAULT_MAX_ERRORS + 1, rendered);
    if (errors == CompileOptions.DEFAULT_MAX_ERRORS + 1) {
      assertEquals(DiagnosticCode.E0107, result.errors().get((int) errors - 1).code());
    }
    if (result.diagnostics().stream().anyMatch(d -> EnumSet.of(DiagnosticCode.E0105, DiagnosticCode.E0108,
        DiagnosticCode.E0109).contains(d.code()))) {
      return; // about the file's bytes, which its text no longer holds
    }
    ModelResult again = Svmi.compile(source.name(), source.text());
    assertEquals(result.diagnostics(), again.diagnostics(), "compiling again gives the same diagnostics");
    assertEquals(result.model(), again.model(), "compiling again gives an equal model");
  }
}
