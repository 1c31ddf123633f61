package io.svmi.cli.samples;

// tag::imports[]
import io.svmi.Assessment;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.report.Answers;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
// end::imports[]

/** The embedding example of README.md, verbatim between the tags (DocSamplesTest checks it). */
public final class ReadmeSample {
  private ReadmeSample() {}

  public static Evaluation run(Path file) throws Exception {
    // tag::readme[]
    MaturityModel model = Svmi.compile(Path.of("examples/models/accessibility.svmi")).orElseThrow();
    Assessment assessment = Answers.read(model, Path.of("examples/assessments/accessibility.json"));
    Evaluation evaluation = model.evaluate(assessment);   // AssessmentException: every problem at once
    System.out.println(evaluation.present().orElseThrow().name());     // Managed
    try (Writer out = Files.newBufferedWriter(file)) {                // file: Path.of("plan.html")
      Report.of(evaluation).write(PlanFormat.HTML, out);   // levels, radar chart and action plan
    }
    // end::readme[]
    return evaluation;
  }
}
