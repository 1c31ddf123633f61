package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.report.Answers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, UTF_8);
    return file;
  }

  private static String walsall() throws IOException {
    return Files.readString(Path.of("examples/assessments/walsall.json"), UTF_8);
  }

  private static CliRun fails(String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertEquals("", run.out(), run::toString);
    return run;
  }

  @Test
  void plan_noOptions_printsTheWalsallPlan() throws IOException {
    CliRun run = CliRun.of("plan");
    assertEquals(0, run.status(), run::toString);
    assertEquals("", run.err());
    Golden.assertMatchesReport("walsall-plan.txt", run.out());
  }

  /** The published plan's tab-separated layout (WalsallReferenceTest compares it with the PDF's text). */
  @Test
  void plan_tsv_matchesGolden() throws IOException {
    CliRun run = CliRun.of("plan", "--format", "tsv");
    assertEquals(0, run.status(), run::toString);
    Golden.assertMatchesReport("walsall-plan.tsv", run.out());
  }

  @Test
  void plan_svg_isTheChart() throws IOException {
    CliRun run = CliRun.of("plan", "--format", "svg");
    assertEquals(0, run.status(), run::toString);
    Golden.assertMatchesReport("walsall-plan.svg", run.out());
  }

  /** --previous: last year's answers, drawn as a third line of the chart and listed beside it. */
  @Test
  void plan_previous_addsLastYearToTheChart() throws IOException {
    Path lastYear = write("last-year.json", walsall().replace("\"A1\": \"works\"", "\"A1\": \"none\""));
    CliRun svg = CliRun.of("plan", "--format", "svg", "--previous", lastYear.toString());
    assertEquals(0, svg.status(), svg::toString);
    assertTrue(svg.out().contains("Dotted line with triangles: the previous evaluation."), svg.out());
    CliRun html = CliRun.of("plan", "--format", "html", "--previous", lastYear.toString());
    assertTrue(html.out().contains("<th>Previous</th>"), html.out());

    Path bad = write("bad.json", "{\"answers\": {\"A1\": \"wroks\"}}");
    CliRun wrong = CliRun.of("plan", "--previous", bad.toString());
    assertEquals(Main.BAD_INPUT, wrong.status(), wrong::toString);
    assertTrue(wrong.err().contains("error[E0402]"), wrong::toString);
    assertEquals("", wrong.out());
  }

  @Test
  void plan_markdown_matchesGolden() throws IOException {
    CliRun run = CliRun.of("plan", "--format", "markdown");
    assertEquals(0, run.status(), run::toString);
    Golden.assertMatchesReport("walsall-plan.md", run.out());
  }

  @Test
  void plan_json_matchesGolden() throws IOException {
    CliRun run = CliRun.of("plan", "--format=json");
    assertEquals(0, run.status(), run::toString);
    Golden.assertMatchesReport("walsall-plan.json", run.out());
  }

  @Test
  void plan_html_matchesGolden() throws IOException {
    CliRun run = CliRun.of("plan", "-f", "HTML");
    assertEquals(0, run.status(), run::toString);
    Golden.assertMatchesReport("walsall-plan.html", run.out());
  }

  @Test
  void plan_givenFiles_sameAsTheBundledOnes() throws IOException {
    CliRun run = CliRun.of("plan", "--model", "examples/models/svmi.svmi", "--answers", "examples/assessments/walsall.json");
    assertEquals(0, run.status(), run::toString);
    assertEquals(CliRun.of("plan").out(), run.out());
  }

  @Test
  void plan_answersAlone_useTheBundledModel() throws IOException {
    Path answers = write("a.json", walsall().replace("Walsall Council", "Testborough"));
    CliRun run = CliRun.of("plan", "--answers", answers.toString());
    assertEquals(0, run.status(), run::toString);
    assertTrue(run.out().contains("Organisation:         Testborough\n"), run::toString);
  }

  @Test
  void plan_output_writesTheFileAndNothingElse() throws IOException {
    Path out = dir.resolve("plan.html");
    CliRun run = CliRun.of("plan", "--format", "html", "-o", out.toString());
    assertEquals(0, run.status(), run::toString);
    assertEquals("", run.out());
    assertEquals(CliRun.of("plan", "--format", "html").out(), Files.readString(out, UTF_8));
  }

  @Test
  void plan_outputInMissingDirectory_isBadInput() {
    CliRun run = fails("plan", "-o", dir.resolve("no/such/plan.txt").toString());
    assertTrue(run.err().contains("cannot write"), run::toString);
  }

  @Test
  void plan_unknownFormat_isBadUsage() {
    CliRun run = fails("plan", "--format", "pdf");
    assertTrue(run.err().contains("unknown format 'pdf' (expected one of text, tsv, markdown, json, html, svg)"), run::toString);
  }

  @Test
  void plan_modelWithoutAnswers_isBadUsage() {
    CliRun run = fails("plan", "--model", "examples/models/svmi.svmi");
    assertTrue(run.err().contains("--model needs --answers"), run::toString);
  }

  @Test
  void plan_unreadableAnswers_saysWhich() {
    CliRun run = fails("plan", "--answers", dir.resolve("missing.json").toString());
    assertTrue(run.err().contains("error[E0109]: cannot read '" + dir.resolve("missing.json") + "': no such file"),
        run::toString);
  }

  @Test
  void plan_unreadableModel_saysWhich() throws IOException {
    CliRun run = fails("plan", "--model", dir.toString(), "--answers", "examples/assessments/walsall.json");
    assertTrue(run.err().contains("it is a directory"), run::toString);
  }

  @Test
  void plan_invalidJson_pointsAtLineAndColumn() throws IOException {
    Path answers = write("bad.json", "{\n  \"subject\": \"x\",\n  }\n");
    CliRun run = fails("plan", "--answers", answers.toString());
    assertTrue(run.err().startsWith("error[E0409]: invalid JSON"), run::toString);
    // At the trailing comma, in the author's words.
    assertTrue(run.err().contains("--> " + answers + ":2:17\n"), run::toString);
    assertTrue(run.err().contains("2 |   \"subject\": \"x\",\n  |                 ^ remove the comma after the last entry\n"),
        run::toString);
  }

  @Test
  void plan_notUtf8_isBadInput() throws IOException {
    Path answers = dir.resolve("latin1.json");
    Files.write(answers, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
    CliRun run = fails("plan", "--answers", answers.toString());
    assertTrue(run.err().contains("error[E0108]"), run::toString);
  }

  @Test
  void plan_hugeAnswers_isRefusedBeforeParsing() throws IOException {
    Path answers = write("huge.json", " ".repeat(Answers.MAX_BYTES + 1));
    CliRun run = fails("plan", "--answers", answers.toString());
    assertTrue(run.err().contains("error[E0105]"), run::toString);
  }

  @Test
  void plan_unknownKey_pointsAtIt() throws IOException {
    Path answers = write("a.json", walsall().replace("\"targets\"", "\"target\""));
    CliRun run = fails("plan", "--answers", answers.toString());
    assertTrue(run.err().contains("error[E0410]: unknown key 'target'"), run::toString);
    assertTrue(run.err().contains("did you mean 'targets'?"), run::toString);
    assertTrue(run.err().endsWith("1 error\n"), run::toString);
  }

  @Test
  void plan_unknownQuestionOptionAndLevel_allReported() throws IOException {
    Path answers = write("a.json", walsall()
        .replace("\"A1\": \"works\"", "\"A1\": \"wroks\"")
        .replace("\"J2\": \"approved\"", "\"J2\": \"approved\", \"Z9\": \"none\"")
        .replace("\"C\": \"mature\"", "\"C\": \"matur\""));
    CliRun run = fails("plan", "--answers", answers.toString());
    assertTrue(run.err().contains("error[E0402]: question 'A1' has no option 'wroks'"), run::toString);
    assertTrue(run.err().contains("error[E0401]: unknown question 'Z9'"), run::toString);
    assertTrue(run.err().contains("error[E0404]: unknown level 'matur' in a target"), run::toString);
    assertTrue(run.err().endsWith("3 errors\n"), run::toString);
  }

  @Test
  void plan_missingAnswers_listsThem() throws IOException {
    Path answers = write("a.json", "{\"subject\": \"x\", \"answers\": {\"A1\": \"works\"}}");
    CliRun run = fails("plan", "--answers", answers.toString());
    assertTrue(run.err().contains("error[E0405]: questions A2, B1,"), run::toString);
  }

  @Test
  void plan_modelWithErrors_isBadInputWithItsDiagnostics() throws IOException {
    Path model = write("broken.svmi", "model \"x\"\nlevels {\n  low \"Low\"\n}\ndimension A \"A\" {\n"
        + "  question A1 \"Q\" {\n    option o \"O\" -> hihg\n  }\n}\n");
    Path answers = write("a.json", "{\"answers\": {\"A1\": \"o\"}}");
    CliRun run = fails("plan", "--model", model.toString(), "--answers", answers.toString());
    assertTrue(run.err().contains("--> " + model + ":7:"), run::toString);
    assertTrue(run.err().contains("error[E0203]"), run::toString);
  }
}
