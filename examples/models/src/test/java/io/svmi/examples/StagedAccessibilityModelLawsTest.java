package io.svmi.examples;

import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.testkit.ModelLaws;
import java.nio.file.Path;

/**
 * Every law of evaluation, checked by jqwik with generated assessments against the staged
 * accessibility model (accessibility-staged.svmi; its plan is 'up to target').
 */
class StagedAccessibilityModelLawsTest implements ModelLaws {
  private static final MaturityModel MODEL = Svmi.compileOrThrow(Path.of("accessibility-staged.svmi"));

  @Override
  public MaturityModel model() {
    return MODEL;
  }
}
