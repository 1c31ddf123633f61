package io.svmi.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The renderings' golden files under {@code report/src/test/resources/golden}, compared as text.
 * Run the tests with {@code SVMI_UPDATE_GOLDEN=1} to rewrite them after an intended change, then
 * review the diff.
 */
final class Golden {
  static final Path DIR = Path.of("report", "src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (io.svmi.GoldenUpdate.requested()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError("no golden file " + file + "; run with SVMI_UPDATE_GOLDEN=1 to create it");
    }
    assertEquals(Files.readString(file, UTF_8), actual, "differs from golden file " + file);
  }
}
