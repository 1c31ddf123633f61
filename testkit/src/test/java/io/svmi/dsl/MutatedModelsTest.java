package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.svmi.MaturityModel;
import io.svmi.ModelResult;
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

/**
 * Law 9 for the compiler, on nearly valid input: the printed form of a generated model (the
 * testkit's, every kind) with tokens deleted, inserted and swapped compiles to a model or to
 * diagnostics, never an exception; a model it gives prints and compiles back to itself; the
 * formatter agrees on whether it has errors. Here because the compiler's module cannot depend on
 * the testkit; the dsl keeps the string and byte properties that need no model.
 */
class MutatedModelsTest {
  private static final Pattern TOKEN = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|#[^\\n]*|\\s+|[^\\s\"#]+");
  private static final List<String> PIECES =
      List.of("{", "}", "=", "->", "\"", "\"text\"", "#", "\\", "model", "levels", "rules", "dimension", "question",
          "option", "to", "level", "weight", "not", "applicable", "1.5", "-1", "\n", "@", "\u0000", "😀", "leader",
          "lowest of questions", "{{{{", "}}}}");

  @Provide
  Arbitrary<MaturityModel> models() {
    return RoundTripTest.printable();
  }

  @Property(tries = 100)
  void mutatedValidFiles_giveAModelOrDiagnostics(
      @ForAll("models") MaturityModel model, @ForAll("edits") List<Edit> edits) {
    List<String> tokens = tokens(Svmi.print(model));
    for (Edit e : edits) {
      e.apply(tokens);
    }
    String text = String.join("", tokens);
    ModelResult result = Svmi.compile("mutated.svmi", text);
    TotalityProperties.assertTotal(result);
    result.model().ifPresent(m -> assertEquals(m, Svmi.compileOrThrow("again.svmi", Svmi.print(m))));
    FormatResult formatted = Svmi.format("mutated.svmi", text);
    assertEquals(result.hasErrors(), formatted.hasErrors());
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
}
