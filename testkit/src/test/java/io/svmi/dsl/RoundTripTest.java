package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.testkit.ModelArbitrary;
import io.svmi.testkit.SvmiArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Law 8: compiling the printed form of any model gives an equal model; printing is idempotent.
 * Over the testkit's generated models (ordinal and score-based, ids that are keywords, texts with
 * any character, examples, empty parts). In package io.svmi.dsl beside the compiler's own tests,
 * but here: the compiler's module cannot depend on the testkit.
 */
class RoundTripTest {

  /** The models the printer and compiler must handle: every kind, small. */
  static ModelArbitrary printable() {
    return SvmiArbitraries.models().withScoreBasedModels().withAwkwardNames().withExamples()
        .withQuestionsWithoutOptions().levels(1, 5).dimensions(0, 3).questionsPerDimension(0, 3);
  }

  @Provide
  Arbitrary<MaturityModel> models() {
    return printable();
  }

  @Property(tries = 120)
  void compilingThePrintedModel_givesAnEqualModel(@ForAll("models") MaturityModel model) {
    String printed = Svmi.print(model);
    ModelResult result = Svmi.compile("printed.svmi", printed);
    assertTrue(result.model().isPresent(), () -> printed + "\n" + result.render());
    assertEquals(model, result.model().get(), printed);
  }

  @Property(tries = 80)
  void printing_isIdempotent(@ForAll("models") MaturityModel model) {
    String printed = Svmi.print(model);
    assertEquals(printed, Svmi.print(Svmi.compileOrThrow("printed.svmi", printed)));
  }

  @Property(tries = 80)
  void formatting_keepsEveryComment_andIsIdempotent(
      @ForAll("models") MaturityModel model, @ForAll("comments") List<String> comments) {
    // Put a comment at the end of some lines and on its own line before others.
    String[] lines = Svmi.print(model).split("\n", -1);
    StringBuilder text = new StringBuilder();
    int next = 0;
    for (int i = 0; i < lines.length; i++) {
      if (next < comments.size() && i % 3 == 0) {
        text.append("# ").append(comments.get(next++)).append('\n');
      }
      text.append(lines[i]);
      if (next < comments.size() && i % 3 == 1 && !lines[i].isEmpty()) {
        text.append("  # ").append(comments.get(next++));
      }
      text.append(i + 1 < lines.length ? "\n" : "");
    }
    FormatResult once = Svmi.format("commented.svmi", text.toString());
    assertTrue(once.formatted().isPresent(), once::render);
    String formatted = once.formatted().get();
    int from = 0;
    for (String comment : comments.subList(0, next)) {
      int at = formatted.indexOf("# " + comment, from);
      assertTrue(at >= 0, () -> "lost or reordered comment '" + comment + "' in\n" + formatted);
      from = at + 1;
    }
    assertEquals(model, Svmi.compileOrThrow("formatted.svmi", formatted));
    assertEquals(formatted, Svmi.format("formatted.svmi", formatted).formatted().orElseThrow());
  }

  @Provide
  Arbitrary<List<String>> comments() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '#', '"', '{', '}').ofMinLength(1).ofMaxLength(8)
        .map(s -> "c" + s.strip())
        .list()
        .ofMaxSize(12);
  }
}
