package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.ExampleResult;
import io.svmi.ModelResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in docs/language.md compiles, prints back to a model equal to it, and its worked
 * examples pass.
 */
class LanguageDocTest {
  private static final Path DOC = Path.of("../docs/language.md");

  @TestFactory
  Stream<DynamicTest> everyExample_compilesWithoutErrors() throws IOException {
    List<DocBlocks.Block> examples =
        DocBlocks.of(Files.readString(DOC)).stream().filter(b -> b.language().equals("svmi")).toList();
    assertTrue(examples.size() >= 6);
    return examples.stream()
        .map(b -> DynamicTest.dynamicTest("language.md line " + b.line(), () -> {
          ModelResult r = Svmi.compile("example.svmi", b.text());
          assertFalse(r.hasErrors(), r::render);
          assertEquals(r.model().get(), Svmi.compileOrThrow("printed.svmi", Svmi.print(r.model().get())));
          for (ExampleResult run : r.model().get().runExamples()) {
            assertTrue(run.passed(), () -> run.report(Optional.empty()));
          }
        }));
  }

  @Test
  void theFormattingSample_isFormatted_withItsBlankLinesInsideBlocks() throws IOException {
    List<DocBlocks.Block> samples =
        DocBlocks.of(Files.readString(DOC)).stream()
            .filter(b -> b.language().equals("svmi") && b.section().equals("## Formatting"))
            .toList();
    assertEquals(1, samples.size());
    String sample = samples.get(0).text();
    FormatResult formatted = Svmi.format("sample.svmi", sample);
    assertTrue(formatted.isUnchanged(), () -> formatted.formatted().orElse(formatted.render()));
    assertTrue(sample.contains("\"Officers\"\n\n  lead") && sample.contains("-> none\n\n    # Reviewed"), sample);
    assertFalse(Svmi.print(Svmi.compileOrThrow("sample.svmi", sample)).contains("-> none\n\n"));
  }

  @Test
  void theDocumentedDefaults_areTheDefaults() throws IOException {
    String doc = Files.readString(DOC);
    CompileOptions d = CompileOptions.defaults();
    assertTrue(doc.contains("| `maxInputBytes` | 8 MiB (" + d.maxInputBytes() + " bytes of UTF-8)"));
    assertTrue(doc.contains("| `maxNestingDepth` | " + d.maxNestingDepth() + " open braces"));
    assertTrue(doc.contains("| `maxErrors` | " + d.maxErrors() + " errors"));
  }
}
