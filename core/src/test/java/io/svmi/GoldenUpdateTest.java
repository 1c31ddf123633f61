package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GoldenUpdateTest {
  @Test
  void updateMode_isRefusedWhenCiIsSet() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> GoldenUpdate.requested(Map.of("SVMI_UPDATE_GOLDEN", "1", "CI", "true")));
    assertTrue(e.getMessage().startsWith("SVMI_UPDATE_GOLDEN=1 is refused when CI is set"), e.getMessage());
  }

  @Test
  void updateMode_isAskedForByTheVariableAlone() {
    assertTrue(GoldenUpdate.requested(Map.of("SVMI_UPDATE_GOLDEN", "1")));
    assertTrue(GoldenUpdate.requested(Map.of("SVMI_UPDATE_GOLDEN", "1", "CI", "false")));
    assertFalse(GoldenUpdate.requested(Map.of()));
    assertFalse(GoldenUpdate.requested(Map.of("CI", "true")));
  }

  /** Every golden-file test asks GoldenUpdate; none reads the variable itself (and so skips the CI check). */
  @Test
  void noTestReadsTheVariableItself() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> sources;
    try (Stream<Path> dirs = Files.find(root, 4, (p, a) -> a.isDirectory() && p.getFileName().toString().equals("src")
        && !p.toString().contains("node_modules") && !p.toString().contains("/target/"))) {
      sources = dirs.toList();
    }
    assertTrue(sources.size() >= 8, () -> "the modules' sources: " + sources);
    List<Path> readers = new java.util.ArrayList<>();
    for (Path src : sources) {
      try (Stream<Path> files = Files.walk(src)) {
        readers.addAll(files
          .filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("GoldenUpdate.java"))
          .filter(p -> {
            try {
              return Files.readString(p, StandardCharsets.UTF_8).contains("getenv(\"SVMI_UPDATE_GOLDEN\")");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList());
      }
    }
    assertEquals(List.of(), readers);
  }
}
