package io.svmi.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;

/**
 * The svmi command line as {@code ./svmi} runs it: hands the command to the {@link Daemon} that
 * serves this directory and settings, or, when there is none, runs it in this JVM as {@link Main}
 * would and starts a daemon for the commands that follow. Either way the command writes the same
 * bytes and exits with the same status. See docs/cli.md, "The daemon".
 */
final class DaemonClient {
  /** Commands never handed to a daemon: long-lived ones that own the process's streams, and the daemon's own. */
  static final Set<String> OWN_JVM = Set.of("lsp", "batch", "daemon");
  /** A daemon started less than this long ago is starting, or failing: no second one is started. */
  private static final long RESTART_MILLIS = 10_000;
  private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
  /**
   * How long a client waits for a worker to take its command before it runs the command itself
   * (the daemon then never runs it): all workers busy, or the daemon stopped (SIGSTOP).
   */
  static final int READY_TIMEOUT_MILLIS = 1_000;

  private DaemonClient() {}

  public static void main(String[] args) {
    System.exit(run(System.getenv(), System.getProperties(), args));
  }

  static int run(Map<String, String> env, Properties system, String... args) {
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    OutputStream stderr = new FileOutputStream(FileDescriptor.err);
    if (args.length > 0 && OWN_JVM.contains(args[0])) {
      return Main.run(System.in, stdout, stderr, args);
    }
    DaemonAddress address = DaemonAddress.of(env, system);
    OptionalInt served = run(address, DaemonProtocol.RUN, args, System.in, stdout, stderr);
    if (served.isPresent()) {
      return served.getAsInt();
    }
    int status = Main.run(System.in, stdout, stderr, args);
    start(address, system);   // once the command is done: the daemon's start does not slow it down
    return status;
  }

  /**
   * Sends one request to the daemon registered at {@code address} and copies its answer to the
   * streams. Returns the command's status, or empty when no daemon took the request (none is
   * registered, it does not answer, it serves other settings, it is busy): nothing was run then,
   * and the caller runs the command itself.
   */
  static OptionalInt run(DaemonAddress address, byte kind, String[] args, InputStream stdin,
      OutputStream stdout, OutputStream stderr) {
    return send(address.directory(), address.registration(), address.key(), kind, args, stdin, stdout, stderr);
  }

