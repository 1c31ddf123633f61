package io.svmi.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.ModelResult;
import io.svmi.dsl.FormatResult;
import io.svmi.dsl.Svmi;
import io.svmi.junit.SvmiExamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The models of published frameworks' shapes (staged, high-water, CAF) compile with no error and no
 * warning, are formatted, have worked examples, and they pass. (svmi.svmi keeps the published
 * plan's missing texts, warned about; BundledExamplesTest runs its examples.)
 */
class ShippedModelsTest {
  private static List<Path> models() {
    return List.of(Path.of("accessibility-staged.svmi"), Path.of("bsimm.svmi"), Path.of("caf.svmi"));
  }

  @TestFactory
  Stream<DynamicNode> everyShippedModel() {
    return models().stream().map(p -> DynamicContainer.dynamicContainer(p.getFileName().toString(), Stream.concat(
        Stream.of(DynamicTest.dynamicTest("compiles cleanly and is formatted", () -> {
          ModelResult r = Svmi.compile(p);
          assertTrue(r.diagnostics().isEmpty(), r::render);
          assertFalse(r.model().orElseThrow().examples().isEmpty(), "no worked example");
          FormatResult f = Svmi.format(p.toString(), Files.readString(p));
          assertTrue(f.isUnchanged(), () -> f.formatted().orElse(f.render()));
        })),
        SvmiExamples.forFile(p))));
  }
}
