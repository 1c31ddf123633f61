package io.svmi.testkit.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.AssessmentException;
import io.svmi.DimensionResult;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.testkit.Improvement;
import io.svmi.testkit.SvmiArbitraries;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LevelTransitionsTest {
  static final MaturityModel MODEL = Svmi.compileOrThrow(Path.of("src/test/resources/example.svmi"));

  @Provide // assessments aiming above their levels, with every answer below its target raised to it
  Arbitrary<Improvement> raisedToTarget() {
    return SvmiArbitraries.improvementsOf(SvmiArbitraries.assessments(MODEL).targetsAbovePresent())
        .raisedToTarget();
  }

  @Property
  void raisingEveryAnswerToTheTarget_reachesTheTarget(@ForAll("raisedToTarget") Improvement i)
      throws AssessmentException {
    for (DimensionResult d : MODEL.evaluate(i.after()).dimensions()) {
      assertTrue(d.hasReachedTarget(), d.explanation());
    }
  }
}
