package io.svmi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compilation benchmark's inputs: generated models compile, at the size asked, the same every time. */
class SyntheticModelsTest {
  @Test
  void aSyntheticModelCompilesWithoutWarningsWithTheQuestionsAsked() {
    ModelResult result = CompilationBenchmark.compile(SyntheticModels.text(1000, Inputs.SEED));
    assertEquals(List.of(), result.diagnostics(), result::render);
    MaturityModel model = result.orElseThrow();
    assertEquals(1000, model.questions().size());
    assertEquals(100, model.dimensions().size());
  }

  @Test
  void theSameSeedGivesTheSameText() {
    assertEquals(SyntheticModels.text(100, 7), SyntheticModels.text(100, 7));
    assertNotEquals(SyntheticModels.text(100, 7), SyntheticModels.text(100, 8));
  }

  @Test
  void theBundledModelCompiles() {
    ModelResult result = CompilationBenchmark.compile(CompilationBenchmark.source("svmi"));
    assertFalse(result.hasErrors(), result::render);
  }
}
