package io.svmi.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A JVM that stays up and runs svmi commands for {@link DaemonClient}s, so that a command pays for
 * a small client JVM and not for loading, and interpreting, the compiler afresh: see
 * docs/cli.md, "The daemon".
 *
 * <p>It serves one {@link DaemonAddress#key() key} (its directory, jar and settings), listens on
 * the loopback interface only, and runs a command only for a client that sends the token from its
 * registration file, which only this user can read. It stops when idle for {@link #IDLE} (or as
 * long as it was told), when its jar changes, when its registration is removed, when its
 * directory is removed or replaced, and on {@code svmi daemon stop}. Each command runs as {@link Main#run(InputStream, OutputStream,
 * OutputStream, String...)} runs it in a fresh JVM, on at most {@link #WORKERS} at once.
 */
final class Daemon {
  /** How long a daemon waits for a command before it stops. */
  static final Duration IDLE = Duration.ofMinutes(10);
  /** Commands run at once; more wait, up to {@link #WAITING}, and beyond that run in their own JVM. */
  static final int WORKERS = 4;
  static final int WAITING = 64;
  /** How long a stopping daemon waits for the commands it is running. */
  static final Duration FINISH = Duration.ofMinutes(1);
  /** How long a client may take to send its request. */
  private static final int REQUEST_TIMEOUT_MILLIS = 5_000;

  private final DaemonAddress address;
  private final Duration idle;
  private final byte[] token = new byte[DaemonProtocol.TOKEN_BYTES];
  private final Instant started = Instant.now();
  private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong served = new AtomicLong();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile String stopReason = "";
  private volatile @Nullable ServerSocket server;

  Daemon(DaemonAddress address, Duration idle) {
    this.address = address;
    this.idle = idle;
    new SecureRandom().nextBytes(token);
  }

  /** Started by {@link DaemonClient} (detached, in the client's directory and environment). */
  public static void main(String[] args) throws IOException {
    DaemonAddress address = DaemonAddress.of(System.getenv(), System.getProperties());
    String why = new Daemon(address, IDLE).serve(true);
    System.err.println("svmi daemon: stopped: " + why);
    System.exit(0);
  }

  /**
   * Registers and serves until stopped, and returns why it stopped. Returns at once when another
   * daemon holds the key's lock. {@code warm}: run the common commands for a while beside the
   * first clients' (see {@link #warmUp}).
   */
  String serve(boolean warm) throws IOException {
    address.privateDirectory();
    try (FileChannel lockFile = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockFile)) {
      if (lock == null) {
        return "another daemon serves this key";
      }
      try (ServerSocket listening = new ServerSocket(0, WAITING, InetAddress.getLoopbackAddress())) {
        server = listening;
        Path registration = address.registration();
        DaemonAddress.Registration registered = new DaemonAddress.Registration(listening.getLocalPort(),
            token, ProcessHandle.current().pid(), System.getProperty("user.dir"));
        registered.write(registration);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), runnable -> {
              Thread t = new Thread(runnable, "svmi-daemon-worker");
              t.setDaemon(true);
              return t;
            });
        Thread watcher = new Thread(() -> watch(registration, registered), "svmi-daemon-watcher");
        watcher.setDaemon(true);
        watcher.start();
        if (warm) {
          Thread warming = new Thread(this::warmUp, "svmi-daemon-warm-up");
          warming.setDaemon(true);
          warming.start();
        }
        try {
          accept(listening, workers);
        } finally {
          deleteIfOurs(registration, registered);
          workers.shutdown();
          finish(workers);
          stopped.countDown();
        }
      }
    }
    return stopReason;
  }

  /** Lets the commands running finish, for at most {@link #FINISH}, so that their clients get their answers. */
  private static void finish(ThreadPoolExecutor workers) {
    try {
      workers.awaitTermination(FINISH.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The key's lock, or null when another daemon (in another JVM or this one) holds it. */
  private static @Nullable FileLock tryLock(FileChannel file) throws IOException {
    try {
      return file.tryLock();
    } catch (OverlappingFileLockException heldInThisJvm) {
      return null;
    }
  }

  /** Stops accepting: commands running finish, and their clients get their answers. */
  void stop(String why) {
    stopReason = why;
    ServerSocket s = server;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // Closing is all that is asked; accept() ends either way.
      }
    }
  }

  /** Waits until the daemon has stopped and removed its registration. */
  boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void accept(ServerSocket listening, ThreadPoolExecutor workers) {
    while (!listening.isClosed()) {
      Socket socket;
      try {
        socket = listening.accept();
      } catch (IOException e) {
        if (stopReason.isEmpty()) {
          stopReason = "cannot accept connections: " + e.getMessage();
        }
        return;
      }
      lastUsed.set(System.nanoTime());
      try {
        workers.execute(() -> answer(socket));
      } catch (RejectedExecutionException busy) {
        closeQuietly(socket);   // the client runs the command itself
      }
    }
  }

  /** Every second: stop when idle too long, when the jar changed, or when the registration is gone. */
  private void watch(Path registration, DaemonAddress.Registration registered) {
    String key = address.key();
    while (stopped.getCount() > 0) {
      try {
        if (stopped.await(1, TimeUnit.SECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      }
      if (running.get() == 0 && System.nanoTime() - lastUsed.get() > idle.toNanos()) {
        stop("idle for " + idle.toSeconds() + " s");
      } else if (!DaemonAddress.of(System.getenv(), System.getProperties()).key().equals(key)) {
        stop("the jar or its settings changed");
      } else if (!inItsDirectory()) {
        stop("its directory was removed or replaced");
      } else if (!isOurs(registration, registered)) {
        stop("its registration was removed or replaced");
      }
    }
  }

  private void answer(Socket socket) {
    running.incrementAndGet();
    try (socket) {
      socket.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
      socket.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      if (in.readInt() != DaemonProtocol.MAGIC || in.readInt() != DaemonProtocol.VERSION) {
        return;
      }
      byte[] offered = new byte[DaemonProtocol.TOKEN_BYTES];
      in.readFully(offered);
      if (!MessageDigest.isEqual(offered, token)) {
        return;   // not a client of this user: no answer at all
      }
      String key = DaemonProtocol.readString(in);
      byte kind = in.readByte();
      int count = in.readInt();
      if (count < 0 || count > DaemonProtocol.MAX_ARGS) {
        return;
      }
      String[] args = new String[count];
      for (int i = 0; i < count; i++) {
        args[i] = DaemonProtocol.readString(in);
      }
      if (kind == DaemonProtocol.RUN && !key.equals(address.key())) {
        refuse(out, "this daemon serves other settings");
        return;
      }
      if (kind == DaemonProtocol.RUN && !inItsDirectory()) {
        refuse(out, "this daemon's directory was removed or replaced");
        stop("its directory was removed or replaced");
        return;
      }
      socket.setSoTimeout(0);   // standard input may take as long as its writer takes
      switch (kind) {
        case DaemonProtocol.RUN -> run(in, out, args);
        case DaemonProtocol.STATUS -> status(out);
        case DaemonProtocol.STOP -> {
          exit(out, Main.OK);
          stop("asked to stop");
        }
        default -> {
          // An unknown kind: no answer.
        }
      }
    } catch (IOException e) {
      // The client went away or broke the protocol: nothing to answer.
    } finally {
      lastUsed.set(System.nanoTime());
      running.decrementAndGet();
    }
  }

  private void run(DataInputStream in, DataOutputStream out, String[] args) throws IOException {
    OutputStream stdout = new DaemonProtocol.FramedOutput(out, DaemonProtocol.OUT);
    OutputStream stderr = new DaemonProtocol.FramedOutput(out, DaemonProtocol.ERR);
    InputStream stdin = new DaemonProtocol.RemoteInput(in, () -> {
      synchronized (out) {
        try {
          out.writeByte(DaemonProtocol.WANT_STDIN);
          out.flush();
        } catch (IOException e) {
          // Seen by the read that follows, as the end of the connection.
        }
      }
    });
    int status;
    try {
      status = Main.run(stdin, stdout, stderr, args);
    } catch (StackOverflowError e) {
      // As in a fresh JVM, a bug, reported in one line; the daemon serves on.
      PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(stderr, java.nio.charset.StandardCharsets.UTF_8));
      err.println("svmi: internal error: " + e);
      err.println("This is a bug in svmi; please report it with the command you ran.");
      err.flush();
      status = Main.INTERNAL_ERROR;
    }
    served.incrementAndGet();
    exit(out, status);
  }

  private void status(DataOutputStream out) throws IOException {
    String text = "pid " + ProcessHandle.current().pid() + ", serving " + System.getProperty("user.dir")
        + " since " + started + ", " + served.get() + " commands run, " + (running.get() - 1)
        + " running now\n";
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    synchronized (out) {
      DaemonProtocol.writeFrames(out, DaemonProtocol.OUT, bytes, 0, bytes.length);
    }
    exit(out, Main.OK);
  }

  private static void exit(DataOutputStream out, int status) throws IOException {
    synchronized (out) {
      out.writeByte(DaemonProtocol.EXIT);
      out.writeInt(status);
      out.flush();
    }
  }

  private static void refuse(DataOutputStream out, String why) throws IOException {
    byte[] bytes = why.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeByte(DaemonProtocol.REFUSED);
    out.writeInt(bytes.length);
    out.write(bytes);
    out.flush();
  }

  /**
   * Runs the commands the build's class data sharing training runs (docs/performance.md,
   * "Start-up"), output discarded, beside the first clients' commands, for two seconds or until
   * the daemon stops: the commands that follow find what they run compiled (C1).
   */
  private void warmUp() {
    String[][] commands = {
        {"plan"}, {"plan", "--format", "markdown"}, {"plan", "--format", "json"}, {"explain"}, {"--help"}};
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    for (int round = 0; round < 200 && System.nanoTime() < until && stopped.getCount() > 0; round++) {
      for (String[] command : commands) {
        Main.run(discard, discard, command);
      }
    }
  }

  /**
   * True while the directory this process works in is still the one its key names: a directory
   * removed and made again under the same name (a fresh clone) is another directory, in which
   * relative paths would not find what the client means.
   */
  private static boolean inItsDirectory() {
    Object named;
    try {
      named = Files.readAttributes(Path.of(System.getProperty("user.dir")), BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return false;   // removed
    }
    try {
      return Objects.equals(named, Files.readAttributes(Path.of("/proc/self/cwd"), BasicFileAttributes.class).fileKey());
    } catch (IOException e) {
      return true;   // no /proc (not Linux): only a removed directory can be told
    }
  }

  private static boolean isOurs(Path registration, DaemonAddress.Registration registered) {
    return DaemonAddress.Registration.read(registration)
        .filter(r -> r.pid() == registered.pid() && Arrays.equals(r.token(), registered.token()))
        .isPresent();
  }

  private static void deleteIfOurs(Path registration, DaemonAddress.Registration registered) {
    if (isOurs(registration, registered)) {
      try {
        Files.deleteIfExists(registration);
      } catch (IOException e) {
        // A registration left behind is refused by clients: the port no longer answers.
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closed either way.
    }
  }
}
