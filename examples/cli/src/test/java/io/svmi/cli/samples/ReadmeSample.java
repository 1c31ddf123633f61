package io.svmi.cli.samples;

// tag::imports[]
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import java.nio.file.Path;
// end::imports[]

/** The embedding example of README.md, verbatim between the tags (DocSamplesTest checks it). */
public final class ReadmeSample {
  private ReadmeSample() {}

  public static Evaluation run() throws Exception {
    // tag::readme[]
    MaturityModel model = Svmi.compile(Path.of("examples/models/accessibility.svmi")).orElseThrow();
    Assessment assessment = model.assessment()
        .subject("Example Council")
        .answer("T1", "audit")
        .target("T", "leading")
        .build();                            // AssessmentException: every unknown id at once
    Evaluation evaluation = model.evaluate(assessment);
    System.out.println(evaluation.present().orElseThrow().name());     // Managed
    for (Action action : evaluation.plan().actions()) {
      System.out.println("To reach " + action.level().name() + ": " + action.text());
    }
    // end::readme[]
    return evaluation;
  }
}
