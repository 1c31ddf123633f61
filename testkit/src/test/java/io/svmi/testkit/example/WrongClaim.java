package io.svmi.testkit.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.MaturityModel;
import io.svmi.testkit.Arbitraries;
import io.svmi.testkit.Property;

/** A claim about level transitions that does not hold, for the testing guide's failure report. */
final class WrongClaim {
  private WrongClaim() {}

  static void raisingAnyAnswerRaisesTheOverallLevel(MaturityModel model) {
    // guide:start
    // Wrong: "raising any answer raises the overall level".
    Property.forAll(Arbitraries.improvementsOf(Arbitraries.assessments(model).complete()))
        .named("raising any answer raises the overall level")
        .seed(2026)
        .check(i -> assertTrue(
            model.evaluate(i.after()).present().orElseThrow()
                .isAbove(model.evaluate(i.before()).present().orElseThrow()),
            "the overall level did not rise"));
    // guide:end
  }
}
