package io.svmi.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.MaturityModel;
import io.svmi.Question;
import io.svmi.SourceText;
import io.svmi.cli.Main;
import io.svmi.report.Answers;
import io.svmi.dsl.CompileOptions;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of docs/reliability.md's catalogue not proved elsewhere: bad answers, bad targets, API
 * misuse and command-line misuse, each with what the user gets. The last test keeps the catalogue
 * honest: every test it names exists.
 */
class BadInputCatalogueTest {
  private static final MaturityModel MODEL = Svmi.compileOrThrow("m.svmi", """
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
      """);
  private static final MaturityModel OTHER = Svmi.compileOrThrow("o.svmi", Svmi.print(MODEL).replace("\"M\"", "\"Other\""));

  @TempDir Path dir;

  // Answers files (through svmi-report's reader, as the command line reads them).

  @Test
  void answers_unknownQuestion() {
    assertAnswers("{\"answers\": {\"A1\": \"l\", \"A2\": \"h\"}}", "error[E0401]: unknown question 'A2'");
  }

  @Test
  void answers_unknownOption() {
    assertAnswers("{\"answers\": {\"A1\": \"hgih\"}}", "error[E0402]: question 'A1' has no option 'hgih'");
  }

  @Test
  void answers_missingAnswer() {
    assertAnswers("{\"answers\": {}}", "error[E0405]: question A1 is not answered");
  }

  @Test
  void answers_questionAnsweredTwice() {
    assertAnswers("{\"answers\": {\"A1\": \"l\", \"A1\": \"h\"}}", "error[E0406]: question 'A1' is answered twice");
  }

  @Test
  void answers_invalidJson() {
    assertAnswers("{\"answers\": {\"A1\": \"l\",}}", "error[E0409]: invalid JSON");
  }

  @Test
  void answers_trailingContent() {
    assertAnswers("{\"answers\": {\"A1\": \"l\"}} {}", "error[E0409]: invalid JSON: more content after the answers object");
  }

  @Test
  void answers_unknownKey() {
    assertAnswers("{\"answers\": {\"A1\": \"l\"}, \"target\": {}}", "error[E0410]: unknown key 'target'");
  }

  @Test
  void answers_wrongType() {
    assertAnswers("{\"answers\": {\"A1\": 1}}", "error[E0411]: the answer to 'A1' must be a string");
  }

  @Test
  void answers_notAnObject() {
    assertAnswers("[\"A1\", \"l\"]", "error[E0411]: the answers file must hold a JSON object, not an array");
  }

  @Test
  void answers_repeatedKey() {
    assertAnswers("{\"answers\": {\"A1\": \"l\"}, \"answers\": {}}", "error[E0412]: key 'answers' appears twice");
  }

  @Test
  void answers_invalidUtf8() throws IOException {
    Path file = Files.write(dir.resolve("latin1.json"), "{\"subject\": \"Caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    CommandRun run = CommandRun.of("plan", "--answers", file.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("error[E0108]: '" + file + "' is not valid UTF-8: byte 16 (0xE9)\n --> " + file + ":1:17\n"),
        run::toString);
  }

  @Test
  void answers_byteOrderMark_isAccepted() throws AssessmentException {
    byte[] bytes = "\uFEFF{\"answers\": {\"A1\": \"l\"}}".getBytes(UTF_8);
    assertEquals("l", Answers.read(MODEL, "bom.json", new java.io.ByteArrayInputStream(bytes)).answers().get("A1"));
  }

  // Targets.

  @Test
  void target_unknownDimension() {
    assertAnswers("{\"answers\": {\"A1\": \"l\"}, \"targets\": {\"B\": \"high\"}}", "error[E0403]: unknown dimension 'B' in a target");
  }

  @Test
  void target_unknownLevel() {
    assertAnswers("{\"answers\": {\"A1\": \"l\"}, \"targets\": {\"A\": \"hihg\"}}", "error[E0404]: unknown level 'hihg' in a target");
  }

  @Test
  void target_givenTwice() {
    assertAnswers("{\"answers\": {\"A1\": \"l\"}, \"targets\": {\"A\": \"high\", \"A\": \"low\"}}", "error[E0407]: dimension 'A' has two targets");
  }

