package io.svmi.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each broken file in {@code src/test/resources/errors} renders exactly as its
 * {@code .expected} file. {@code SVMI_UPDATE_GOLDEN=1} rewrites the expected files.
 */
class GoldenDiagnosticsTest {
  private static final Path DIR = Path.of("src/test/resources/errors");
  private static final boolean UPDATE = io.svmi.GoldenUpdate.requested();

  @TestFactory
  Stream<DynamicTest> everyBrokenFile_rendersItsExpectedDiagnostics() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(DIR)) {
      files = list.filter(p -> p.toString().endsWith(".svmi")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    String rendered = Svmi.compile(name, Files.readString(file, StandardCharsets.UTF_8)).render() + "\n";
    Path expected = DIR.resolve(name.replace(".svmi", ".expected"));
    if (UPDATE) {
      Files.writeString(expected, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), rendered, name);
  }
}
