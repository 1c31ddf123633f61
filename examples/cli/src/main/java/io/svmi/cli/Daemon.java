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
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
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
  /**
   * Commands run at once; up to {@link #WAITING} more wait for a worker, and beyond that are
   * refused (their clients run them in their own JVM, as they do when a worker does not start
   * theirs within {@link DaemonClient#READY_TIMEOUT_MILLIS}).
   */
  static final int WORKERS = 4;
  static final int WAITING = 16;
  /** Connections whose requests are read at once; more are closed unanswered. */
  static final int READERS = 16;
  /** How old the lock and log of a key no daemon serves must be for a starting daemon to remove them. */
  static final Duration LEFTOVER_AGE = Duration.ofHours(1);
  /** How long a stopping daemon waits for the commands it is running. */
  static final Duration FINISH = Duration.ofMinutes(1);
  /** How long a client may take to send its request, and to say {@link DaemonProtocol#GO}. */
  private static final int REQUEST_TIMEOUT_MILLIS = 2_000;
  /** How long, after the status, the rest of standard input is read and dropped. */
  private static final int DRAIN_MILLIS = 5_000;

  private final DaemonAddress address;
  private final Duration idle;
  private final Duration watchEvery;
  private final byte[] token = new byte[DaemonProtocol.TOKEN_BYTES];
  private final Instant started = Instant.now();
  private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong served = new AtomicLong();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile String stopReason = "";
  private volatile @Nullable ServerSocket server;

  Daemon(DaemonAddress address, Duration idle) {
    this(address, idle, Duration.ofSeconds(1));
  }

  /** A daemon that looks every {@code watchEvery} (a second, but in tests) whether to stop. */
  Daemon(DaemonAddress address, Duration idle, Duration watchEvery) {
    this.address = address;
    this.idle = idle;
    this.watchEvery = watchEvery;
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
        ThreadPoolExecutor readers = new ThreadPoolExecutor(0, READERS, 10, TimeUnit.SECONDS,
            new SynchronousQueue<>(), daemonThreads("svmi-daemon-reader"));
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), daemonThreads("svmi-daemon-worker"));
        // Stopped by a signal (SIGTERM, Ctrl-C on its own terminal): no registration left behind.
        Thread unregister = new Thread(() -> deleteIfOurs(registration, registered), "svmi-daemon-unregister");
        Runtime.getRuntime().addShutdownHook(unregister);
        Thread watcher = new Thread(() -> watch(registration, registered), "svmi-daemon-watcher");
        watcher.setDaemon(true);
        watcher.start();
        if (warm) {
          Thread warming = new Thread(() -> {
            warmUp();
            address.removeLeftovers(LEFTOVER_AGE);
          }, "svmi-daemon-warm-up");
          warming.setDaemon(true);
          warming.start();
        }
        try {
          accept(listening, readers, workers);
        } finally {
          deleteIfOurs(registration, registered);
          readers.shutdown();
          workers.shutdown();
          finish(workers);
          stopped.countDown();
          try {
            Runtime.getRuntime().removeShutdownHook(unregister);
          } catch (IllegalStateException shuttingDown) {
            // The hook runs, or has run: it removes only a registration that is still ours.
          }
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

  private static ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    };
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

  private void accept(ServerSocket listening, ThreadPoolExecutor readers, ThreadPoolExecutor workers) {
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
      try {
        readers.execute(() -> read(socket, workers));
      } catch (RejectedExecutionException busy) {
        closeQuietly(socket);   // a client runs the command itself
      }
    }
  }

  /** Every second: stop when idle too long, when the jar changed, or when the registration is gone. */
  private void watch(Path registration, DaemonAddress.Registration registered) {
    String key = address.key();
    while (stopped.getCount() > 0) {
      try {
        if (stopped.await(watchEvery.toMillis(), TimeUnit.MILLISECONDS)) {
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

  /**
   * Reads one request, within {@link #REQUEST_TIMEOUT_MILLIS}, on a reader thread: a connection
   * without the token is closed unanswered (and is not use that keeps the daemon up); a status or
   * stop is answered at once, even while every worker is busy; a command waits for a worker, or is
   * refused when {@link #WAITING} already wait.
   */
  private void read(Socket socket, ThreadPoolExecutor workers) {
    boolean handedOver = false;
    Path proof = null;
    try {
      socket.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
      socket.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      if (in.readInt() != DaemonProtocol.MAGIC || in.readInt() != DaemonProtocol.VERSION) {
        return;
      }
      String proofName = DaemonProtocol.readString(in);
      if (!DaemonAddress.isProofName(proofName)) {
        return;
      }
      proof = Files.createFile(address.proof(proofName));   // refused if it exists: not made by us
      out.writeByte(DaemonProtocol.PROVED);
      out.flush();
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
      lastUsed.set(System.nanoTime());
      switch (kind) {
        case DaemonProtocol.STATUS -> status(out);
        case DaemonProtocol.STOP -> {
          exit(out, Main.OK);
          stop("asked to stop");
        }
        case DaemonProtocol.RUN -> {
          if (!key.equals(address.key())) {
            refuse(out, "this daemon serves other settings");
          } else if (!inItsDirectory()) {
            refuse(out, "this daemon's directory was removed or replaced");
            stop("its directory was removed or replaced");
          } else {
            try {
              workers.execute(() -> run(socket, in, out, args));
              handedOver = true;
            } catch (RejectedExecutionException busy) {
              refuse(out, "this daemon is busy");
            }
          }
        }
        default -> {
          // An unknown kind: no answer.
        }
      }
    } catch (IOException e) {
      // The client went away or broke the protocol: nothing to answer.
    } finally {
      if (proof != null) {
        // The client deletes it once seen; not so a client that went away. One left behind proves
        // nothing: a client never takes a proof it did not see made.
        OutputFiles.deleteQuietly(proof);
      }
      if (!handedOver) {
        closeQuietly(socket);
      }
    }
  }

  /**
   * Runs one command on a worker: says {@link DaemonProtocol#READY}, and runs it only once the
   * client says {@link DaemonProtocol#GO} (a client that gave up waiting has gone, and runs the
   * command itself: it is never run twice). After the status, reads what the client still sends
   * (standard input the command did not read) until it closes, so that the client reads the status
   * before the connection ends.
   */
  private void run(Socket socket, DataInputStream in, DataOutputStream out, String[] args) {
    running.incrementAndGet();
    boolean counted = true;
    try (socket) {
      synchronized (out) {
        out.writeByte(DaemonProtocol.READY);
        out.flush();
      }
      if (in.readByte() != DaemonProtocol.GO) {
        return;
      }
      socket.setSoTimeout(0);   // standard input may take as long as its writer takes
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
      int status = Main.run(stdin, stdout, stderr, args);
      served.incrementAndGet();
      running.decrementAndGet();   // done, before the client hears so: what follows only drains
      counted = false;
      exit(out, status);
      socket.shutdownOutput();
      socket.setSoTimeout(DRAIN_MILLIS);
      in.skipNBytes(Long.MAX_VALUE);
    } catch (IOException e) {
      // The client went away (or closed after reading the status): nothing more to say.
    } finally {
      lastUsed.set(System.nanoTime());
      if (counted) {
        running.decrementAndGet();
      }
    }
  }

  private void status(DataOutputStream out) throws IOException {
    DaemonProtocol.writeText(out, DaemonProtocol.OUT, "pid " + ProcessHandle.current().pid() + ", serving "
        + System.getProperty("user.dir") + " since " + started + ", " + served.get() + " commands run, "
        + running.get() + " running now\n");
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
    DaemonProtocol.writeText(out, DaemonProtocol.REFUSED, why);
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
      // One left behind names a port that no longer answers: clients run their commands themselves.
      OutputFiles.deleteQuietly(registration);
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
