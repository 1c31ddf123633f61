package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Assessment;
import io.svmi.Combination;
import io.svmi.MaturityModel;
import io.svmi.PlanPolicy;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;

/** How jqwik shows the testkit's values when a property fails: shrunk, and question by question. */
class ReportingTest {
  private static final MaturityModel MODEL = ModelLawsTest.handWritten(PlanPolicy.NEXT_LEVEL, Combination.LOWEST);

  /** A claim that fails for every assessment; run only through {@link JqwikRun}. */
  static final class FailsForAnyAssessment {
    @Provide
    Arbitrary<Assessment> assessments() {
      return SvmiArbitraries.assessments(MODEL).complete();
    }

    @Property(seed = "7")
    void everyAssessmentIsWrong(@ForAll("assessments") Assessment assessment) {
      throw new AssertionError("wrong");
    }
  }

  @Test
  void failingAssessment_isShrunkToTheFirstOptions_andShownQuestionByQuestion() {
    List<String> reports = JqwikRun.of(FailsForAnyAssessment.class).reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().values().iterator().next())
        .toList();
    assertEquals(1, reports.size());
    String report = reports.get(0);
    String shrunk = report.substring(report.indexOf("Shrunk Sample"), report.indexOf("Original Sample"));
    // jqwik lays a short value out on one line, a long one line by line; the words are the same.
    assertTrue(shrunk.replaceAll("\\s+", " ").contains(
        "assessment: P1 = 'a' (Low) P2 = 'a' (Middle) Q1 = 'a' (Low) targets: none given"), shrunk);
  }
}
