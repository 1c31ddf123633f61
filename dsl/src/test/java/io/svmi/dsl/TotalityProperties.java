package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.ModelResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  static void assertTotal(ModelResult result) {
    assertEquals(result.model().isEmpty(), result.diagnostics().stream().anyMatch(Diagnostic::isError));
    assertTrue(result.source().isPresent());
    String rendered = result.render();
    assertTrue(!rendered.isEmpty());
    long errors = result.errors().size();
    assertTrue(errors <= CompileOptions.DEFAULT_MAX_ERRORS + 1, rendered);
    if (errors == CompileOptions.DEFAULT_MAX_ERRORS + 1) {
      assertEquals(DiagnosticCode.E0107, result.errors().get(errors - 1 > 0 ? (int) errors - 1 : 0).code());
    }
  }
}
