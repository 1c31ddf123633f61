package io.svmi.cli;

import io.svmi.Diagnostic;
import io.svmi.Diagnostics;
import io.svmi.ModelResult;
import io.svmi.SourceText;
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

/** {@code svmi check}: compiles rules files and reports every diagnostic. */
@Command(
    name = "check",
    header = "Report every error and warning in rules files.",
    description =
        "Compile rules files (.svmi) and report every error and warning, with the source " +
        "line and a caret. Exit status 1 when any file has an error.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The rules files to check.")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    PrintWriter out = VisibleWriter.of(spec.commandLine().getOut());
    PrintWriter err = spec.commandLine().getErr();
    boolean failed = false;
    boolean unreadable = false;
    for (Path file : files) {
      Optional<SourceText> read = InputFiles.readRulesOrReport(file, SvmiCommand.stdin(spec), err);
      if (read.isEmpty()) {
        unreadable = true;
        continue;
      }
      SourceText source = read.get();
      Models.Compiled compiled;
      try {
        compiled = Models.compile(source, file);
      } catch (InputException e) {
        err.print(e.render() + "\n");
        unreadable = true;
        continue;
      }
      ModelResult result = compiled.result();
      for (Diagnostic d : result.diagnostics()) {
        out.println(d.render(compiled.sourceOf(d)));
      }
      out.println(source.name() + ": " + Diagnostics.summary(result.diagnostics()));
      failed |= result.hasErrors();
    }
    return unreadable ? Main.BAD_INPUT : failed ? Main.FAILED : Main.OK;
  }
}
