package io.svmi.testkit.example;

import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.testkit.ModelLaws;
import java.nio.file.Path;

class ExampleModelLawsTest implements ModelLaws {
  private static final MaturityModel MODEL = Svmi.compileOrThrow(Path.of("src/test/resources/example.svmi"));

  @Override
  public MaturityModel model() {
    return MODEL;
  }
}
