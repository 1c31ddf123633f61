package io.svmi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.stream.Stream;

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
   * the build instead of archiving the wrong classes. Then trains the daemon's client the same way.
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
    try {
      trainDaemonClient();
    } catch (IOException | InterruptedException | RuntimeException e) {
      System.err.println("svmi: training run of the daemon client failed: " + e);
      System.exit(1);
    }
  }

  /**
   * One {@code check} through a daemon, both in this JVM, so that what {@link DaemonClient} loads
   * (sockets, the registration) is archived too: the client is what {@code ./svmi} starts.
   */
  private static void trainDaemonClient() throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("svmi-cds-training");   // private, as a daemon's must be
    DaemonAddress address = new DaemonAddress(directory,
        DaemonAddress.of(System.getenv(), System.getProperties()).key());
    Daemon daemon = new Daemon(address, Duration.ofMinutes(1));
    Thread serving = new Thread(() -> {
      try {
        daemon.serve(false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "svmi-cds-training-daemon");
    serving.start();
    try {
      for (int waited = 0; !Files.exists(address.registration()); waited += 10) {
        if (waited > 10_000 || !serving.isAlive()) {
          throw new IOException("the daemon did not register in " + directory);
        }
        Thread.sleep(10);
      }
      OptionalInt status = DaemonClient.run(address, DaemonProtocol.RUN,
          new String[] {"check", "examples/models/svmi.svmi"}, InputStream.nullInputStream(),
          OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
      if (status.isEmpty() || status.getAsInt() != Main.OK) {
        throw new IOException("the daemon did not run 'check examples/models/svmi.svmi': " + status);
      }
    } finally {
      daemon.stop("trained");
      serving.join();
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(directory);
    }
  }
}
