package io.svmi.cli;

import io.svmi.Action;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.QuestionResult;
import io.svmi.internal.Suggestions;
import io.svmi.report.PlanTable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code svmi explain}: why each level was determined, in plain words. */
@Command(
    name = "explain",
    header = "Explain why each level was determined.",
    description =
        "Explain every determination of an evaluation: each question's level, each " +
        "dimension's level and target, the overall level and target, and the actions the " +
        "plan lists.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Mixin EvaluationInputs inputs;

  @Parameters(arity = "0..1", paramLabel = "DIMENSION",
      description = "Explain only this dimension (its id, e.g. A).")
  @Nullable String dimension;

  @Override
  public Integer call() {
    Optional<Evaluation> evaluated = inputs.evaluateOrReport();
    if (evaluated.isEmpty()) {
      return Main.BAD_INPUT;
    }
    Evaluation evaluation = evaluated.get();
    PrintWriter out = VisibleWriter.of(spec.commandLine().getOut());
    String only = dimension;
    if (only != null) {
      Optional<DimensionResult> d = evaluation.dimension(only);
      if (d.isEmpty()) {
        List<String> ids = evaluation.dimensions().stream()
            .map(r -> r.dimension().id()).collect(Collectors.toList());
        throw new ParameterException(spec.commandLine(), "unknown dimension '" + only + "' ("
            + Suggestions.didYouMean(only, ids).orElse("the dimensions are " + String.join(", ", ids)) + ")");
      }
      explain(out, evaluation, d.get());
      return Main.OK;
    }
    out.println(evaluation.model().name()
        + (evaluation.subject().isEmpty() ? "" : ": " + evaluation.subject()));
    out.println();
    for (DimensionResult d : evaluation.dimensions()) {
      explain(out, evaluation, d);
      out.println();
    }
    if (!evaluation.groups().isEmpty()) {
      out.println("Groups");
      evaluation.groups().forEach(g -> out.println("  " + g.explanation()));
      out.println();
    }
    out.println("Overall");
    out.println("  " + evaluation.presentExplanation());
    out.println("  " + evaluation.targetExplanation());
    return Main.OK;
  }

  private static void explain(PrintWriter out, Evaluation evaluation, DimensionResult d) {
    out.println(d.dimension().id() + " " + d.dimension().name());
    for (QuestionResult q : d.questions()) {
      out.println("  " + q.explanation());
    }
    out.println("  " + d.explanation());
    out.println("  " + d.targetExplanation());
    List<Action> actions = evaluation.plan().forDimension(d.dimension().id());
    String rule = evaluation.model().rules().actionPlan().words();
    if (actions.isEmpty()) {
      out.println("  The plan (" + rule + ") lists no action for " + d.dimension().id());
      return;
    }
    out.println("  The plan (" + rule + ") lists: " + actions.stream()
        .map(a -> a.questionId() + " to " + a.level().name() + (a.hasText() ? "" : " (" + PlanTable.NO_ACTION_TEXT + ")"))
        .collect(Collectors.joining(", ")));
  }
}
