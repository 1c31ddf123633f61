package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Events;

/**
 * ModelLaws pointed at score-based model files, run through jqwik as a tester's build runs them:
 * the laws stated for them pass (checked, not rejected), the others are skipped with the reason.
 */
class SammLikeModelLawsTest {
  static final class SammLikeLaws implements ModelLaws {
    private static final MaturityModel MODEL = Svmi.compileOrThrow(Path.of("src/test/resources/samm-like.svmi"));

    @Override
    public MaturityModel model() {
      return MODEL;
    }
  }

  static final class ExcerptLaws implements ModelLaws {
    /** The SAMM-shaped excerpt of docs/language.md ("Score-based models"), read from the doc itself. */
    private static final MaturityModel MODEL = Svmi.compileOrThrow("language.md", excerpt());

    private static String excerpt() {
      try {
        String doc = java.nio.file.Files.readString(Path.of("../docs/language.md"));
        int start = doc.indexOf("```svmi\nmodel \"SAMM excerpt\"") + "```svmi\n".length();
        return doc.substring(start, doc.indexOf("```\n", start));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public MaturityModel model() {
      return MODEL;
    }
  }

  private static final String ORDINAL_ONLY =
      "skipped: stated for ordinal models (levels from options); this model is score-based";

  private static Map<String, String> expected(String sufficiency) {
    Map<String, String> expected = new TreeMap<>();
    for (Law law : Law.values()) {
      expected.put(law.label(), law == Law.BOUNDS || law == Law.COMPOSITION ? ORDINAL_ONLY
          : law == Law.SUFFICIENCY ? sufficiency : "SUCCESSFUL");
    }
    return expected;
  }

  /** The checks (tries not rejected) each property that ran reported. */
  private static List<Integer> checks(Events events) {
    return events.reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().values().iterator().next())
        .map(report -> report.lines().filter(l -> l.startsWith("checks = ")).findFirst().orElse("checks = 0")
            .replaceAll("checks = (\\d+).*", "$1"))
        .map(Integer::valueOf)
        .toList();
  }

  @Test
  void sammLikeModel_everyLawStatedForScoreModelsHolds_andIsChecked() {
    Events events = JqwikRun.of(SammLikeLaws.class);
    assertEquals(expected("SUCCESSFUL"), ModelLawsTest.outcomes(events));
    List<Integer> checks = checks(events);
    assertEquals(6, checks.size(), checks::toString);
    assertTrue(checks.stream().allMatch(n -> n >= ModelLaws.TRIES / 2), checks::toString);
  }

  @Test
  void excerpt_sufficiencyIsSkipped_forItIsNotSammLike() {
    assertEquals(expected("skipped: stated for score-based models that are SAMM-like; in this one dimension SM"
        + " has no question at some level above the lowest"), ModelLawsTest.outcomes(JqwikRun.of(ExcerptLaws.class)));
  }

  @Test
  void sammLikeModel_theGeneratedCasesHavePlans_targetAnswers_andRaisedValues() throws AssessmentException {
    SammLikeLaws laws = new SammLikeLaws();
    Arbitrary<Assessment> assessments = laws.assessments();
    List<Assessment> sample = assessments.sampleStream().limit(300).toList();
    int planned = 0;
    int aimed = 0;
    for (Assessment a : sample) {
      planned += laws.model().evaluate(a).plan().isEmpty() ? 0 : 1;
      aimed += a.targetAnswers().isEmpty() ? 0 : 1;
    }
    assertTrue(planned > 100, "assessments with a plan: " + planned);
    assertTrue(aimed > 50, "assessments with target answers: " + aimed);
    assertTrue(laws.improvements().sampleStream().limit(50).allMatch(i -> !i.changes().isEmpty()));
  }
}
