package io.svmi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans of score-based models: scores beside levels, groups before their dimensions, the roadmap
 * of activities in the action table; and {@code svmi import-samm} end to end with the SAMM
 * assessments (scores computed by hand in examples/samm-import's SammAssessmentsTest).
 */
class ScoredPlanTest {
  private static final String DIR = "report/src/test/resources/scored/";
  private static final String MODEL = DIR + "samm-excerpt.svmi";
  private static final String ANSWERS = DIR + "excerpt-answers.json";

  @TempDir Path temp;

  @Test
  void excerpt_inEveryFormat_matchesGolden() throws Exception {
    for (String[] format : List.of(
        new String[] {"text", "scored-plan.txt"},
        new String[] {"tsv", "scored-plan.tsv"},
        new String[] {"markdown", "scored-plan.md"},
        new String[] {"json", "scored-plan.json"},
        new String[] {"html", "scored-plan.html"})) {
      CliRun run = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS, "--format", format[0]);
      assertEquals(Main.OK, run.status(), run::toString);
      Golden.assertMatchesReport(format[1], run.out());
    }
  }

  @Test
  void excerpt_text_showsHandComputedScores() {
    CliRun run = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS, "--format", "tsv");
    // SM: (1 + 0.5)/2 + (0.25 + 0)/2 = 0.875; EG: (0.5 + 1)/2 = 0.75; Governance (0.875 + 0.75)/2;
    // ST: (1 + 1)/2 = 1; overall (0.8125 + 1)/2 = 0.90625.
    assertTrue(run.out().contains("Present Performance: Level 0+ (score 0.90625)\n"), run.out());
    assertTrue(run.out().contains("governance\tGovernance\tLevel 0+ (score 0.8125)\tLevel 1+ (score 1.375)\n"), run.out());
    assertTrue(run.out().contains("SM\tStrategy and Metrics\tLevel 0+ (score 0.875)\tLevel 2 (score 2)\n"), run.out());
  }

  @Test
  void excerpt_explain_matchesGolden() throws Exception {
    CliRun run = CliRun.of("explain", "--model", MODEL, "--answers", ANSWERS);
    assertEquals(Main.OK, run.status(), run::toString);
    Golden.assertMatches("scored-explain.txt", run.out());
  }

  /** The nearest ancestor's shared/reference/samm/model. */
  private static Path sammFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path model = dir.resolve(Path.of("shared", "reference", "samm", "model"));
      if (Files.isDirectory(model)) {
        return model;
      }
    }
    throw new IllegalStateException("no shared/reference/samm/model above " + Path.of("").toAbsolutePath());
  }

  @Test
  void importSamm_thenPlan_printsOwaspScoresAndTheRoadmap() throws Exception {
    Path samm = temp.resolve("samm.svmi");
    CliRun imported = CliRun.of("import-samm", sammFolder().toString(), "-o", samm.toString());
    assertEquals(Main.OK, imported.status(), imported::toString);
    assertTrue(Files.readString(samm, StandardCharsets.UTF_8).startsWith("# OWASP SAMM v2.2"));
    CliRun run = CliRun.of("plan", "--model", samm.toString(), "--answers", "examples/assessments/samm-starter.json",
        "--format", "tsv");
    assertEquals(Main.OK, run.status(), run::toString);
    String out = run.out();
    assertTrue(out.contains("Present Performance: Level 1+ (score ≈1.017)\n"), out); // 61/60
    assertTrue(out.contains("governance\tGovernance\tLevel 0+ (score ≈0.917)\t"), out); // 11/12
    assertTrue(out.contains("PC\tPolicy and Compliance\tLevel 1+ (score 1.375)\tLevel 2 (score 2)\n"), out);
    assertTrue(out.contains("operations\tOperations\tLevel 1+ (score ≈1.458)\t"), out); // 35/24
    for (String activity : List.of("G-SM-1-B", "G-PC-2-A", "G-PC-2-B", "V-AA-1-A", "V-AA-1-B", "V-ST-1-A", "V-ST-1-B")) {
      assertTrue(out.contains(activity + " "), activity);
    }
    assertEquals(7, out.split("[GDIVO]-[A-Z]{2}-[123]-[AB] ", -1).length - 1, "seven activities in the roadmap");

    // The same with target answers for five activities (SammAssessmentsTest computes it by hand).
    CliRun roadmap = CliRun.of("plan", "--model", samm.toString(), "--answers", "examples/assessments/samm-roadmap.json");
    assertEquals(Main.OK, roadmap.status(), roadmap::toString);
    List<String> activities = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[GDIVO]-[A-Z]{2}-[123]-[AB] ").matcher(roadmap.out());
    while (m.find()) {
      activities.add(m.group().trim());
    }
    assertEquals(
        List.of("G-SM-2-A", "G-PC-2-A", "G-PC-2-B", "V-AA-1-A", "V-AA-1-B", "V-ST-1-B", "O-OM-3-A"), activities);

    // The JSON plan names each target answer beside the answer (svmi-report's PlanSchemaTest checks
    // such a plan against the schema).
    CliRun json = CliRun.of("plan", "--format", "json", "--model", samm.toString(), "--answers",
        "examples/assessments/samm-roadmap.json");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode plan = mapper.readTree(json.out());
    Map<String, String> aims = new TreeMap<>();
    plan.get("dimensions").forEach(d -> d.get("questions").forEach(q -> {
      if (q.has("targetAnswer")) {
        aims.put(q.get("id").asText(), q.get("targetAnswer").asText());
      }
    }));
    assertEquals(Map.of("G-SM-1-B", "half", "G-SM-2-A", "full", "G-PC-2-B", "half", "V-ST-1-A", "half",
        "O-OM-3-A", "some"), aims);
  }

  @Test
  void importSamm_ofAFolderThatIsNotSamm_isBadInput() {
    CliRun run = CliRun.of("import-samm", temp.toString());
    assertEquals(Main.BAD_INPUT, run.status(), run::toString);
    assertTrue(run.err().startsWith("svmi: not a SAMM model folder"), run.err());
  }
}
