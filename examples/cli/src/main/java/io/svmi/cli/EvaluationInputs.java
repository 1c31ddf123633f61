package io.svmi.cli;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DimensionResult;
import io.svmi.Level;
import io.svmi.DiagnosticCode;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.report.Answers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --model}, {@code --answers} and {@code --profile} options shared by {@code plan} and
 * {@code explain}.
 * Without either, the bundled SVMI model and Walsall assessment; with {@code --answers} alone, the
 * bundled model; {@code --model} needs {@code --answers}.
 */
final class EvaluationInputs {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE",
      description = "The rules file (.svmi). Default: the bundled SVMI model.")
  @Nullable Path model;

  @Mixin LanguageOption lang;

  @Option(names = "--answers", paramLabel = "FILE",
      description = "The answers file (JSON, see docs/answers-format.md). Default: the bundled Walsall Council assessment.")
  @Nullable Path answers;

  @Option(names = "--profile", paramLabel = "ID",
      description = "A target profile of the model (profile ID { ... }): dimensions without a target of their own"
          + " in the answers aim for its targets. Replaces the answers file's \"profile\".")
  @Nullable String profile;

  /**
   * As {@link #evaluate()}, but bad input is printed to the command's error stream (every problem,
   * with its line and a caret) and gives empty, for the command to exit with {@link Main#BAD_INPUT}.
   */
  Optional<Evaluation> evaluateOrReport() {
    try {
      Evaluation evaluation = evaluate();
      warnAboutTargetsLeftOut(evaluation);
      return Optional.of(evaluation);
    } catch (InputException e) {
      spec.commandLine().getErr().print(e.render() + "\n");
      return Optional.empty();
    }
  }

  /**
   * A target given to a dimension whose questions are all not applicable counts in no overall
   * target (the dimension has no level): a warning says so, on the error stream.
   */
  private void warnAboutTargetsLeftOut(Evaluation evaluation) {
    for (DimensionResult d : evaluation.dimensions()) {
      if (d.targetLeftOut()) {
        spec.commandLine().getErr().println(
            "warning: the target of dimension " + d.dimension().id() + " (" + d.target().map(Level::name).orElse("")
                + ") is left out of the overall target: every question of " + d.dimension().id()
                + " is not applicable, so it has no level");
      }
    }
  }

  /** The files given, to check that an output is none of them. */
  List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Path p : new Path[] {model, answers}) {
      if (p != null && !StandardInput.names(p)) {
        files.add(p);
      }
    }
    return files;
  }

  /** The assessment aiming for the named profile instead of its own (its answers and targets kept). */
  private static Assessment withProfile(Assessment a, String profileId) throws AssessmentException {
    Assessment.Builder b = a.model().assessment().subject(a.subject()).profile(profileId);
    a.answers().forEach(b::answer);
    a.targets().forEach((dimension, level) -> b.target(dimension, level.id()));
    a.overallTarget().ifPresent(l -> b.overallTarget(l.id()));
    a.targetAnswers().forEach(b::targetAnswer);
    return b.build();
  }

  /** Compiles the model, reads the answers against it and evaluates them. */
  private Evaluation evaluate() throws InputException {
    Path modelPath = model;
    Path answersPath = answers;
    if (modelPath != null && answersPath == null) {
      throw new ParameterException(spec.commandLine(),
          "--model needs --answers (the bundled Walsall answers fit only the bundled model)");
    }
    StandardInput stdin = SvmiCommand.stdin(spec);
    if (modelPath != null && answersPath != null && StandardInput.names(modelPath) && StandardInput.names(answersPath)) {
      throw new InputException(Diagnostic.of(DiagnosticCode.E0109,
          "cannot read standard input twice: give '-' for one file only"));
    }
    MaturityModel m = lang.shown(modelPath == null ? Models.bundled() : Models.load(modelPath, stdin));
    try {
      Assessment assessment = answersPath == null
          ? Answers.read(m, Bundled.answers())
          : StandardInput.names(answersPath)
              ? Answers.read(m, StandardInput.NAME, stdin.take())
              : Answers.read(m, answersPath);
      return m.evaluate(profile == null ? assessment : withProfile(assessment, profile));
    } catch (AssessmentException e) {
      if (modelPath == null && answersPath != null) {
        Optional<Diagnostic> forgotten = ForgottenModel.check(answersPath, e.diagnostics());
        if (forgotten.isPresent()) {
          throw new InputException(forgotten.get());
        }
      }
      throw new InputException(e);
    }
  }
}
