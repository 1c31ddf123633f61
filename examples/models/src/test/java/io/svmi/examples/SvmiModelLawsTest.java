package io.svmi.examples;

import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.testkit.ModelLaws;
import java.nio.file.Path;

/**
 * Every law of evaluation, checked by jqwik with generated assessments against the bundled SVMI model
 * (svmi.svmi). Laws 5 and 6 show as skipped: the model's plan is 'next level'.
 */
class SvmiModelLawsTest implements ModelLaws {
  private static final MaturityModel MODEL = Svmi.compileOrThrow(Path.of("svmi.svmi"));

  @Override
  public MaturityModel model() {
    return MODEL;
  }
}
