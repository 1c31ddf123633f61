package io.svmi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The CAF-shaped model from the command line: its answers file names the Baseline profile, the plan
 * says so and lists the indicators to meet; --profile names one, and an unknown one is E0417.
 */
class ProfileAndIndicatorsCliTest {
  private static final String MODEL = "examples/models/caf.svmi";
  private static final String ANSWERS = "examples/assessments/caf.json";

  @Test
  void thePlanSaysWhichProfileItAimsFor_andWhichIndicatorsToMeet() {
    CliRun run = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Target profile:       Baseline")
        || run.out().contains("Target profile:"), run.out());
    assertTrue(run.out().contains("A board member owns the risk to the essential function and reports on it."),
        run.out());
    assertTrue(!run.out().contains("Present Performance"), "no overall grade:\n" + run.out());
  }

  @Test
  void profileOption_namesAProfile_andAnUnknownOneIsE0417() {
    CliRun json = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS, "--profile", "baseline", "-f", "json");
    assertEquals(0, json.status(), json.err());
    assertTrue(json.out().contains("\"profile\""), json.out());
    CliRun bad = CliRun.of("plan", "--model", MODEL, "--answers", ANSWERS, "--profile", "basline");
    assertEquals(Main.BAD_INPUT, bad.status(), bad.out());
    assertTrue(bad.err().contains("error[E0417]: unknown profile 'basline'"), bad.err());
    assertTrue(bad.err().contains("did you mean 'baseline'?"), bad.err());
  }
}
