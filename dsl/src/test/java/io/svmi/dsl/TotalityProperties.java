package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Law 9: compiling any input gives a model or diagnostics; it never throws, never overflows the
 * stack. Arbitrary strings, byte soup read from a file, and valid files with tokens deleted,
 * inserted and swapped.
 */
class TotalityProperties {
  private static final Pattern TOKEN = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|#[^\\n]*|\\s+|[^\\s\"#]+");
  private static final List<String> PIECES =
      List.of("{", "}", "=", "->", "\"", "\"text\"", "#", "\\", "model", "levels", "rules", "dimension", "question",
          "option", "to", "level", "weight", "not", "applicable", "1.5", "-1", "\n", "@", "\u0000", "😀", "leader",
          "lowest of questions", "{{{{", "}}}}");

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

  @Property(tries = 150)
  void mutatedValidFiles_giveAModelOrDiagnostics(
      @ForAll("models") MaturityModel model, @ForAll("edits") List<Edit> edits) {
    List<String> tokens = tokens(Svmi.print(model));
    for (Edit e : edits) {
      e.apply(tokens);
    }
    String text = String.join("", tokens);
    ModelResult result = Svmi.compile("mutated.svmi", text);
    assertTotal(result);
    result.model().ifPresent(m -> assertEquals(m, Svmi.compileOrThrow("again.svmi", Svmi.print(m))));
    FormatResult formatted = Svmi.format("mutated.svmi", text);
    assertEquals(result.hasErrors(), formatted.hasErrors());
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

  @Provide
  Arbitrary<MaturityModel> models() {
    return Models.models();
  }

  /** One change to a file's tokens: delete, insert or swap (positions taken modulo the size). */
  record Edit(int kind, int at, int other, String piece) {
    void apply(List<String> tokens) {
      if (tokens.isEmpty()) {
        tokens.add(piece);
        return;
      }
      int i = Math.floorMod(at, tokens.size());
      switch (kind) {
        case 0 -> tokens.remove(i);
        case 1 -> tokens.add(i, piece);
        default -> {
          int j = Math.floorMod(other, tokens.size());
          String t = tokens.get(i);
          tokens.set(i, tokens.get(j));
          tokens.set(j, t);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
    return Combinators.combine(Arbitraries.integers().between(0, 2), position, position, Arbitraries.of(PIECES))
        .as(Edit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
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
