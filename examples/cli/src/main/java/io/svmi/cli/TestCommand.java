package io.svmi.cli;

import io.svmi.Diagnostics;
import io.svmi.ExampleResult;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.SourceText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code svmi test}: runs the examples written in rules files. */
@Command(
    name = "test",
    header = "Run the examples written in rules files.",
    description =
        "Run every example of each rules file (.svmi): one line per example, PASS or FAIL, " +
        "what each failure expected and what it got, and a summary. A file with errors is " +
        "reported as not compiling, and its examples are not run. Exit status 1 when an " +
        "example fails, 2 when a file cannot be read or has errors.")
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--coverage",
      description = "Also list the questions, options and actions that no example touches.")
  boolean coverage;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The rules files whose examples to run.")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    PrintWriter out = VisibleWriter.of(spec.commandLine().getOut());
    PrintWriter err = spec.commandLine().getErr();
    boolean badInput = false;
    int passed = 0;
    int failed = 0;
    int compiled = 0;
    List<String> coverages = new ArrayList<>();
    for (Path file : files) {
      Optional<SourceText> read = InputFiles.readRulesOrReport(file, SvmiCommand.stdin(spec), err);
      if (read.isEmpty()) {
        badInput = true;
        continue;
      }
      SourceText source = read.get();
      ModelResult result;
      try {
        result = Models.compile(source, file).result();
      } catch (InputException e) {
        err.print(e.render() + "\n");
        badInput = true;
        continue;
      }
      if (result.hasErrors()) {
        err.print(Diagnostics.render(result.errors(), result.source()) + "\n");
        err.println(file + ": does not compile (" + Diagnostics.summary(result.errors()) + "), so its examples were not run");
        badInput = true;
        continue;
      }
      compiled++;
      MaturityModel model = result.orElseThrow();
      if (model.examples().isEmpty()) {
        out.println(file + ": no examples");
      }
      for (ExampleResult r : model.runExamples()) {
        if (r.passed()) {
          passed++;
          out.println("PASS " + r.example().name());
        } else {
          failed++;
          out.println("FAIL " + r.example().name());
          out.println(r.report(result.source()));
        }
      }
      if (coverage) {
        coverages.add(ExampleCoverage.of(model).render(file.toString()));
      }
    }
    if (compiled > 0) {
      out.println(passed + " passed, " + failed + " failed");
    }
    coverages.forEach(c -> out.print("\n" + c));
    return badInput ? Main.BAD_INPUT : failed > 0 ? Main.FAILED : Main.OK;
  }
}
