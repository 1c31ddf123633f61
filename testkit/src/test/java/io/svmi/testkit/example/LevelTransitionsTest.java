package io.svmi.testkit.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.DimensionResult;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.testkit.Arbitraries;
import io.svmi.testkit.ModelLaws;
import io.svmi.testkit.Property;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LevelTransitionsTest {
  private final MaturityModel model = Svmi.compileOrThrow(Path.of("src/test/resources/example.svmi"));

  @TestFactory // every law of evaluation, checked for this model
  Stream<DynamicTest> laws() {
    return ModelLaws.forModel(model).tests();
  }

  @Test // answering every question at its dimension's target reaches that target
  void answersRaisedToTheTarget_reachTheTarget() {
    Property.forAll(Arbitraries.assessments(model).targetsAbovePresent()
            .flatMap(a -> Arbitraries.improvements(a).raisedToTarget()))
        .check(i -> {
          for (DimensionResult d : model.evaluate(i.after()).dimensions()) {
            assertTrue(d.hasReachedTarget(), d.explanation());
          }
        });
  }
}
