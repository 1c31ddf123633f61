package io.svmi.cli.samples;

// tag::imports[]
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import java.nio.file.Path;
// end::imports[]
import java.io.PrintStream;

/** The embedding example of README.md, verbatim between the tags (DocSamplesTest checks it). */
public final class ReadmeSample {
  private ReadmeSample() {}

  public static Evaluation run(Path dir, PrintStream out) throws Exception {
    // tag::readme[]
    MaturityModel model = Svmi.compile(dir.resolve("accessibility.svmi")).orElseThrow();
    Assessment assessment = model.assessment()
        .subject("Example Council")
        .answer("T1", "audit")
        .target("T", "leading")
        .build();                            // AssessmentException: every unknown id at once
    Evaluation evaluation = model.evaluate(assessment);
    out.println(evaluation.present().orElseThrow().name());                 // Managed
    for (Action action : evaluation.plan().actions()) {
      out.println("To reach " + action.level().name() + ": " + action.text());
    }
    // end::readme[]
    return evaluation;
  }
}
