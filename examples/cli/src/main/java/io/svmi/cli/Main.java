package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.svmi.Diagnostic;
import io.svmi.ShownText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    System.exit(run(System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), args));
  }

  /**
   * Runs one command line on the process's streams. Standard output is checked: a failed write
   * ({@code > /dev/full}) is reported in one line and gives {@link #BAD_INPUT}; a reader that
   * closes the pipe early ({@code | head -1}) ends the command quietly, with its own status.
   */
  public static int run(InputStream stdin, OutputStream stdout, OutputStream stderr, String... args) {
    WatchedStream watched = new WatchedStream(stdout);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(watched, UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, UTF_8));
    int status = run(new StandardInput(stdin), OutputFiles.ON_DISK, out, err, args);
    out.flush();
    IOException failure = watched.failure;
    if (failure != null && !IoProblems.isBrokenPipe(failure)) {
      err.println("svmi: cannot write to standard output: " + IoProblems.reason(failure));
      status = BAD_INPUT;
    }
    err.flush();
    return status;
  }

  /**
   * Runs one command line, writing to the given streams, and returns its exit status: the command
   * line in-process, for tests and for hosts that script it. Standard input is empty.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(new StandardInput(InputStream.nullInputStream()), OutputFiles.ON_DISK, out, err, args);
  }

  static int run(StandardInput stdin, OutputFiles outputs, PrintWriter out, PrintWriter err, String... args) {
    try {
      return runCommand(stdin, outputs, out, err, args);
    } catch (StackOverflowError e) {
      // Inputs are bounded so that this cannot happen; if it does, it is a bug, said as any other.
      int status = internalError(e, err);
      out.flush();
      err.flush();
      return status;
    }
  }

  private static int runCommand(StandardInput stdin, OutputFiles outputs, PrintWriter out, PrintWriter err, String... args) {
    Optional<List<Path>> plainCheck = CheckCommand.plainFiles(args);
    if (plainCheck.isPresent()) {
      int status = checkWithoutPicocli(plainCheck.get(), stdin, out, err);
      out.flush();
      err.flush();
      return status;
    }
    CommandLine commandLine = SvmiCommand.commandLine(stdin, outputs, args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> internalError(e, cmd.getErr()));
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** {@code svmi check FILE...}, the hot path, run as picocli would run it (see {@link CheckCommand#plainFiles}). */
  private static int checkWithoutPicocli(List<Path> files, StandardInput stdin, PrintWriter out, PrintWriter err) {
    try {
      return CheckCommand.check(files, stdin, out, err);
    } catch (RuntimeException e) {
      return internalError(e, err);
    }
  }

  /** A bug: one line saying so (the stack trace only with {@code SVMI_DEBUG} set). */
  private static int internalError(Throwable e, PrintWriter err) {
    err.println("svmi: internal error: " + ShownText.shortened(e.toString(), Diagnostic.MAX_MESSAGE));
    err.println("This is a bug in svmi; please report it with the command you ran.");
    if (System.getenv("SVMI_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return INTERNAL_ERROR;
  }

  /**
   * Keeps the first error writing to a stream ({@link PrintWriter} swallows it), and stops writing
   * after it: once the reader has gone, the rest of the output has nowhere to go.
   */
  private static final class WatchedStream extends FilterOutputStream {
    @Nullable IOException failure;

    WatchedStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (failure == null) {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          failure = e;
          throw e;
        }
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      if (failure == null) {
        try {
          out.flush();
        } catch (IOException e) {
          failure = e;
          throw e;
        }
      }
    }
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
    // The message quotes the arguments, which can be anything: cut and escaped as diagnostics are.
    err.println("svmi: " + ShownText.shortened(String.valueOf(e.getMessage()), Diagnostic.MAX_MESSAGE));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return BAD_INPUT;
  }
}
