package io.svmi.cli;

import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.report.Answers;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code svmi plan}: evaluates an assessment and writes its action plan. */
@Command(
    name = "plan",
    header = "Evaluate an assessment and write its action plan.",
    description = {
      "Evaluate an assessment against a model and write the action plan.",
      "With no options: the bundled SVMI model and the Walsall Council assessment."
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Mixin EvaluationInputs inputs;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (for a terminal), tsv (the published plan's layout), markdown, json (docs/plan.schema.json),"
          + " html (a printable page with the chart) or svg (the radar chart alone). Default: ${DEFAULT-VALUE}.")
  PlanFormat format = PlanFormat.TEXT;

  @Option(names = "--previous", paramLabel = "FILE",
      description = "An earlier answers file of the same model (last year's): the chart draws its levels too.")
  @Nullable Path previous;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the plan to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    Path file = output;
    if (file != null) {
      try {
        List<Path> read = new ArrayList<>(inputs.files());
        if (previous != null) {
          read.add(previous);
        }
        OutputFiles.checkNotAnInput(file, read);
      } catch (OutputFiles.WriteException e) {
        spec.commandLine().getErr().println("svmi: " + e.getMessage());
        return Main.BAD_INPUT;
      }
    }
    Optional<Evaluation> evaluated = inputs.evaluateOrReport();
    if (evaluated.isEmpty()) {
      return Main.BAD_INPUT;
    }
    Evaluation evaluation = evaluated.get();
    Report report = Report.of(evaluation);
    Path earlier = previous;
    if (earlier != null) {
      try {
        MaturityModel model = evaluation.model();
        report = report.withPrevious(model.evaluate(Answers.read(model, earlier)));
      } catch (AssessmentException e) {
        spec.commandLine().getErr().print(e.getMessage() + "\n");
        return Main.BAD_INPUT;
      }
    }
    return Outputs.write(spec, output, report.render(format));
  }

  /** Reads a format name, case-insensitively, with a message naming the choices. */
  static final class FormatConverter implements ITypeConverter<PlanFormat> {
    @Override
    public PlanFormat convert(String value) {
      return PlanFormat.byId(value).orElseThrow(() -> new TypeConversionException(
          "unknown format '" + value + "' (expected one of " + String.join(", ", PlanFormat.ids()) + ")"));
    }
  }
}
