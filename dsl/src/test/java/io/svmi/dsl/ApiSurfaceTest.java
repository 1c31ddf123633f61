package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No hand-written class collides with a generated one. (The public API itself is checked on the
 * built jar by integration-tests: ApiSurfaceIT and api/svmi-dsl.txt.)
 */
class ApiSurfaceTest {
  @Test
  void noHandWrittenClass_clashesWithAGeneratedOne_ignoringCase() throws IOException {
    Set<String> generated;
    try (Stream<Path> files = Files.walk(Path.of("target/generated-sources/antlr4"))) {
      generated = files.filter(p -> p.toString().endsWith(".java"))
          .map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
          .collect(Collectors.toSet());
    }
    assertFalse(generated.isEmpty());
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/svmi/dsl"))) {
      for (Path f : files.toList()) {
        assertFalse(generated.contains(f.getFileName().toString().toLowerCase(Locale.ROOT)), f.toString());
      }
    }
  }
}
