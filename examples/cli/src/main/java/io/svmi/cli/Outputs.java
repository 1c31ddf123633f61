package io.svmi.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's document goes: standard output, or the file of its {@code -o} option. */
final class Outputs {
  private Outputs() {}

  /**
   * Writes the document to {@code file}, or to the command's output when there is none; a file
   * that cannot be written is reported on the command's error stream.
   *
   * @return {@link Main#OK}, or {@link Main#BAD_INPUT} when the file could not be written
   */
  static int write(CommandSpec spec, @Nullable Path file, String document) {
    if (file == null) {
      spec.commandLine().getOut().print(document);
      return Main.OK;
    }
    try {
      // Whole or not at all, never over an input: OutputFiles.
      SvmiCommand.outputs(spec).write(file, document);
    } catch (OutputFiles.WriteException e) {
      spec.commandLine().getErr().println("svmi: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    return Main.OK;
  }
}
