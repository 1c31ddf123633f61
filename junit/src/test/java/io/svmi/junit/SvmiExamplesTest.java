package io.svmi.junit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Example;
import io.svmi.MaturityModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvmiExamplesTest {
  private static final String MODEL = """
      model "M"

      levels {
        low  "Low"
        high "High"
      }

      dimension A "Area" {
        question A1 "Q" {
          option l "L" -> low
          option h "H" -> high
          to high "Reach high."
        }
      }

      example "Low" {
        answer A1 = l
        expect A = low -> low
        expect A to high = A1
      }

      example "High" {
        answer A1 = h
        expect overall = high
      }
      """;

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("m.svmi");
    Files.writeString(file, text, UTF_8);
    return file;
  }

  @Test
  void oneTestPerExample_namedByIt_andTheyPass() throws Throwable {
    List<DynamicTest> tests = SvmiExamples.forFile(write(MODEL)).toList();
    assertEquals(List.of("Low", "High"), tests.stream().map(DynamicTest::getDisplayName).toList());
    assertTrue(tests.get(0).getTestSourceUri().orElseThrow().toString().endsWith("m.svmi?line=16"));
    for (DynamicTest t : tests) {
      t.getExecutable().execute();
    }
  }

  @Test
  void aBrokenExpectation_failsWithTheDiff() throws IOException {
    Path file = write(MODEL.replace("expect A = low -> low", "expect A = high -> low"));
    List<DynamicTest> tests = SvmiExamples.forFile(file).toList();
    AssertionError e = assertThrows(AssertionError.class, () -> tests.get(0).getExecutable().execute());
    assertEquals(
        "example 'Low' failed:\n"
            + "mismatch: dimension A Area\n"
            + "  --> " + file + ":18:3\n"
            + "   |\n"
            + "18 |   expect A = high -> low\n"
            + "   |   ^^^^^^^^^^^^^^^^^^^^^^\n"
            + "   = expected: high -> low\n"
            + "   =   actual: low -> low\n",
        e.getMessage());
  }

  @Test
  void aFileThatDoesNotCompile_orHasNoExample_givesOneFailingTest() throws IOException {
    List<DynamicTest> broken = SvmiExamples.forFile(write(MODEL.replace("answer A1 = h", "answer A1 = x"))).toList();
    assertEquals(1, broken.size());
    AssertionError e = assertThrows(AssertionError.class, () -> broken.get(0).getExecutable().execute());
    assertTrue(e.getMessage().contains("error[E0402]: question 'A1' has no option 'x'"), e.getMessage());

    List<DynamicTest> none = SvmiExamples.forFile(write(MODEL.substring(0, MODEL.indexOf("example")))).toList();
    assertEquals(1, none.size());
    assertThrows(AssertionError.class, () -> none.get(0).getExecutable().execute());
  }

  @Test
  void aModelBuiltInJava_runsItsExamplesToo() throws Throwable {
    MaturityModel model = MaturityModel.builder().name("J").level("low", "Low").level("high", "High")
        .dimension("A", "Area", a -> a.question("A1", "Q", q -> q.option("l", "L", "low").option("h", "H", "high")))
        .example(Example.builder("Up").answer("A1", "h").expectOverall("high", "high").build())
        .build();
    List<DynamicTest> tests = SvmiExamples.forModel(model).toList();
    assertEquals(1, tests.size());
    tests.get(0).getExecutable().execute();
  }
}
