package io.svmi.testkit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.testkit.JqwikRun;
import io.svmi.testkit.ModelLaws;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Events;

/**
 * Keeps docs/testing.md and the code in step: the guide's examples are the test files
 * {@link LevelTransitionsTest} and {@link ExampleModelLawsTest} verbatim, its failing claim is
 * {@link WrongClaim} verbatim, and the failure report it shows is what jqwik really reports for
 * that claim (run here through the jqwik engine with its fixed seed).
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
  void example_classBody_isUnderTwentyLines() throws IOException {
    String source = read(EXAMPLES.resolve("LevelTransitionsTest.java"));
    String body = source.substring(source.indexOf("class LevelTransitionsTest {") + 1, source.lastIndexOf('}'));
    long lines = body.lines().count() - 1;
    assertTrue(lines < 20, "the example's class body has " + lines + " lines");
  }

  @Test
  void guide_modelLaws_isTheLawsTestFileVerbatim() throws IOException {
    assertEquals(read(EXAMPLES.resolve("ExampleModelLawsTest.java")), block(read(GUIDE), "model-laws", "java"));
  }

  @Test
  void guide_wrongClaim_isTheCodeThatProducesTheReport() throws IOException {
    String source = read(EXAMPLES.resolve("WrongClaim.java"));
    Matcher m = Pattern.compile("\\n *// guide:start\\n(.*?)\\n *// guide:end\\n", Pattern.DOTALL).matcher(source);
    assertTrue(m.find());
    String region = m.group(1).lines().map(l -> l.substring(Math.min(2, l.length()))).reduce((a, b) -> a + "\n" + b)
        .orElseThrow() + "\n";
    assertEquals(region, block(read(GUIDE), "wrong-claim", "java"));
  }

  @Test
  void wrongClaim_fails_withAShrunkSmallAssessmentDescribedQuestionByQuestion() throws IOException {
    Events events = JqwikRun.of(WrongClaim.class);
    assertEquals(1, events.failed().count());
    TestExecutionResult result =
        events.failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow();
    assertEquals("the overall level did not rise ==> expected: <true> but was: <false>",
        result.getThrowable().orElseThrow().getMessage());
    List<ReportEntry> reports = events.reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow()).toList();
    assertEquals(1, reports.size());
    String report = reports.get(0).getKeyValuePairs().get("WrongClaim:raising any answer raises the overall level");
    String shrunk = report.substring(report.indexOf("Shrunk Sample"), report.indexOf("Original Sample"));
    // Every question at the lowest level, no target, one answer raised by one level.
    assertTrue(shrunk.contains("""
          improvement:
            assessment:
              A1 = 'incomplete' (Incomplete/Non Compliant)
        """), shrunk);
    assertEquals(9, shrunk.lines().filter(l -> l.endsWith("= 'incomplete' (Incomplete/Non Compliant)")).count(), shrunk);
    assertTrue(shrunk.contains("""
              targets: none given
            raised:
              A1: 'incomplete' (Incomplete/Non Compliant) -> 'follower' (Follower)
        """), shrunk);
    assertTrue(report.contains("seed = 2026 "), report);

    String guide = read(GUIDE);
    String expected = block(guide, "report", "text");
    String actual = report.replaceFirst("^\\n+", "").stripTrailing() + "\n";
    if (io.svmi.GoldenUpdate.requested() && !expected.equals(actual)) {
      int start = guide.indexOf("```text\n", guide.indexOf("<!-- report -->")) + 8;
      Files.writeString(GUIDE, guide.substring(0, start) + actual + guide.substring(start + expected.length()),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, actual, "docs/testing.md shows another report; SVMI_UPDATE_GOLDEN=1 rewrites it");
  }

  @Test
  void guide_tries_sayTheDefaultOfModelLaws() throws IOException {
    assertTrue(read(GUIDE).contains("tries " + ModelLaws.TRIES + " generated cases"), "the guide's default tries");
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
