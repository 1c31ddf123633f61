package io.svmi.testkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.dsl.Svmi;
import io.svmi.testkit.PropertyFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/testing.md and the code in step: the guide's example is the test file
 * {@link LevelTransitionsTest} verbatim, its failing claim is {@link WrongClaim} verbatim, and the
 * failure report it shows is what that claim really reports.
 */
class TestingGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "testing.md");
  private static final Path EXAMPLES = Path.of("src", "test", "java", "io", "svmi", "testkit", "example");

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** The fenced block of the given language that follows the marker comment in the guide. */
  private static String block(String guide, String marker, String language) {
    int at = guide.indexOf("<!-- " + marker + " -->");
    assertTrue(at >= 0, "docs/testing.md lacks the marker <!-- " + marker + " -->");
    int start = guide.indexOf("```" + language + "\n", at) + language.length() + 4;
    int end = guide.indexOf("\n```", start);
    return guide.substring(start, end + 1);
  }

  @Test
  void guide_example_isTheExampleTestFileVerbatim() throws IOException {
    assertEquals(read(EXAMPLES.resolve("LevelTransitionsTest.java")), block(read(GUIDE), "example", "java"));
  }

  @Test
  void guide_wrongClaim_isTheCodeThatProducesTheReport() throws IOException {
    String source = read(EXAMPLES.resolve("WrongClaim.java"));
    Matcher m = Pattern.compile("\\n *// guide:start\\n(.*?)\\n *// guide:end\\n", Pattern.DOTALL).matcher(source);
    assertTrue(m.find());
    String region = m.group(1).lines().map(l -> l.substring(Math.min(4, l.length()))).reduce((a, b) -> a + "\n" + b)
        .orElseThrow() + "\n";
    assertEquals(region, block(read(GUIDE), "wrong-claim", "java"));
  }

  @Test
  void guide_failureReport_isWhatTheWrongClaimReports() throws IOException {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> WrongClaim.raisingAnyAnswerRaisesTheOverallLevel(
            Svmi.compileOrThrow(Path.of("src/test/resources/example.svmi"))));
    String guide = read(GUIDE);
    String expected = block(guide, "report", "text");
    String actual = failure.getMessage() + "\n";
    if ("1".equals(System.getenv("SVMI_UPDATE_GOLDEN")) && !expected.equals(actual)) {
      int start = guide.indexOf("```text\n", guide.indexOf("<!-- report -->")) + 8;
      Files.writeString(GUIDE, guide.substring(0, start) + actual + guide.substring(start + expected.length()),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, actual, "docs/testing.md shows another report; SVMI_UPDATE_GOLDEN=1 rewrites it");
  }

  @Test
  void guide_dependency_namesThisVersionOfTheTestkit() throws IOException {
    String pom = read(Path.of("pom.xml"));
    Matcher version = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertTrue(version.find());
    String dependency = block(read(GUIDE), "dependency", "xml");
    assertTrue(dependency.contains("<groupId>io.svmi</groupId>"), dependency);
    assertTrue(dependency.contains("<artifactId>svmi-testkit</artifactId>"), dependency);
    assertTrue(dependency.contains("<version>" + version.group(1) + "</version>"), dependency);
  }
}
