package io.svmi.cli;

import io.svmi.samm.SammImportException;
import io.svmi.samm.SammImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code svmi import-samm}: writes an OWASP SAMM model folder as a score-based .svmi model. */
@Command(
    name = "import-samm",
    header = "Write an OWASP SAMM model folder as a .svmi model.",
    description = {
      "Read an OWASP SAMM model folder (model/ of github.com/owaspsamm/core: YAML files) and write it as a",
      "score-based .svmi model scored as OWASP scores it. The texts are OWASP's (CC BY-SA 4.0); the file",
      "credits OWASP SAMM and carries the licence."
    })
final class ImportSammCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "DIR", description = "The SAMM model folder.")
  Path folder = Path.of("");

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the model to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    Path file = output;
    if (file != null) {
      try {
        OutputFiles.checkNotAnInput(file, List.of(folder));
      } catch (OutputFiles.WriteException e) {
        spec.commandLine().getErr().println("svmi: " + e.getMessage());
        return Main.BAD_INPUT;
      }
    }
    String text;
    try {
      text = SammImporter.svmi(folder);
    } catch (SammImportException e) {
      spec.commandLine().getErr().println("svmi: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    if (file == null) {
      spec.commandLine().getOut().print(text);
      return Main.OK;
    }
    try {
      SvmiCommand.outputs(spec).write(file, text);
    } catch (OutputFiles.WriteException e) {
      spec.commandLine().getErr().println("svmi: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    return Main.OK;
  }
}
