package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API stays small, and no hand-written class collides with a generated one. */
class ApiSurfaceTest {
  @Test
  void thePublicTypes_areSvmiCompileOptionsAndFormatResult() throws IOException {
    Set<String> publicTypes = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/svmi/dsl"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = f.getFileName().toString().replace(".java", "");
        if (name.equals("package-info")) {
          continue;
        }
        try {
          Class<?> c = Class.forName("io.svmi.dsl." + name);
          if (Modifier.isPublic(c.getModifiers())) {
            publicTypes.add(name);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertEquals(Set.of("CompileOptions", "FormatResult", "Svmi"), publicTypes);
  }

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
