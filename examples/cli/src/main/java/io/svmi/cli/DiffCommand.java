package io.svmi.cli;

import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.report.Answers;
import io.svmi.report.Comparison;
import io.svmi.report.ComparisonFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code svmi diff}: the progress between two assessments. */
@Command(
    name = "diff",
    header = "Compare two assessments: progress, regressions, actions completed and new.",
    description = {
      "Compare an earlier answers file (OLD) with a later one (NEW): each dimension's and the overall",
      "change of level and target, regressions, the actions completed and the new ones. When the two",
      "were taken under different versions of the model, give the earlier one with --old-model: they",
      "are compared by ids and the model's changes are listed."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier answers file (JSON).")
  Path old;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later answers file (JSON).")
  Path current;

  @Option(names = "--model", paramLabel = "FILE",
      description = "The rules file (.svmi) of NEW (and of OLD, without --old-model). Default: the bundled SVMI model.")
  @Nullable Path model;

  @Option(names = "--old-model", paramLabel = "FILE",
      description = "The rules file OLD was taken under, when it is another version of the model.")
  @Nullable Path oldModel;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
      description = "text, markdown, json or html (a page with both on the radar chart). Default: ${DEFAULT-VALUE}.")
  ComparisonFormat format = ComparisonFormat.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Mixin LanguageOption lang;

  @Override
  public Integer call() {
    try {
      MaturityModel now = lang.shown(model == null ? Models.bundled() : Models.load(model));
      MaturityModel then = oldModel == null ? now : lang.shown(Models.load(oldModel));
      Evaluation before = then.evaluate(Answers.read(then, old));
      Evaluation after = now.evaluate(Answers.read(now, current));
      return Outputs.write(spec, output, Comparison.of(before, after).render(format));
    } catch (InputException e) {
      spec.commandLine().getErr().print(e.render() + "\n");
      return Main.BAD_INPUT;
    } catch (AssessmentException e) {
      spec.commandLine().getErr().print(e.getMessage() + "\n");
      return Main.BAD_INPUT;
    }
  }

  /** Reads a format name, case-insensitively, with a message naming the choices. */
  static final class FormatConverter implements ITypeConverter<ComparisonFormat> {
    @Override
    public ComparisonFormat convert(String value) {
      return ComparisonFormat.byId(value).orElseThrow(() -> new TypeConversionException(
          "unknown format '" + value + "' (expected one of "
              + Arrays.stream(ComparisonFormat.values()).map(ComparisonFormat::id).collect(Collectors.joining(", "))
              + ")"));
    }
  }
}
