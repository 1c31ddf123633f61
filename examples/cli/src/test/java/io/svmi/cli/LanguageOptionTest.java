package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang}: the accessibility model with its Welsh translation file (unreviewed) shown in
 * Welsh by plan, explain, diff and batch; an unknown language is bad input naming the model's.
 */
class LanguageOptionTest {
  private static final String MODEL = "examples/models/accessibility.svmi";
  private static final String ANSWERS = "examples/assessments/accessibility.json";

  @TempDir Path dir;

  @Test
  void plan_inWelsh_matchesItsGoldenFile() throws IOException {
    CliRun run = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS, "--lang", "cy");
    assertEquals(Main.OK, run.status(), run::toString);
    assertEquals("", run.err(), run::toString);
    Golden.assertMatches("accessibility-plan-cy.txt", run.out());
  }

  @Test
  void plan_inTheDefaultLanguage_isThePlanWithoutTheOption() {
    CliRun en = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS, "--lang", "en");
    CliRun plain = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS);
    assertEquals(plain.out(), en.out());
    assertTrue(plain.out().contains("Add automated accessibility checks to every build."), plain.out());
  }

  @Test
  void explainDiffAndBatch_showTheWelshTexts() throws IOException {
    CliRun explain = CliRun.of("explain", "--model", MODEL, "--answers", ANSWERS, "--lang", "cy");
    assertEquals(Main.OK, explain.status(), explain::toString);
    assertTrue(explain.out().contains("Wedi'i reoli") && explain.out().contains("Profi"), explain.out());

    Path later = dir.resolve("later.json");
    Files.writeString(later, "{\"answers\": {\"T1\": \"always\"}, \"targets\": {\"T\": \"leading\"}}", UTF_8);
    CliRun diff = CliRun.of("diff", "--model", MODEL, "--lang", "cy", ANSWERS, later.toString());
    assertEquals(Main.OK, diff.status(), diff::toString);
    assertTrue(diff.out().contains("Arweiniol"), diff.out());

    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"subject\": \"A\", \"answers\": {\"T1\": \"none\"}}\n", UTF_8);
    Path results = dir.resolve("out.jsonl");
    CliRun batch = CliRun.of("batch", "--model", MODEL, "--answers", in.toString(), "--lang", "cy", "-o", results.toString());
    assertEquals(Main.OK, batch.status(), batch::toString);
    String jsonl = Files.readString(results, UTF_8);
    assertTrue(jsonl.contains("\"name\":\"Sylfaenol\"") && jsonl.contains("Comisiynwch archwiliad"), jsonl);
  }

  @Test
  void anUnknownLanguage_isBadInput_namingTheModelsLanguages_asDiagnosticsMdShows() throws IOException {
    CliRun run = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS, "--lang", "fr");
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertEquals("", run.out());
    String doc = Files.readString(Path.of("docs/diagnostics.md"), UTF_8);
    assertTrue(doc.contains("```text\n" + run.err() + "```\n"), run.err());
  }
}
