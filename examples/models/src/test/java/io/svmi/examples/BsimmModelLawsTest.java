package io.svmi.examples;

import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.testkit.ModelLaws;
import java.nio.file.Path;

/**
 * Every law of evaluation, checked by jqwik with generated assessments against the high-water
 * model in the shape of BSIMM (bsimm.svmi: 'highest of questions', no overall level, 'up to
 * target').
 */
class BsimmModelLawsTest implements ModelLaws {
  private static final MaturityModel MODEL = Svmi.compileOrThrow(Path.of("bsimm.svmi"));

  @Override
  public MaturityModel model() {
    return MODEL;
  }
}
