package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.dsl.FormatResult;
import io.svmi.dsl.Svmi;

/**
 * The printer round trip (law 8): for every text that compiles, printing the model and compiling
 * the print gives an equal model, printing is idempotent, and formatting (which keeps comments)
 * gives a text that compiles to the same model and formats to itself.
 */
class PrinterFuzzTest {
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
}
