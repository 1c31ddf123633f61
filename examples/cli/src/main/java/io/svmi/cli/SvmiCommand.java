package io.svmi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code svmi}: the top-level command; on its own it prints the usage and fails. */
@Command(
    name = "svmi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Check, format and test maturity models (.svmi files), and evaluate assessments into action plans.",
    subcommands = {
        CheckCommand.class, FmtCommand.class, PlanCommand.class, ExplainCommand.class, TestCommand.class,
        ImportSammCommand.class, LspCommand.class},
    footer = {"", "Exit status: 0 success, 1 check failed, 2 bad usage or bad input, 3 internal error.",
        "Documentation: docs/cli.md"})
final class SvmiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final StandardInput stdin;
  private final OutputFiles outputs;

  SvmiCommand(StandardInput stdin, OutputFiles outputs) {
    this.stdin = stdin;
    this.outputs = outputs;
  }

  /** How the run a (sub)command belongs to writes its output files. */
  static OutputFiles outputs(CommandSpec spec) {
    return ((SvmiCommand) spec.root().userObject()).outputs;
  }

  /** Standard input of the run a (sub)command belongs to, for files given as {@code -}. */
  static StandardInput stdin(CommandSpec spec) {
    return ((SvmiCommand) spec.root().userObject()).stdin;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.BAD_INPUT;
  }
}
