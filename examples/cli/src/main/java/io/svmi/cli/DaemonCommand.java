package io.svmi.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code svmi daemon status|stop}: the daemons that run this user's commands (docs/cli.md, "The daemon"). */
@Command(
    name = "daemon",
    header = "Show or stop the daemons that run svmi commands.",
    description =
        "./svmi hands each command (except lsp and batch) to a daemon serving the directory it " +
        "runs in, which stops by itself after 10 minutes without a command. SVMI_DAEMON=off " +
        "runs every command in its own JVM.",
    subcommands = {DaemonCommand.Status.class, DaemonCommand.Stop.class})
final class DaemonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.BAD_INPUT;
  }

  /** {@code svmi daemon status}. */
  @Command(name = "status", header = "List this user's running daemons: process, directory, commands run.")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      DaemonAddress here = DaemonAddress.of(System.getenv(), System.getProperties());
      int answered = 0;
      for (Path registration : registrations(here)) {
        String said = ask(here, registration, DaemonProtocol.STATUS);
        if (!said.isEmpty()) {
          out.print(said);
          answered++;
        }
      }
      if (answered == 0) {
        out.println("no svmi daemon is running (" + here.directory() + ")");
      }
      return Main.OK;
    }
  }

  /** {@code svmi daemon stop [--all]}. */
  @Command(name = "stop", header = "Stop the daemon serving this directory (--all: every daemon).")
  static final class Stop implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--all", description = "Stop every daemon of this user, whatever directory it serves.")
    boolean all;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      DaemonAddress here = DaemonAddress.of(System.getenv(), System.getProperties());
      String directory = System.getProperty("user.dir");
      int stopped = 0;
      for (Path file : registrations(here)) {
        var registration = DaemonAddress.Registration.read(file);
        if (registration.isEmpty() || !(all || registration.get().directory().equals(directory))) {
          continue;
        }
        if (!ask(here, file, DaemonProtocol.STATUS).isEmpty() && !ask(here, file, DaemonProtocol.STOP).isEmpty()) {
          out.println("stopped the svmi daemon (pid " + registration.get().pid() + ") serving "
              + registration.get().directory());
          stopped++;
        }
      }
      if (stopped == 0) {
        out.println(all ? "no svmi daemon is running" : "no svmi daemon serves " + directory);
      }
      return Main.OK;
    }
  }

  /** The registration files in the daemons' directory, in name order; none when it is missing. */
  private static List<Path> registrations(DaemonAddress here) {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(here.directory(), "*.daemon")) {
      files.forEach(found::add);
    } catch (IOException e) {   // missing (no daemon has run), or unreadable
      return List.of();
    }
    found.sort(null);
    return found;
  }

  /**
   * Sends {@code kind} to the daemon registered in {@code file}; returns what it printed, "\n"
   * when it answered with nothing, and "" when it did not answer.
   */
  private static String ask(DaemonAddress here, Path file, byte kind) {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    OptionalInt status = DaemonClient.send(here.directory(), file, here.key(), kind, new String[0],
        InputStream.nullInputStream(), said, OutputStream.nullOutputStream());
    return status.isEmpty() ? "" : said.size() == 0 ? "\n" : said.toString(StandardCharsets.UTF_8);
  }
}
