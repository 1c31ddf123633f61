package io.svmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.report.Answers;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * svmi-report over generated models (ordinal and score-based, with awkward names) and generated
 * assessments of every kind: the answers file round-trips, and every format renders.
 */
@PropertyDefaults(tries = 150)
class ReportPropertiesTest {
  /** A generated assessment shown with its generated model. */
  record Case(Assessment assessment) {
    @Override
    public String toString() {
      return Describe.model(assessment.model()) + "\n" + Describe.assessment(assessment);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<MaturityModel> models = SvmiArbitraries.models().withScoreBasedModels().withAwkwardNames();
    return models.flatMap(m -> Combinators.combine(LawPropertiesTest.anyAssessmentOf(m), subjects())
        .as(ReportPropertiesTest::withSubject))
        .map(Case::new);
  }

  /** Subjects with what JSON must escape: quotes, backslashes, control characters, non-ASCII. */
  private static Arbitrary<String> subjects() {
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        // Characters, an emoji whole (a lone half of its pair is not a character: the reader refuses it).
        Arbitraries.of("a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "\u00e9", "\u2028",
                "\ud83d\ude00", "<", "&", ">", "'")
            .list().ofMaxSize(20).map(pieces -> String.join("", pieces)));
  }

  /** A copy of the assessment with another subject. */
  static Assessment withSubject(Assessment a, String subject) {
    Assessment.Builder b = a.model().assessment().subject(subject);
    a.answers().forEach(b::answer);
    a.targets().forEach((dimension, level) -> b.target(dimension, level.id()));
    a.targetAnswers().forEach(b::targetAnswer);
    a.overallTarget().ifPresent(level -> b.overallTarget(level.id()));
    try {
      return b.build();
    } catch (AssessmentException e) {
      throw new AssertionError("a copy of a valid assessment is valid: " + e.getMessage(), e);
    }
  }

  /** Law: reading the answers file written for an assessment gives an equal assessment. */
  @Property
  void answers_readWhatWasWritten_givesAnEqualAssessment(@ForAll("cases") Case c) throws AssessmentException {
    Assessment a = c.assessment();
    String json = Answers.write(a);
    assertEquals(a, Answers.read(a.model(), SourceText.of("written.json", json)), json);
  }

  /** Every format renders every evaluation; the markup formats never let a text through unescaped. */
  @Property(tries = 60)
  void report_everyFormat_renders(@ForAll("cases") Case c) throws AssessmentException {
    Report report = Report.of(c.assessment().model().evaluate(c.assessment()));
    for (PlanFormat format : PlanFormat.values()) {
      String out = report.render(format);
      assertFalse(out.isEmpty(), format.id());
      if (format == PlanFormat.HTML) {
        assertFalse(out.contains("<script"), out);
      }
    }
  }
}
