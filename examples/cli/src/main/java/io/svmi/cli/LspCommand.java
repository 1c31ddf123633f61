package io.svmi.cli;

import io.svmi.lsp.SvmiLsp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code svmi lsp}: the language server, for editors (see docs/editors.md). */
@Command(
    name = "lsp",
    header = "Serve the svmi language server on standard input and output.",
    description =
        "Run the language server an editor starts for .svmi files: it speaks the Language Server " +
        "Protocol on standard input and output until the editor ends the session. " +
        "See docs/editors.md for the editor set-ups.")
final class LspCommand implements Callable<Integer> {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    return SvmiLsp.serve(System.in, System.out);
  }
}
