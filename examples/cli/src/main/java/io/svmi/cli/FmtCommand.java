package io.svmi.cli;

import io.svmi.Diagnostics;
import io.svmi.SourceText;
import io.svmi.dsl.FormatResult;
import io.svmi.dsl.Svmi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code svmi fmt}: rewrites rules files in the canonical layout, keeping their comments. */
@Command(
    name = "fmt",
    header = "Format rules files in place (--check: only list them; --diff: show the changes).",
    description =
        "Format rules files (.svmi) in place, in the canonical layout, keeping comments. " +
        "Prints the name of each file it changes. A file with errors is left alone and " +
        "fails (status 1). A file is replaced whole or not at all. '-' formats standard input " +
        "to standard output.")
final class FmtCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--check",
      description = "Change nothing: list the files that are not formatted, and fail (status 1) if there are any.")
  boolean check;

  @Option(names = "--diff",
      description = "Change nothing: show what formatting would change, as a unified diff (implies --check).")
  boolean diff;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The rules files to format.")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean failed = false;
    boolean badInput = false;
    for (Path file : files) {
      if (file.toString().endsWith(".svmt")) {
        // A translation file is no model: formatting it alone would report a missing model line.
        err.println("svmi: " + file + " is a translation file; svmi fmt formats models and leaves it as written"
            + " (svmi check checks it with its model)");
        continue;
      }
      Optional<SourceText> read = InputFiles.readRulesOrReport(file, SvmiCommand.stdin(spec), err);
      if (read.isEmpty()) {
        badInput = true;
        continue;
      }
      SourceText source = read.get();
      FormatResult result = Svmi.format(source.name(), source.text());
      if (result.hasErrors()) {
        err.print(Diagnostics.render(Diagnostics.errors(result.diagnostics()), Optional.of(result.source())) + "\n");
        failed = true;
        continue;
      }
      if (result.isUnchanged() && !(StandardInput.names(file) && !check)) {
        continue;
      }
      if (StandardInput.names(file) && !check) {
        out.print(result.formatted().orElseThrow());
        continue;
      }
      if (diff) {
        out.print(UnifiedDiff.of(file.toString(), source.text(), result.formatted().orElseThrow()));
        failed = true;
        continue;
      }
      out.println(file);
      if (check) {
        failed = true;
        continue;
      }
      try {
        SvmiCommand.outputs(spec).write(file, result.formatted().orElseThrow());
      } catch (OutputFiles.WriteException e) {
        err.println("svmi: " + e.getMessage());
        badInput = true;
      }
    }
    return badInput ? Main.BAD_INPUT : failed ? Main.FAILED : Main.OK;
  }
}
