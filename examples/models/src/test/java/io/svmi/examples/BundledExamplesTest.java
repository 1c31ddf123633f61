package io.svmi.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Example;
import io.svmi.dsl.Svmi;
import io.svmi.junit.SvmiExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples written in the bundled SVMI model pass: `./mvnw verify` runs them, one test each.
 * Tests run in this module's directory (examples/models), beside svmi.svmi. docs/testing.md shows
 * the factory below verbatim.
 */
class BundledExamplesTest {
  // tag::factory[]
  @TestFactory
  Stream<DynamicTest> examples() {
    return SvmiExamples.forFile(Path.of("svmi.svmi"));
  }
  // end::factory[]

  @Test
  void theSvmiModel_carriesWalsallAndTheOtherCases() {
    assertEquals(
        List.of("Walsall Council", "All Innovator", "One weak dimension"),
        Svmi.compileOrThrow(Path.of("svmi.svmi")).examples().stream().map(Example::name).toList());
  }

  @Test
  void theTestingGuide_showsTheFactory() throws IOException {
    String self = Files.readString(Path.of("src/test/java/io/svmi/examples/BundledExamplesTest.java"), UTF_8);
    Matcher region = Pattern.compile("// tag::factory\\[\\]\\n(.*?)\\n\\s*// end::factory\\[\\]", Pattern.DOTALL).matcher(self);
    assertTrue(region.find());
    String code = region.group(1).replaceAll("(?m)^  ", "") + "\n";
    String guide = Files.readString(Path.of("../../docs/testing.md"), UTF_8);
    assertTrue(guide.contains("<!-- svmi-junit -->\n```java\n" + code + "```\n"), code);
  }
}
