package io.svmi.cli.samples;

// tag::example-imports[]
import io.svmi.ExampleResult;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import java.nio.file.Path;
// end::example-imports[]
import java.io.PrintStream;

/** The examples sample of docs/embedding.md, verbatim between the tags (DocSamplesTest checks and runs it). */
public final class ExampleSamples {
  private ExampleSamples() {}

  public static boolean run(Path file, PrintStream out) {
    // tag::run-examples[]
    ModelResult result = Svmi.compile(file);   // an example that does not fit the model is an error
    MaturityModel model = result.orElseThrow();
    boolean allPassed = true;
    for (ExampleResult r : model.runExamples()) {
      out.println((r.passed() ? "PASS " : "FAIL ") + r.example().name());
      out.print(r.report(result.source()));     // each mismatch: expected, actual, line and caret
      allPassed &= r.passed();
    }
    // end::run-examples[]
    return allPassed;
  }
}