  @Test
  void overallTarget_unknownLevel() {
    assertAnswers("{\"answers\": {\"A1\": \"l\"}, \"overallTarget\": \"top\"}", "error[E0404]: unknown level 'top' in a target");
  }

  @Test
  void overallTarget_wrongType() {
    assertAnswers("{\"answers\": {\"A1\": \"l\"}, \"overallTarget\": null}", "error[E0411]: 'overallTarget' must be a string");
  }

  // API misuse.

  @Test
  void api_assessmentOfAnotherModel() throws AssessmentException {
    Assessment assessment = MODEL.assessment().answer("A1", "l").build();
    AssessmentException e = assertThrows(AssessmentException.class, () -> OTHER.evaluate(assessment));
    assertEquals("error[E0408]: the assessment was built for model 'M', not for 'Other'\n\n1 error", e.getMessage());
  }

  @Test
  void api_questionOfAnotherModel() {
    MaturityModel changed = Svmi.compileOrThrow("c.svmi", Svmi.print(MODEL).replace("\"Q\"", "\"Another Q\""));
    Question foreign = changed.question("A1").orElseThrow();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MODEL.dimensionOf(foreign));
    assertEquals("question 'A1' is not in this model", e.getMessage());
  }

  @Test
  void api_nullArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> MODEL.assessment().answer("A1", null));
    assertEquals("optionId", e.getMessage());
  }

  @Test
  void api_limitBelowOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompileOptions.builder().maxErrors(0));
    assertEquals("maxErrors must be at least 1: 0", e.getMessage());
  }

  @Test
  void api_printingAnIdTheLanguageCannotWrite() {
    MaturityModel javaBuilt = MaturityModel.builder().name("J").level("low", "Low")
        .dimension("has space", "D", d -> d.question("Q1", "Q", q -> q.option("o", "O", "low"))).build();
    assertThrows(IllegalArgumentException.class, () -> Svmi.print(javaBuilt));
  }

  @Test
  void api_buildingAnInvalidModel() {
    io.svmi.ModelException e = assertThrows(io.svmi.ModelException.class, () -> MaturityModel.builder().name("J").build());
    assertTrue(e.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.E0205), e::getMessage);
  }

  // The command line.

  @Test
  void cli_missingRulesFile() {
    CommandRun run = CommandRun.of("check", dir.resolve("missing.svmi").toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("error[E0109]: cannot read"), run::toString);
  }

  @Test
  void cli_rulesFileWithErrors() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.svmi"), "model \"x\"\nlevels { a \"A\" }\ndimension D \"d\" { question Q \"q\" { option o \"o\" -> b } }\n");
    CommandRun run = CommandRun.of("check", file.toString());
    assertEquals(Main.FAILED, run.status());
    assertTrue(run.out().contains("error[E0203]: unknown level 'b' for option 'o' of question 'Q'"), run::toString);
  }

  @Test
  void cli_fiftyMegabyteRulesFile() throws IOException {
    Path big = dir.resolve("big.svmi");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }
    CommandRun run = CommandRun.of("check", big.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0105]: '" + big + "' is larger than 8192 KiB, the most svmi reads"), run::toString);
  }

  @Test
  void cli_deeplyNestedRulesFile() throws IOException {
    Path deep = Files.writeString(dir.resolve("deep.svmi"), "{".repeat(100_000));
    CommandRun run = CommandRun.of("check", deep.toString());
    assertEquals(Main.FAILED, run.status(), run::toString);
    assertTrue(run.out().contains("error[E0106]: more than 64 blocks are open here"), run::toString);
  }

  @Test
  void cli_randomBytesRulesFile() throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(bytes);
    Path soup = Files.write(dir.resolve("soup.svmi"), bytes);
    CommandRun run = CommandRun.of("check", soup.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().contains("error[E0108]: '" + soup + "' is not valid UTF-8: byte "), run::toString);
  }

  @Test
  void cli_modelWithoutAnswers() throws IOException {
    Path file = Files.writeString(dir.resolve("m.svmi"), Svmi.print(MODEL));
    CommandRun run = CommandRun.of("plan", "--model", file.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("--model needs --answers"), run::toString);
  }

  @Test
  void cli_unknownOption() {
    CommandRun run = CommandRun.of("plan", "--answer", "x.json");
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("svmi: Unknown options: '--answer', 'x.json'\nPossible solutions: --answers"), run::toString);
  }

  @Test
  void cli_answersOfAnotherModel() throws IOException {
    Path model = Files.writeString(dir.resolve("m.svmi"), Svmi.print(MODEL));
    Path walsall = Path.of(System.getProperty("svmi.root", ".."), "examples", "assessments", "walsall.json");
    CommandRun run = CommandRun.of("plan", "--model", model.toString(), "--answers", walsall.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertTrue(run.err().contains("error[E0401]: unknown question 'B1'"), run::toString);
  }

  /** Every `Class#method` docs/reliability.md names is a test in this module. */
  @Test
  void everyTestTheCatalogueNames_exists() throws IOException, ClassNotFoundException {
    Path root = Path.of(System.getProperty("svmi.root", ".."));
    String doc = Files.readString(root.resolve(Path.of("docs", "reliability.md")));
    Matcher m = Pattern.compile("`(\\w+)#(\\w+)`").matcher(doc);
    int named = 0;
    while (m.find()) {
      String simple = m.group(1);
      String method = m.group(2);
      try {
        Class<?> test = load(simple);
        List<String> methods = Arrays.stream(test.getDeclaredMethods()).map(Method::getName).collect(Collectors.toList());
        assertTrue(methods.contains(method), () -> "docs/reliability.md names " + m.group() + ", which is not a test");
      } catch (ClassNotFoundException notHere) {
        // A test of another module (the command line's, the report's): found by its source.
        Optional<Path> source = testSource(root, simple);
        assertTrue(source.isPresent(), () -> "docs/reliability.md names " + m.group() + ": no test class " + simple);
        String text = Files.readString(source.get());
        assertTrue(Pattern.compile("void " + method + "\\(").matcher(text).find(),
            () -> "docs/reliability.md names " + m.group() + ", which is not a test");
      }
      named++;
    }
    assertTrue(named >= 40, "the catalogue names " + named + " tests");
  }

  /** The source of a test class of any module, by its simple name. */
  private static Optional<Path> testSource(Path root, String simpleName) throws IOException {
    try (Stream<Path> files = Files.find(root, 12, (p, a) -> a.isRegularFile()
        && p.getFileName().toString().equals(simpleName + ".java")
        && p.toString().contains("/src/test/java/") && !p.toString().contains("node_modules"))) {
      return files.findFirst();
    }
  }

  /** The fuzzing command in docs/reliability.md uses this module's property and names a fuzz test. */
  @Test
  void fuzzCommandInTheDocs_usesThisModulesSettings() throws IOException, ClassNotFoundException {
    Path root = Path.of(System.getProperty("svmi.root", ".."));
    String doc = Files.readString(root.resolve("docs/reliability.md"));
    Matcher command = Pattern.compile("JAZZER_FUZZ=1 \\./mvnw .*-pl fuzz -am .*\\n\\s+-Dtest='(\\w+)#(\\w+)' -Dfuzz\\.seconds=\\d+").matcher(doc);
    assertTrue(command.find(), "docs/reliability.md shows the fuzzing command");
    assertTrue(Arrays.stream(load(command.group(1)).getDeclaredMethods()).anyMatch(m -> m.getName().equals(command.group(2))));
    String pom = Files.readString(root.resolve("fuzz/pom.xml"));
    assertTrue(pom.contains("<fuzz.seconds>") && pom.contains("<name>env.JAZZER_FUZZ</name>")
        && pom.contains("-max_total_time=${fuzz.seconds}"), "fuzz/pom.xml has the fuzzing profile");
  }

  private static Class<?> load(String simpleName) throws ClassNotFoundException {
    for (String pkg : List.of("io.svmi.fuzz.")) {
      try {
        return Class.forName(pkg + simpleName);
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    throw new ClassNotFoundException(simpleName + " (named in docs/reliability.md)");
  }

  private static void assertAnswers(String json, String expected) {
    AssessmentException e = assertThrows(AssessmentException.class,
        () -> Answers.read(MODEL, SourceText.of("answers.json", json)));
    assertTrue(e.getMessage().contains(expected), e::getMessage);
    for (Diagnostic d : e.diagnostics()) {
      assertTrue(d.code().name().startsWith("E04") || d.code() == DiagnosticCode.E0107, d::toString);
    }
  }
}
