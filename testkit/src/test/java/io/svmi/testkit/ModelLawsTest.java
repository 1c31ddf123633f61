package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.svmi.Combination;
import io.svmi.MaturityModel;
import io.svmi.ModelBuilder;
import io.svmi.PlanPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** ModelLaws pointed at hand-written models, run through jqwik as a tester's build runs them. */
class ModelLawsTest {

  static MaturityModel handWritten(PlanPolicy policy, Combination dimensionLevel) {
    ModelBuilder b = MaturityModel.builder().name("Hand-written").actionPlan(policy)
        .dimensionLevel(dimensionLevel).unansweredAs("low");
    b.level("low", "Low").level("mid", "Middle").level("high", "High").level("top", "Top");
    b.dimension("P", "People", d -> d
        .question("P1", "q", q -> q.option("a", "A", "low").option("b", "B", "mid").option("c", "C", "top")
            .optionNotApplicable("na", "N/A").action("mid", "m").action("high", "h").action("top", "t"))
        .question("P2", "q", q -> q.option("a", "A", "mid").option("b", "B", "high")
            .action("high", "h").action("top", "t")));
    b.dimension("Q", "Process", d -> d.weight(new BigDecimal("2"))
        .question("Q1", "q", q -> q.option("a", "A", "low").option("b", "B", "high").option("c", "C", "top")
            .action("mid", "m").action("high", "h").action("top", "t")));
    return b.build();
  }

  static final class NextLevelLaws implements ModelLaws {
    private static final MaturityModel MODEL = handWritten(PlanPolicy.NEXT_LEVEL, Combination.LOWEST);

    @Override
    public MaturityModel model() {
      return MODEL;
    }
  }

  static final class UpToTargetLowerMedianLaws implements ModelLaws {
    private static final MaturityModel MODEL = handWritten(PlanPolicy.UP_TO_TARGET, Combination.LOWER_MEDIAN);

    @Override
    public MaturityModel model() {
      return MODEL;
    }
  }

  static final class UpToTargetWeightedMeanLaws implements ModelLaws {
    private static final MaturityModel MODEL =
        handWritten(PlanPolicy.UP_TO_TARGET, Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST);

    @Override
    public MaturityModel model() {
      return MODEL;
    }
  }

  @PropertyDefaults(tries = 7)
  static final class FewTriesLaws implements ModelLaws {
    @Override
    public MaturityModel model() {
      return NextLevelLaws.MODEL;
    }
  }

  /** The tries each property reported. */
  private static List<String> tries(Events events) {
    return events.reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().values().iterator().next())
        .map(report -> report.lines().filter(l -> l.startsWith("tries = ")).findFirst().orElse("none")
            .replaceAll("\\s*\\|.*", ""))
        .distinct()
        .toList();
  }

  @Test
  void tries_are200ByDefault_andPropertyDefaultsOnTheClassChangeThem() {
    assertEquals(List.of("tries = " + ModelLaws.TRIES), tries(JqwikRun.of(NextLevelLaws.class)));
    assertEquals(200, ModelLaws.TRIES);
    assertEquals(List.of("tries = 7"), tries(JqwikRun.of(FewTriesLaws.class)));
    // jqwik's own default setting does not reach the laws: the interface's annotation wins.
    assertEquals(List.of("tries = " + ModelLaws.TRIES),
        tries(JqwikRun.with(Map.of("jqwik.tries.default", "5"), NextLevelLaws.class)));
  }

  /** Each property's display name and how it ended: SUCCESSFUL, FAILED, or "skipped: reason". */
  private static Map<String, String> outcomes(Events events) {
    Map<String, String> outcomes = new TreeMap<>();
    for (Event e : events.skipped().list()) {
      outcomes.put(e.getTestDescriptor().getDisplayName(),
          "skipped: " + e.getPayload(String.class).orElse("no reason"));
    }
    for (Event e : events.finished().list()) {
      if (e.getTestDescriptor().isTest()) {
        TestExecutionResult r = e.getPayload(TestExecutionResult.class).orElseThrow();
        outcomes.put(e.getTestDescriptor().getDisplayName(),
            r.getStatus() + r.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
      }
    }
    return outcomes;
  }

  @Test
  void nextLevelModel_lawsFiveAndSix_areSkippedWithTheReason_andTheOthersPass() {
    Map<String, String> outcomes = outcomes(JqwikRun.of(NextLevelLaws.class));
    String reason = "skipped: stated for models whose action plan is 'up to target'; this model's is 'next level'";
    Map<String, String> expected = new TreeMap<>();
    for (Law law : Law.values()) {
      expected.put(law.label(), law == Law.SUFFICIENCY || law == Law.COMPOSITION ? reason : "SUCCESSFUL");
    }
    assertEquals(expected, outcomes);
  }

  @Test
  void upToTargetModels_everyLawHolds() {
    for (Class<?> laws : List.of(UpToTargetLowerMedianLaws.class, UpToTargetWeightedMeanLaws.class)) {
      Map<String, String> outcomes = outcomes(JqwikRun.of(laws));
      assertEquals(List.of("SUCCESSFUL"), outcomes.values().stream().distinct().toList(), outcomes::toString);
      assertEquals(Law.values().length, outcomes.size());
    }
  }

  @Test
  void labels_stateTheLaw() {
    assertEquals("law 2 (monotonicity): raising an answer to an option of a higher level never lowers any question,"
        + " dimension or overall level", Law.MONOTONICITY.label());
  }

  @Test
  void laws_sufficiencyAndCompositionOnOtherPolicies_areRefused() {
    MaturityModel m = handWritten(PlanPolicy.NEXT_LEVEL, Combination.LOWEST);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Laws.sufficiency(m.evaluate(m.assessment().build())));
    assertEquals("law 5 (sufficiency) is stated for models whose action plan is 'up to target', not 'next level'",
        e.getMessage());
  }
}
