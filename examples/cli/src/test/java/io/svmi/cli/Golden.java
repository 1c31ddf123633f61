package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}, compared as text. Run the tests with
 * {@code SVMI_UPDATE_GOLDEN=1} to rewrite them after an intended change, then review the diff.
 */
final class Golden {
  static final Path DIR = Path.of("examples", "cli", "src", "test", "resources", "golden");
  /** svmi-report's renderings: `svmi plan` prints exactly these. */
  static final Path REPORT = Path.of("report", "src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    assertMatches(DIR, name, actual);
  }

  /** As {@link #assertMatches(String, String)}, against one of svmi-report's golden files. */
  static void assertMatchesReport(String name, String actual) throws IOException {
    assertMatches(REPORT, name, actual);
  }

  private static void assertMatches(Path dir, String name, String actual) throws IOException {
    Path file = dir.resolve(name);
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
