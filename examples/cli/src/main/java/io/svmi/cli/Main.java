package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of the {@code svmi} command line. Exit statuses: {@link #OK}, {@link #FAILED}
 * (check failures, unformatted files), {@link #BAD_INPUT} (bad usage or bad input),
 * {@link #INTERNAL_ERROR} (a bug).
 */
public final class Main {
  /** Success. */
  public static final int OK = 0;
  /** A check failed: errors in a rules file, files not formatted. */
  public static final int FAILED = 1;
  /** Bad usage or bad input: unknown option, unreadable file, invalid answers. */
  public static final int BAD_INPUT = 2;
  /** An unexpected exception: a bug in svmi. */
  public static final int INTERNAL_ERROR = 3;

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, UTF_8));
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs one command line, writing to the given streams, and returns its exit status: the command
   * line in-process, for tests and for hosts that script it.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = SvmiCommand.commandLine(args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("svmi: internal error: " + e);
          cmd.getErr().println("This is a bug in svmi; please report it with the command you ran.");
          if (System.getenv("SVMI_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
          }
          return INTERNAL_ERROR;
        });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * True when standard error is a terminal (for progress bars): as the launcher says in the
   * {@code svmi.stderr.terminal} property, else as far as Java can tell (a console attached).
   */
  static boolean stderrIsTerminal() {
    String said = System.getProperty("svmi.stderr.terminal");
    return said != null ? Boolean.parseBoolean(said) : System.console() != null;
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("svmi: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return BAD_INPUT;
  }
}