  /**
   * As {@link #run(DaemonAddress, byte, String[], InputStream, OutputStream, OutputStream)}, to the
   * daemon registered in {@code registrationFile} in {@code directory}, saying {@code key}.
   */
  static OptionalInt send(Path directory, Path registrationFile, String key, byte kind, String[] args,
      InputStream stdin, OutputStream stdout, OutputStream stderr) {
    Optional<DaemonAddress.Registration> found = DaemonAddress.Registration.read(registrationFile);
    if (found.isEmpty()) {
      return OptionalInt.empty();
    }
    DaemonAddress.Registration registration = found.get();
    try {
      // A registration only this user could have written: no one else learns the command.
      if (!DaemonAddress.isPrivate(directory)) {
        return OptionalInt.empty();
      }
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    try (Socket socket = new Socket(Proxy.NO_PROXY)) {   // a proxy selector would cost the start-up
      try {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), registration.port()),
            CONNECT_TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
      } catch (IOException e) {
        return OptionalInt.empty();   // a daemon that died without removing its registration
      }
      return exchange(socket, directory, registration, key, kind, args, stdin, stdout, stderr);
    } catch (IOException e) {
      return OptionalInt.empty();   // closing failed: the answer, if any, was already returned
    }
  }

  private static OptionalInt exchange(Socket socket, Path directory, DaemonAddress.Registration registration,
      String key, byte kind, String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    boolean committed = false;   // GO said: the command runs there, and is never run again here
    boolean reading = false;
    IOException outputFailure = null;
    try {
      socket.setSoTimeout(READY_TIMEOUT_MILLIS);
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      // Nothing of this user's (token, command, input) goes to a port someone else took.
      if (!isThisUsersDaemon(directory, out, in)) {
        return OptionalInt.empty();
      }
      out.write(registration.token());
      DaemonProtocol.writeString(out, key);
      out.writeByte(kind);
      out.writeInt(args.length);
      for (String arg : args) {
        DaemonProtocol.writeString(out, arg);
      }
      out.flush();
      while (true) {
        byte type = in.readByte();
        switch (type) {
          case DaemonProtocol.READY -> {
            if (committed || kind != DaemonProtocol.RUN) {
              throw new DaemonProtocol.ProtocolException("ready twice, or for no command");
            }
            out.writeByte(DaemonProtocol.GO);
            out.flush();
            committed = true;
            socket.setSoTimeout(0);   // the command takes as long as it takes
          }
          case DaemonProtocol.OUT -> {
            byte[] bytes = DaemonProtocol.readBytes(in);
            if (outputFailure == null) {
              try {
                stdout.write(bytes);
              } catch (IOException e) {
                outputFailure = e;   // reported at the end, as Main reports it
              }
            }
          }
          case DaemonProtocol.ERR -> {
            byte[] bytes = DaemonProtocol.readBytes(in);
            try {
              stderr.write(bytes);
            } catch (IOException e) {
              // Nowhere left to say anything.
            }
          }
          case DaemonProtocol.WANT_STDIN -> {
            if (!committed || reading) {
              throw new DaemonProtocol.ProtocolException("standard input asked for twice, or before the command");
            }
            reading = true;
            sendStandardInput(stdin, out);
          }
          case DaemonProtocol.EXIT -> {
            return OptionalInt.of(exit(in.readInt(), outputFailure, stdout, stderr));
          }
          case DaemonProtocol.REFUSED -> {
            if (committed) {
              throw new DaemonProtocol.ProtocolException("refused a command it had begun");
            }
            DaemonProtocol.readBytes(in);
            return OptionalInt.empty();
          }
          default -> throw new DaemonProtocol.ProtocolException("frame type " + type);
        }
      }
    } catch (IOException e) {
      if (!committed) {
        return OptionalInt.empty();   // nothing was run: busy, slow to start it, or gone
      }
      String why = e.getMessage() == null ? "the connection ended" : e.getMessage();
      write(stderr, "svmi: the svmi daemon stopped before the command ended (" + why
          + "); run it again, or with SVMI_DAEMON=off\n");
      return OptionalInt.of(Main.INTERNAL_ERROR);
    }
  }

  /**
   * Asks the other end to make a file of a new name in the daemons' private directory, which only
   * this user can do, and sees whether it did (then removes it).
   */
  private static boolean isThisUsersDaemon(Path directory, DataOutputStream out, DataInputStream in)
      throws IOException {
    String name = Long.toHexString(ProcessHandle.current().pid()) + Long.toHexString(System.nanoTime());
    File proof = new File(directory.toFile(), name + ".proof");
    if (proof.exists()) {
      return false;   // not new: it would prove nothing
    }
    out.writeInt(DaemonProtocol.MAGIC);
    out.writeInt(DaemonProtocol.VERSION);
    DaemonProtocol.writeString(out, name);
    out.flush();
    if (in.readByte() != DaemonProtocol.PROVED || !proof.isFile()) {
      return false;
    }
    proof.delete();
    return true;
  }

  /** The status a fresh JVM would have exited with: a failed write to standard output is bad input, a closed pipe is not. */
  private static int exit(int status, IOException outputFailure, OutputStream stdout, OutputStream stderr) {
    IOException failure = outputFailure;
    if (failure == null) {
      try {
        stdout.flush();
      } catch (IOException e) {
        failure = e;
      }
    }
    if (failure != null && !IoProblems.isBrokenPipe(failure)) {
      write(stderr, "svmi: cannot write to standard output: " + IoProblems.reason(failure) + "\n");
      return Main.BAD_INPUT;
    }
    return status;
  }

  /**
   * Sends standard input to the daemon from a thread of its own while this one reads the answer:
   * a command that stops reading early (at its size limit) answers before the input ends, and
   * the client leaves with the status however much input is left (endless, or a terminal).
   */
  private static void sendStandardInput(InputStream stdin, DataOutputStream out) {
    Thread sender = new Thread(() -> {
      byte[] buffer = new byte[DaemonProtocol.CHUNK];
      try {
        while (true) {
          int n;
          try {
            n = stdin.read(buffer);
          } catch (IOException e) {
            n = -1;   // unreadable standard input ends where it stopped, as it would for the command
          }
          if (n < 0) {
            break;
          }
          DaemonProtocol.writeFrames(out, DaemonProtocol.STDIN, buffer, 0, n);
        }
        out.writeByte(DaemonProtocol.STDIN_END);
        out.flush();
      } catch (IOException e) {
        // The command has ended, and the daemon no longer reads: what is left is not needed.
      }
    }, "svmi-standard-input");
    sender.setDaemon(true);
    sender.start();
  }

  /**
   * Starts a daemon for {@code address}, detached from this process and its terminal (through
   * {@code setsid}), in this directory and environment. Does nothing when one was started in the
   * last {@link #RESTART_MILLIS}, when {@code setsid} is missing, or when the directory is not
   * private: the command runs here either way.
   */
  static void start(DaemonAddress address, Properties system) {
    String setsid = null;
    for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (new File(candidate).canExecute()) {
        setsid = candidate;
        break;
      }
    }
    if (setsid == null) {
      return;
    }
    try {
      address.privateDirectory();
      File log = address.log().toFile();
      if (System.currentTimeMillis() - log.lastModified() < RESTART_MILLIS) {
        return;
      }
      // Kept across starts (a daemon that found another serving its key says so there), and
      // touched now: the time of the last start.
      log.createNewFile();
      log.setLastModified(System.currentTimeMillis());
      List<String> command = List.of(setsid,
          system.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
          // Compiled by C1 only and a heap given back after each collection: about 100 MB
          // resident, where the optimising compiler's threads and a grown heap take twice that.
          // The same largest heap as a command run in its own JVM, so the same inputs fit.
          "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
          "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData",
          "-Xlog:disable", "-Xlog:all=warning:stderr",
          "-cp", system.getProperty("java.class.path"), Daemon.class.getName());
      new ProcessBuilder(command)
          .redirectInput(new File("/dev/null"))
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
          .redirectErrorStream(true)
          .start();
    } catch (IOException | RuntimeException e) {
      // No daemon this time.
    }
  }

  private static void write(OutputStream stream, String text) {
    try {
      stream.write(text.getBytes(StandardCharsets.UTF_8));
      stream.flush();
    } catch (IOException e) {
      // Nowhere left to say it.
    }
  }
}
