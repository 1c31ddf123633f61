package io.svmi.cli;

import io.svmi.Diagnostic;
import io.svmi.Diagnostics;
import io.svmi.ModelResult;
import io.svmi.SourceText;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
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

/** {@code svmi check}: compiles rules files and reports every diagnostic. */
@Command(
    name = CheckCommand.NAME,
    header = "Report every error and warning in rules files.",
    description =
        "Compile rules files (.svmi) and report every error and warning, with the source " +
        "line and a caret. Exit status 1 when any file has an error.")
final class CheckCommand implements Callable<Integer> {
  static final String NAME = "check";

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The rules files to check.")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    return check(files, SvmiCommand.stdin(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * The files of {@code svmi check FILE...} when {@code args} are {@code check} and file names only
   * (no option, no {@code @file}, no {@code --}, no name {@link Path} refuses); empty otherwise.
   * {@link Main} then runs {@link #check} without picocli, whose reading of the commands'
   * annotations costs more than checking the bundled model. Every other form goes through picocli,
   * which gives the same result ({@code CheckWithoutPicocliTest}).
   */
  static Optional<List<Path>> plainFiles(String... args) {
    if (args.length < 2 || !args[0].equals(NAME)) {
      return Optional.empty();
    }
    List<Path> files = new ArrayList<>(args.length - 1);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("@") || (a.startsWith("-") && !a.equals("-"))) {
        return Optional.empty();
      }
      try {
        files.add(Path.of(a));
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
    return Optional.of(files);
  }

  /** Checks each file in turn and returns the exit status. */
  static int check(List<Path> files, StandardInput stdin, PrintWriter out, PrintWriter err) {
    out = VisibleWriter.of(out);
    boolean failed = false;
    boolean unreadable = false;
    for (Path file : files) {
      Optional<SourceText> read = InputFiles.readRulesOrReport(file, stdin, err);
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
