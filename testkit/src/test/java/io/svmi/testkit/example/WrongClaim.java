package io.svmi.testkit.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.testkit.Improvement;
import io.svmi.testkit.SvmiArbitraries;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A claim about level transitions that does not hold, for the testing guide's failure report. Its
 * name keeps it out of the build's test run; TestingGuideTest runs it through jqwik.
 */
class WrongClaim {
  private static final MaturityModel MODEL = Svmi.compileOrThrow(Path.of("src/test/resources/example.svmi"));

  // guide:start
  // Wrong: "raising any answer raises the overall level".
  @Property(seed = "2026")
  @Label("raising any answer raises the overall level")
  void raisingAnyAnswer(@ForAll("raised") Improvement improvement) throws AssessmentException {
    assertTrue(MODEL.evaluate(improvement.after()).present().orElseThrow()
            .isAbove(MODEL.evaluate(improvement.before()).present().orElseThrow()),
        "the overall level did not rise");
  }

  @Provide
  Arbitrary<Improvement> raised() {
    return SvmiArbitraries.improvementsOf(SvmiArbitraries.assessments(MODEL).complete());
  }
  // guide:end
}
