package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.svmi.Assessment;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.cli.samples.EmbeddingSamples;
import io.svmi.cli.samples.ReadmeSample;
import io.svmi.cli.samples.ReportSamples;
import io.svmi.report.Answers;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code sample in README.md and docs/ that this module owns is compiled and run: Java samples
 * live in {@code io.svmi.cli.samples} between {@code tag::}/{@code end::} comments and must appear
 * verbatim in the documents; {@code $ ./svmi …} transcripts are run and compared; the .svmi and
 * JSON samples are compiled and read.
 */
class DocSamplesTest {
  /** Tests run in the repository's root (see the module's pom), as the docs' commands do. */
  static final Path ROOT = Path.of("");
  static final Path SAMPLES = Path.of("examples/cli/src/test/java/io/svmi/cli/samples");

  @TempDir Path dir;

  static String read(Path file) throws IOException {
    return Files.readString(file, UTF_8);
  }

  /** The tagged regions of a sample source, without their common indentation. */
  static Map<String, String> regions(Path source) throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher m = Pattern.compile("// tag::([\\w-]+)\\[\\]\\n(.*?)\\n[ \\t]*// end::\\1\\[\\]", Pattern.DOTALL)
        .matcher(read(source));
    while (m.find()) {
      List<String> lines = List.of(m.group(2).split("\n", -1));
      int indent = lines.stream().filter(l -> !l.isBlank())
          .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
      regions.put(m.group(1), lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
          .collect(Collectors.joining("\n")));
    }
    return regions;
  }

  static void assertContainsRegions(Path doc, Path source) throws IOException {
    String text = read(doc);
    Map<String, String> regions = regions(source);
    assertFalse(regions.isEmpty(), source.toString());
    regions.forEach((name, code) ->
        assertTrue(text.contains(code), () -> doc + " lacks the sample '" + name + "' of " + source + ":\n" + code));
  }

  @Test
  void readme_containsTheJavaSampleVerbatim_andItRuns() throws Exception {
    assertContainsRegions(ROOT.resolve("README.md"), SAMPLES.resolve("ReadmeSample.java"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    Path html = dir.resolve("plan.html");
    Evaluation e;
    try {
      System.setOut(new PrintStream(bytes, true, UTF_8));
      e = ReadmeSample.run(html);
    } finally {
      System.setOut(stdout);
    }
    assertEquals("Managed\n", bytes.toString(UTF_8));
    assertEquals("Example Council", e.subject());
    assertEquals(Report.of(e).render(PlanFormat.HTML), read(html));
    assertTrue(read(html).contains("<svg xmlns="), "the page has the chart");
  }

  @Test
  void embedding_reportSamples_areInTheDocVerbatim_andTheyRun() throws Exception {
    assertContainsRegions(ROOT.resolve("docs/embedding.md"), SAMPLES.resolve("ReportSamples.java"));
    MaturityModel[] loaded = ReportSamples.loadElsewhere(
        new java.io.ByteArrayInputStream(Files.readAllBytes(Path.of("examples/models/accessibility.svmi"))));
    assertEquals("Digital Accessibility", loaded[0].name());
    assertEquals(loaded[0], loaded[1]);

    MaturityModel model = Models.bundled();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportSamples.readAnswers(model, Path.of("examples/assessments/walsall.json"), new PrintStream(bytes, true, UTF_8));
    assertEquals("Walsall Council: Follower\n", bytes.toString(UTF_8));
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"answers\": {\"A1\": \"wroks\"}}");
    bytes.reset();
    ReportSamples.readAnswers(model, bad, new PrintStream(bytes, true, UTF_8));
    assertTrue(bytes.toString(UTF_8).startsWith("error[E0402]: question 'A1' has no option 'wroks'"), bytes::toString);

    Assessment walsall = Answers.read(model, Path.of("examples/assessments/walsall.json"));
    assertEquals(walsall, Answers.read(model, SourceText.of("w.json", ReportSamples.writeAnswers(walsall))));

    Evaluation e = model.evaluate(walsall);
    Path html = dir.resolve("plan.html");
    String[] rendered = ReportSamples.render(e, html);
    assertEquals(Report.of(e).render(PlanFormat.HTML), read(html));
    assertEquals(List.of(PlanFormat.TEXT, PlanFormat.TSV, PlanFormat.MARKDOWN, PlanFormat.JSON).stream()
        .map(f -> Report.of(e).render(f)).toList(), List.of(rendered));

    assertEquals(Report.of(e).render(PlanFormat.TEXT), ReportSamples.inWelsh(e));   // the SVMI model has one language
    MaturityModel accessibility = Models.load(Path.of("examples/models/accessibility.svmi"));
    Evaluation a = accessibility.evaluate(Answers.read(accessibility, Path.of("examples/assessments/accessibility.json")));
    assertTrue(ReportSamples.inWelsh(a).startsWith("Hygyrchedd Digidol\n"), () -> ReportSamples.inWelsh(a));

    Evaluation lastYear = model.evaluate(Answers.read(model, SourceText.of("last.json",
        read(Path.of("examples/assessments/walsall.json")).replace("\"A1\": \"works\"", "\"A1\": \"none\""))));
    Path svg = dir.resolve("chart.svg");
    ReportSamples.chart(e, lastYear, svg);
    assertTrue(read(svg).contains("Dotted line with triangles: the previous evaluation."), () -> "chart.svg");

    bytes.reset();
    ReportSamples.table(e, new PrintStream(bytes, true, UTF_8));
    String table = bytes.toString(UTF_8);
    assertTrue(table.startsWith("A Policy & Scope: Mature -> Leader\n"), table);
    assertTrue(table.contains("\nA, To reach 'Leader': Develop a strategy to tailor"), table);
  }

  @Test
  void readme_containsTheSvmiSampleVerbatim_andItCompilesWithoutProblems() throws IOException {
    Path sample = Path.of("examples/models/accessibility.svmi");
    assertTrue(read(ROOT.resolve("README.md")).contains("```svmi\n" + read(sample) + "```\n"));
    CliRun check = CliRun.of("check", sample.toString());
    assertEquals(sample + ": no problems\n", check.out(), check::toString);
  }

  @Test
  void bundledModels_areFormatted() {
    CliRun fmt = CliRun.of("fmt", "--check", "examples/models/svmi.svmi", "examples/models/accessibility.svmi");
    assertEquals(0, fmt.status(), fmt::toString);
    assertEquals("", fmt.out(), fmt::toString);
  }

  @Test
  void embedding_containsEverySampleVerbatim_andTheyRun() throws Exception {
    assertContainsRegions(ROOT.resolve("docs/embedding.md"), SAMPLES.resolve("EmbeddingSamples.java"));
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, UTF_8);
    MaturityModel model = EmbeddingSamples.load(Path.of("examples/models/svmi.svmi"), out);
    assertEquals("Social Value Maturity Index", model.name());
    assertEquals("Tiny", EmbeddingSamples.loadText().name());

    Assessment walsall = Answers.read(model, Bundled.answers());
    Map<String, String> targets = new LinkedHashMap<>();
    walsall.targets().forEach((d, level) -> targets.put(d, level.id()));
    Evaluation e = EmbeddingSamples.evaluate(model, walsall.answers(), targets);
    assertEquals("mature", e.target().orElseThrow().id());
    assertEquals(model.evaluate(walsall).plan(), e.plan());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingSamples.determinations(e, new PrintStream(bytes, true, UTF_8));
    String printed = bytes.toString(UTF_8);
    assertTrue(printed.startsWith("Present Follower, target Mature\nA Policy & Scope: Mature -> Leader\n"), printed);
    assertTrue(printed.contains("A, to reach Leader: Develop a strategy to tailor the required Social Value"
        + " contribution to the size and scope of the contract."), printed);

    assertEquals(List.of("E0402", "E0403", "E0405", "E0101"), EmbeddingSamples.errors(model, out));

    List<Assessment> many = new ArrayList<>(Collections.nCopies(20, walsall));
    List<Evaluation> evaluations = EmbeddingSamples.threads(model, many);
    assertEquals(20, evaluations.size());
    Evaluation expected = model.evaluate(walsall);
    evaluations.forEach(x -> assertEquals(expected, x));
  }

  @Test
  void embedding_containsTheExamplesSampleVerbatim_andItRuns() throws Exception {
    assertContainsRegions(ROOT.resolve("docs/embedding.md"), SAMPLES.resolve("ExampleSamples.java"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean passed = io.svmi.cli.samples.ExampleSamples.run(
        Path.of("examples/models/svmi.svmi"), new PrintStream(bytes, true, UTF_8));
    assertTrue(passed);
    assertEquals("PASS Walsall Council\nPASS All Innovator\nPASS One weak dimension\n", bytes.toString(UTF_8));
  }

  /**
   * Every "$ ./svmi …" transcript in a text block of these documents is what the command prints
   * ({@code SVMI_UPDATE_GOLDEN=1} rewrites them, as it does golden files).
   */
  @Test
  void transcripts_inTheDocs_areWhatTheCommandsPrint() throws IOException {
    int checked = 0;
    boolean update = io.svmi.GoldenUpdate.requested();
    for (String doc : List.of("docs/cli.md", "README.md")) {
      String text = read(ROOT.resolve(doc));
      Matcher m = Pattern.compile("```text\\n\\$ \\./svmi ([^\\n]*)\\n(.*?)```", Pattern.DOTALL).matcher(text);
      StringBuilder updated = new StringBuilder();
      while (m.find()) {
        String printed = CliRun.of(m.group(1).split(" ")).out();
        if (update) {
          m.appendReplacement(updated, Matcher.quoteReplacement("```text\n$ ./svmi " + m.group(1) + "\n" + printed + "```"));
        } else {
          assertEquals(m.group(2), printed, doc + ": ./svmi " + m.group(1));
        }
        checked++;
      }
      if (update) {
        m.appendTail(updated);
        Files.writeString(ROOT.resolve(doc), updated.toString(), UTF_8);
      }
    }
    assertTrue(checked >= 3, "transcripts checked: " + checked);
  }

  /** Every "./svmi …" command in a sh block of the README succeeds (output files go to a temp dir). */
  @Test
  void readme_shellCommands_succeed() throws IOException {
    Matcher blocks = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(read(ROOT.resolve("README.md")));
    int run = 0;
    while (blocks.find()) {
      for (String line : blocks.group(1).split("\n")) {
        String command = line.replaceFirst("\\s+#.*$", "").strip();
        if (!command.startsWith("./svmi ") || command.startsWith("./svmi serve")) {
          continue;   // ./svmi serve runs the web application: examples/web's ServeTest starts it
        }
        List<String> args = new ArrayList<>(List.of(command.substring("./svmi ".length()).split(" +")));
        args.replaceAll(a -> a.equals("plan.html") ? dir.resolve(a).toString() : a);
        CliRun result = CliRun.of(args.toArray(new String[0]));
        assertEquals(0, result.status(), () -> command + "\n" + result);
        run++;
      }
    }
    assertTrue(run >= 2, "commands run: " + run);
  }

  @Test
  void answersFormat_errorExample_isWhatPlanPrints() throws IOException {
    String doc = read(ROOT.resolve("docs/answers-format.md"));
    Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertTrue(json.find());
    String example = json.group(1);
    assertTrue(json.find());
    String broken = json.group(1);
    Matcher text = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertTrue(text.find());

    Path file = dir.resolve("answers.json");
    Files.writeString(file, broken, UTF_8);
    CliRun run = CliRun.of("plan", "--answers", file.toString());
    assertEquals(Main.BAD_INPUT, run.status());
    assertEquals(text.group(1), run.err().replace(file.toString(), "answers.json"));

    // The first example reads without a structural problem (it answers only a few questions).
    Files.writeString(file, example, UTF_8);
    CliRun partial = CliRun.of("plan", "--answers", file.toString());
    assertTrue(partial.err().startsWith("error[E0405]: questions B2, C1"), partial::toString);
    assertTrue(partial.err().endsWith("1 error\n"), partial::toString);
  }

  /**
   * The answers-file sections of docs/diagnostics.md (E0409 to E0412) render as shown, read by the
   * answers reader against the catalogue's assessment model ({@code SVMI_UPDATE_GOLDEN=1} rewrites
   * them).
   */
  @Test
  void diagnosticsCatalog_answersFileExamples_renderAsShown() throws Exception {
    Path docPath = ROOT.resolve("docs/diagnostics.md");
    String doc = read(docPath);
    int assessments = doc.indexOf("\n## Assessments\n");
    Matcher svmi = Pattern.compile("```svmi\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertTrue(assessments > 0 && svmi.find(assessments), "the catalogue's assessment model");
    MaturityModel model = io.svmi.dsl.Svmi.compileOrThrow("M.svmi", svmi.group(1));
    Matcher section = Pattern.compile(
            "## (E04\\d\\d): [^\\n]*\\n\\nReported by the `svmi` command line\\..*?```json\\n(.*?)```\\n\\nrenders\\n\\n```text\\n(.*?)```",
            Pattern.DOTALL)
        .matcher(doc);
    StringBuilder updated = new StringBuilder();
    List<String> codes = new ArrayList<>();
    while (section.find()) {
      SourceText source = SourceText.of("answers.json", section.group(2));
      String rendered;
      try {
        Answers.read(model, source);
        throw new AssertionError(section.group(1) + ": the example reads without error");
      } catch (io.svmi.AssessmentException e) {
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().name().equals(section.group(1))),
            section.group(1) + " not reported:\n" + e.getMessage());
        rendered = e.getMessage() + "\n";
      }
      codes.add(section.group(1));
      if (io.svmi.GoldenUpdate.requested()) {
        String whole = section.group(0);
        section.appendReplacement(updated, Matcher.quoteReplacement(
            whole.substring(0, whole.length() - section.group(3).length() - 3) + rendered + "```"));
      } else {
        assertEquals(section.group(3), rendered, section.group(1));
      }
    }
    if (io.svmi.GoldenUpdate.requested()) {
      section.appendTail(updated);
      Files.writeString(docPath, updated.toString(), UTF_8);
    }
    assertEquals(List.of("E0409", "E0410", "E0411", "E0412"), codes);
  }

  @Test
  void answersSchema_namesExactlyTheKeysTheReaderKnows() throws IOException {
    List<String> keys = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(read(ROOT.resolve("docs/answers.schema.json")))) {
      int depth = 0;
      boolean inProperties = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          depth++;
        } else if (t == JsonToken.END_OBJECT) {
          depth--;
          inProperties &= depth >= 2;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && p.currentName().equals("properties")) {
          inProperties = true;
        } else if (t == JsonToken.FIELD_NAME && depth == 2 && inProperties) {
          keys.add(p.currentName());
        }
      }
    }
    assertEquals(Answers.KEYS, keys);
  }

  @Test
  void bundledAnswers_readAgainstTheBundledModel() throws Exception {
    MaturityModel model = Models.bundled();
    Assessment a = Answers.read(model, SourceText.of("w.json", read(ROOT.resolve("examples/assessments/walsall.json"))));
    assertEquals("Walsall Council", a.subject());
  }
}
