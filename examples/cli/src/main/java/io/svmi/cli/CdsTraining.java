package io.svmi.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The training run of the class data sharing archive ({@code target/svmi.jsa}), run by the build
 * after the jar is packaged: runs each command line it is given in one JVM, output discarded, so
 * that the classes those commands load are listed ({@code -XX:DumpLoadedClassList}) and then
 * archived ({@code -Xshare:dump}). See docs/performance.md, "Start-up".
 */
final class CdsTraining {
  private CdsTraining() {}

  /**
   * Runs each argument as one command line (words separated by spaces); exits with status 1 if any
   * command does not succeed, so that a training run that no longer matches the commands fails
   * the build instead of archiving the wrong classes.
   */
  public static void main(String[] commandLines) {
    for (String commandLine : commandLines) {
      String[] args = commandLine.isBlank() ? new String[0] : commandLine.trim().split(" +");
      PrintWriter discard = new PrintWriter(Writer.nullWriter());
      int status = Main.run(discard, discard, args);
      if (status != Main.OK) {
        System.err.println("svmi: training run 'svmi " + commandLine + "' exited with " + status
            + ", expected " + Main.OK + "; run it with ./svmi to see why");
        System.exit(1);
      }
    }
  }
}
