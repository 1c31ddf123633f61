package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.svmi.Combination;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.ModelResult;
import io.svmi.PlanPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import io.svmi.dsl.FormatResult;
import io.svmi.dsl.Svmi;

/**
 * The printer round trip (law 8): for every text that compiles, printing the model and compiling
 * the print gives an equal model, printing is idempotent, and formatting (which keeps comments)
 * gives a text that compiles to the same model and formats to itself. Models built in Java with
 * arbitrary texts (quotes, backslashes, line breaks, controls, any Unicode) print to text that
 * compiles back to them.
 */
class PrinterFuzzTest {
  private static final List<String> IDS =
      List.of("a", "b", "low", "high", "to", "not", "model", "level", "option", "x-y", "_", "A1", "q_2", "Z9-a");
  private static final List<BigDecimal> WEIGHTS =
      List.of(BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("0.25"), new BigDecimal("2"), new BigDecimal("10.00"));

  @FuzzTest(maxDuration = "5m")
  void roundTrip(byte[] input) {
    String text = new String(input, UTF_8);
    ModelResult result = Svmi.compile("fuzz.svmi", text);
    Checks.total(result);
    if (result.model().isEmpty()) {
      return;
    }
    MaturityModel model = result.model().get();
    String printed = Svmi.print(model);
    MaturityModel again = Svmi.compileOrThrow("printed.svmi", printed);
    assertEquals(model, again, () -> "compile(print(m)) differs from m; printed:\n" + printed);
    assertEquals(printed, Svmi.print(again), "printing is idempotent");

    FormatResult formatted = Svmi.format("fuzz.svmi", text);
    String once = formatted.orElseThrow();
    assertEquals(model, Svmi.compileOrThrow("formatted.svmi", once), () -> "the formatted text differs:\n" + once);
    assertEquals(once, Svmi.format("formatted.svmi", once).orElseThrow(), "formatting is idempotent");
  }

  @FuzzTest(maxDuration = "5m")
  void printBuiltModel(FuzzedDataProvider data) {
    ModelBuilder b = MaturityModel.builder().name(data.consumeString(30));
    if (data.consumeBoolean()) {
      b.version(data.consumeString(10));
    }
    int levels = data.consumeInt(1, 4);
    for (int i = 0; i < levels; i++) {
      b.level(id(data), data.consumeString(20));
    }
    Combination[] combinations = Combination.values();
    // 'staged' and 'indicators' combine questions only: the rules refuse them over dimensions.
    Combination[] overDimensions =
        java.util.Arrays.stream(combinations).filter(c -> c != Combination.STAGED && c != Combination.INDICATORS)
            .toArray(Combination[]::new);
    b.dimensionLevel(data.pickValue(combinations)).overallLevel(data.pickValue(overDimensions));
    if (data.consumeBoolean()) {
      b.overallTarget(data.pickValue(overDimensions));
    }
    b.actionPlan(data.pickValue(PlanPolicy.values()));
    if (data.consumeBoolean()) {
      b.unansweredAs(id(data));
    }
    int dimensions = data.consumeInt(1, 3);
    for (int d = 0; d < dimensions; d++) {
      ModelBuilder.DimensionBuilder dimension = b.dimension(id(data), data.consumeString(20));
      if (data.consumeBoolean()) {
        dimension.weight(data.pickValue(WEIGHTS));
      }
      if (data.consumeBoolean()) {
        dimension.combination(data.pickValue(combinations));
      }
      int questions = data.consumeInt(1, 3);
      for (int q = 0; q < questions; q++) {
        ModelBuilder.QuestionBuilder question = dimension.question(id(data) + q, data.consumeString(40));
        if (data.consumeBoolean()) {
          question.weight(data.pickValue(WEIGHTS));
        }
        int options = data.consumeInt(1, 3);
        for (int o = 0; o < options; o++) {
          if (data.consumeInt(0, 4) == 0) {
            question.optionNotApplicable(id(data), data.consumeString(20));
          } else {
            question.option(id(data), data.consumeString(20), id(data));
          }
        }
        int actions = data.consumeInt(0, 2);
        for (int a = 0; a < actions; a++) {
          question.action(id(data), data.consumeString(60));
        }
      }
    }
    ModelResult built = b.check();
    if (built.model().isEmpty()) {
      return;
    }
    MaturityModel model = built.model().get();
    String printed = Svmi.print(model);
    ModelResult again = Svmi.compile("printed.svmi", printed);
    assertEquals(Optional.of(model), again.model(), () -> "printed:\n" + printed + "\n" + again.render());
  }

  private static String id(FuzzedDataProvider data) {
    return data.pickValue(IDS);
  }
}
