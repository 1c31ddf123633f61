package example;

import io.svmi.Assessment;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.report.Answers;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an answers file, evaluates it and writes the HTML report: Plan MODEL ANSWERS OUT.html. */
public final class Plan {
  public static void main(String[] args) throws Exception {
    MaturityModel model = Svmi.compileOrThrow(Path.of(args[0]));
    Assessment assessment = Answers.read(model, Path.of(args[1]));
    try (Writer out = Files.newBufferedWriter(Path.of(args[2]))) {
      Report.of(model.evaluate(assessment)).write(PlanFormat.HTML, out);
    }
  }
}
