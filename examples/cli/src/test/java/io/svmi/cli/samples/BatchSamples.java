package io.svmi.cli.samples;

// tag::batch-imports[]
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.report.Batch;
import io.svmi.report.BatchInput;
import io.svmi.report.BatchInputs;
import io.svmi.report.Comparison;
import io.svmi.report.ComparisonFormat;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
// end::batch-imports[]

/** The batch and comparison samples of docs/embedding.md, compiled and run by BatchSamplesTest. */
public final class BatchSamples {
  private BatchSamples() {}

  public static Batch.Tally batch(MaturityModel model, Path answers, Path plans, Path rejects) throws Exception {
    // tag::batch[]
    Batch batch = Batch.builder(model)              // one thread per processor, JSONL out
        .listener(new Batch.Listener() {
          @Override
          public void evaluated(Evaluation evaluation) {
            // in input order, on this thread: a summary, a database row...
          }
        })
        .build();
    try (BatchInput in = BatchInputs.jsonLines(answers);
        OutputStream out = Files.newOutputStream(plans);
        OutputStream rejected = Files.newOutputStream(rejects)) {
      Batch.Tally tally = batch.run(in, out, Optional.of(rejected));
      System.err.println(tally);                    // "9998 evaluated, 2 rejected"
      return tally;
    }
    // end::batch[]
  }

  public static String compare(Evaluation lastYear, Evaluation thisYear) {
    // tag::compare[]
    Comparison progress = Comparison.of(lastYear, thisYear);
    progress.overall().delta();                     // OptionalInt[1]: up one level
    progress.regressions();                         // the dimensions that went down
    progress.completedActions();                    // planned last year, reached since
    String markdown = progress.render(ComparisonFormat.MARKDOWN);
    // end::compare[]
    return markdown;
  }
}
