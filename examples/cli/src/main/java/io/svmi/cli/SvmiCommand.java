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

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.BAD_INPUT;
  }
}
