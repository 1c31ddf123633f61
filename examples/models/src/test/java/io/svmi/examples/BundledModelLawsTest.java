package io.svmi.examples;

import io.svmi.dsl.Svmi;
import io.svmi.testkit.ModelLaws;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/** Every law of evaluation, checked with generated assessments against each bundled model. */
class BundledModelLawsTest {

  @TestFactory
  Stream<DynamicContainer> laws() {
    return Stream.of("svmi.svmi", "accessibility.svmi").map(file -> DynamicContainer.dynamicContainer(file,
        ModelLaws.forModel(Svmi.compileOrThrow(Path.of(file))).tests()));
  }
}
