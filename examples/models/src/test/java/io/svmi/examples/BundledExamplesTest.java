package io.svmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.svmi.Example;
import io.svmi.dsl.Svmi;
import io.svmi.junit.SvmiExamples;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The examples written in the bundled SVMI model pass: `./mvnw verify` runs them, one test each. */
class BundledExamplesTest {
  /** Tests run in this module's directory (examples/models). */
  private static final Path MODEL = Path.of("svmi.svmi");

  @TestFactory
  Stream<DynamicTest> everyExampleOfTheSvmiModel() {
    return SvmiExamples.forFile(MODEL);
  }

  @Test
  void theSvmiModel_carriesWalsallAndTheOtherCases() {
    assertEquals(
        List.of("Walsall Council", "All Innovator", "One weak dimension"),
        Svmi.compileOrThrow(MODEL).examples().stream().map(Example::name).toList());
  }
}
