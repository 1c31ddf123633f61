package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The daemon and its client in this JVM: a command run by the daemon writes the same bytes and
 * exits with the same status as the command run by {@link Main}; a client it does not serve gets
 * nothing run; it stops when told, when idle and when its registration goes.
 * (The whole processes, started by the client and detached: {@code DaemonProcessTest}.)
 */
class DaemonTest {
  private static final String BROKEN_MODEL = "model \"M\" levels { low \"Low\" high \"High\" }\n"
      + "dimension D \"D\" { question Q \"Q\" { option o \"O\" -> middle } }\n";

  @TempDir Path tmp;
  private DaemonAddress address;
  private Daemon daemon;
  private Thread serving;
  private final AtomicReference<String> stopped = new AtomicReference<>();

  @BeforeEach
  void start() throws Exception {
    address = new DaemonAddress(tmp.resolve("daemons"), DaemonAddress.of(System.getenv(), System.getProperties()).key());
    daemon = startDaemon(address, Duration.ofMinutes(1));
  }

  @AfterEach
  void stop() throws Exception {
    daemon.stop("the test ended");
    serving.join(10_000);
  }

  private Daemon startDaemon(DaemonAddress at, Duration idle) throws Exception {
    Daemon started = new Daemon(at, idle, Duration.ofMillis(50));
    serving = new Thread(() -> {
      try {
        stopped.set(started.serve(false));
      } catch (IOException e) {
        stopped.set("failed: " + e);
      }
    });
    serving.start();
    for (int waited = 0; !Files.exists(at.registration()); waited += 10) {
      assertTrue(waited < 10_000 && serving.isAlive(), () -> "the daemon registered: " + stopped.get());
      Thread.sleep(10);
    }
    return started;
  }

  /** What one command wrote and its status; empty status: nothing was run. */
  record Answer(OptionalInt status, String out, String err) {}

  private Answer viaDaemon(String stdin, String... args) {
    return viaDaemon(address, stdin, args);
  }

  private static Answer viaDaemon(DaemonAddress at, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OptionalInt status = DaemonClient.run(at, DaemonProtocol.RUN, args,
        new ByteArrayInputStream(stdin.getBytes(UTF_8)), out, err);
    return new Answer(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  private static Answer inThisProcess(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new ByteArrayInputStream(stdin.getBytes(UTF_8)), out, err, args);
    return new Answer(OptionalInt.of(status), out.toString(UTF_8), err.toString(UTF_8));
  }

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("", List.of("check", "examples/models/svmi.svmi")),
        Arguments.of("", List.of("check", "examples/models/svmi.svmi", "examples/models/caf.svmi")),
        Arguments.of("", List.of("plan")),
        Arguments.of("", List.of("plan", "--format", "json")),
        Arguments.of("", List.of("plan", "--model", "examples/models/accessibility.svmi",
            "--answers", "examples/assessments/accessibility.json", "--lang", "cy")),
        Arguments.of("", List.of("explain")),
        Arguments.of("", List.of("test", "examples/models/svmi.svmi")),
        Arguments.of("", List.of("--version")),
        Arguments.of("", List.of("--help")),
        Arguments.of("", List.of()),
        Arguments.of("", List.of("plan", "--bogus")),
        Arguments.of("", List.of("check", "no/such/file.svmi")),
        Arguments.of(BROKEN_MODEL, List.of("check", "-")),
        Arguments.of(BROKEN_MODEL, List.of("fmt", "-")),
        Arguments.of("", List.of("check", "-", "-")));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aCommandRunByTheDaemon_writesWhatItWritesInItsOwnJvm(String stdin, List<String> args) {
    String[] command = args.toArray(String[]::new);
    Answer expected = inThisProcess(stdin, command);
    Answer answer = viaDaemon(stdin, command);
    assertTrue(answer.status().isPresent(), "the daemon ran it");
    assertEquals(expected, answer);
  }

  @Test
  void standardInput_isSentOnlyWhenTheCommandReadsIt() {
    InputStream untouchable = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("read standard input");
      }
    };
    OptionalInt status = DaemonClient.run(address, DaemonProtocol.RUN, new String[] {"--version"}, untouchable,
        OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    assertEquals(OptionalInt.of(Main.OK), status);
  }

  /**
   * As many clients at once as the daemon has workers (more would wait, and might give up waiting
   * on a slow machine and run their commands themselves, as they should: see the busy test).
   */
  @Test
  void manyClientsAtOnce_eachGetsItsOwnAnswer() throws Exception {
    List<List<String>> commands = List.of(List.of("check", "examples/models/svmi.svmi"), List.of("plan"),
        List.of("plan", "--format", "markdown"), List.of("check", "no/such/file.svmi"), List.of("explain"));
    Map<List<String>, Answer> expected = new HashMap<>();
    for (List<String> command : commands) {
      expected.put(command, inThisProcess("", command.toArray(String[]::new)));
    }
    ExecutorService clients = Executors.newFixedThreadPool(Daemon.WORKERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int client = 0; client < Daemon.WORKERS; client++) {
        int first = client;
        done.add(clients.submit(() -> {
          for (int i = 0; i < 10; i++) {
            List<String> command = commands.get((first + i) % commands.size());
            assertEquals(expected.get(command), viaDaemon("", command.toArray(String[]::new)), command::toString);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aClientWithOtherSettings_isRefused_andNothingIsRun() throws Exception {
    Path written = tmp.resolve("plan.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OptionalInt status = DaemonClient.send(address.directory(), address.registration(),
        address.key() + "env LANG=cy_GB.UTF-8\n", DaemonProtocol.RUN, new String[] {"plan", "-o", written.toString()},
        InputStream.nullInputStream(), out, out);
    assertEquals(OptionalInt.empty(), status);
    assertEquals("", out.toString(UTF_8));
    assertFalse(Files.exists(written), "the command was not run");
    assertTrue(viaDaemon("", "--version").status().isPresent(), "the daemon serves on");
  }

  /** Opens a connection to the daemon and has it prove itself, as a client does; the request is the caller's. */
  private Socket provenConnection() throws IOException {
    var registration = DaemonAddress.Registration.read(address.registration()).orElseThrow();
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), registration.port());
    DataOutputStream out = new DataOutputStream(socket.getOutputStream());
    out.writeInt(DaemonProtocol.MAGIC);
    out.writeInt(DaemonProtocol.VERSION);
    DaemonProtocol.writeString(out, "abc123");
    out.flush();
    assertEquals(DaemonProtocol.PROVED, socket.getInputStream().read());
    assertTrue(Files.isRegularFile(address.proof("abc123")), "the proof was made");
    Files.delete(address.proof("abc123"));
    return socket;
  }

  /**
   * Sends {@code request} in one write and expects the daemon to close the connection without a
   * word: the end of the stream, or a reset (the daemon closed with some of the request unread),
   * the write itself failing for the same reason.
   */
  private static void assertClosedUnanswered(Socket socket, byte[] request) throws IOException {
    try {
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      assertEquals(-1, socket.getInputStream().read(), "closed without an answer");
    } catch (java.net.SocketException reset) {
      // Closed with the request unread: no answer either.
    }
  }

  @Test
  void aWrongToken_getsNoAnswer_andTheDaemonServesOn() throws Exception {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(request);
    out.write(new byte[DaemonProtocol.TOKEN_BYTES]);
    DaemonProtocol.writeString(out, address.key());
    out.writeByte(DaemonProtocol.RUN);
    out.writeInt(1);
    DaemonProtocol.writeString(out, "--version");
    try (Socket socket = provenConnection()) {
      assertClosedUnanswered(socket, request.toByteArray());
    }
    assertTrue(viaDaemon("", "--version").status().isPresent(), "the daemon serves on");
  }

  @Test
  void requestsThatBreakTheProtocol_areClosed_andTheDaemonServesOn() throws Exception {
    var registration = DaemonAddress.Registration.read(address.registration()).orElseThrow();
    List<byte[]> unproven = new ArrayList<>();
    unproven.add("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(UTF_8));
    for (String name : List.of("", "../../escaped", "ABC", "/tmp/x", "0123456789abcdef0123456789abcdef0")) {
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(request);
      out.writeInt(DaemonProtocol.MAGIC);
      out.writeInt(DaemonProtocol.VERSION);
      DaemonProtocol.writeString(out, name);
      unproven.add(request.toByteArray());
    }
    for (byte[] request : unproven) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), registration.port())) {
        assertClosedUnanswered(socket, request);
      }
    }
    try (var made = Files.list(address.directory())) {
      assertEquals(List.of(), made.filter(f -> f.toString().endsWith(".proof")).toList(), "no proof made");
    }
    assertFalse(Files.exists(tmp.resolve("escaped.proof")), "a proof's name is never a path");

    ByteArrayOutputStream tooMany = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(tooMany);
    out.write(registration.token());
    DaemonProtocol.writeString(out, address.key());
    out.writeByte(DaemonProtocol.RUN);
    out.writeInt(Integer.MAX_VALUE);   // arguments
    ByteArrayOutputStream tooLong = new ByteArrayOutputStream();
    out = new DataOutputStream(tooLong);
    out.write(registration.token());
    out.writeInt(Integer.MAX_VALUE);   // the key's length
    for (byte[] request : List.of(tooMany.toByteArray(), tooLong.toByteArray())) {
      try (Socket socket = provenConnection()) {
        assertClosedUnanswered(socket, request);
      }
    }
    assertTrue(viaDaemon("", "--version").status().isPresent(), "the daemon serves on");
    try (var left = Files.list(address.directory())) {
      assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".proof")).toList(), "no proof left behind");
    }
  }

  @Test
  void aRegistrationInADirectoryOthersCanRead_isNotUsed() throws Exception {
    Files.setPosixFilePermissions(address.directory(), PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(OptionalInt.empty(), viaDaemon("", "--version").status());
    IOException refused = assertThrows(IOException.class, address::privateDirectory);
    assertTrue(refused.getMessage().contains("the svmi daemon is not used"), refused::getMessage);
    Files.setPosixFilePermissions(address.directory(), PosixFilePermissions.fromString("rwx------"));
    assertTrue(viaDaemon("", "--version").status().isPresent());
  }

  @Test
  void aDeadDaemonsRegistration_isNotUsed() throws Exception {
    daemon.stop("the test stops it");
    assertTrue(daemon.awaitStopped(Duration.ofSeconds(10)));
    assertFalse(Files.exists(address.registration()), "a daemon removes its registration as it stops");
    int unused;
    try (var probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      unused = probe.getLocalPort();
    }
    new DaemonAddress.Registration(unused, new byte[DaemonProtocol.TOKEN_BYTES], 1, "/").write(address.registration());
    assertEquals(OptionalInt.empty(), viaDaemon("", "--version").status());
  }

  @Test
  void stop_endsTheDaemon_afterAnsweringTheClientThatAsked() throws Exception {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    OptionalInt status = DaemonClient.run(address, DaemonProtocol.STOP, new String[0],
        InputStream.nullInputStream(), said, said);
    assertEquals(OptionalInt.of(Main.OK), status);
    assertTrue(daemon.awaitStopped(Duration.ofSeconds(10)));
    serving.join(10_000);
    assertEquals("asked to stop", stopped.get());
    assertFalse(Files.exists(address.registration()));
  }

  @Test
  void aDaemonToldToStop_finishesTheCommandsItIsRunning() throws Exception {
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    InputStream slow = blockedUntil(reading, release);
    ExecutorService client = Executors.newSingleThreadExecutor();
    try {
      Future<OptionalInt> status = client.submit(() -> DaemonClient.run(address, DaemonProtocol.RUN,
          new String[] {"check", "-"}, slow, OutputStream.nullOutputStream(), OutputStream.nullOutputStream()));
      assertTrue(reading.await(10, java.util.concurrent.TimeUnit.SECONDS), "the command asked for standard input");
      daemon.stop("the test stops it");
      assertFalse(daemon.awaitStopped(Duration.ofMillis(300)), "it waits for the command");
      assertFalse(Files.exists(address.registration()), "and takes no new one meanwhile");
      release.countDown();
      assertEquals(inThisProcess("", "check", "-").status(), status.get());
      assertTrue(daemon.awaitStopped(Duration.ofSeconds(10)));
    } finally {
      release.countDown();
      client.shutdownNow();
    }
  }

  @Test
  void standardInputLongerThanTheCommandReads_endsAsInItsOwnJvm() throws Exception {
    String nineMegabytes = "#".repeat(9 << 20);
    Answer expected = inThisProcess(nineMegabytes, "check", "-");
    assertEquals(Main.BAD_INPUT, expected.status().getAsInt(), expected::toString);
    assertEquals(expected, viaDaemon(nineMegabytes, "check", "-"));

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OptionalInt status = DaemonClient.run(address, DaemonProtocol.RUN, new String[] {"check", "-"},
        endless(), OutputStream.nullOutputStream(), err);
    assertEquals(expected.status(), status, "standard input that never ends (yes | svmi check -)");
    assertEquals(expected.err(), err.toString(UTF_8));
  }

  private static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return '#';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) '#');
        return len;
      }
    };
  }

  @Test
  void whileEveryWorkerIsBusy_statusIsAnswered_andACommandRunsInItsOwnJvm_neverTwice() throws Exception {
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(Daemon.WORKERS);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(Daemon.WORKERS);
    try {
      List<Future<OptionalInt>> busy = new ArrayList<>();
      for (int i = 0; i < Daemon.WORKERS; i++) {
        busy.add(clients.submit(() -> DaemonClient.run(address, DaemonProtocol.RUN, new String[] {"check", "-"},
            blockedUntil(reading, release), OutputStream.nullOutputStream(), OutputStream.nullOutputStream())));
      }
      assertTrue(reading.await(10, java.util.concurrent.TimeUnit.SECONDS), "every worker runs a command");
      assertTrue(status().contains(", 0 commands run, " + Daemon.WORKERS + " running now\n"), this::status);
      long before = System.nanoTime();
      assertEquals(OptionalInt.empty(), viaDaemon("", "--version").status(), "not run by the daemon");
      assertTrue(System.nanoTime() - before < Duration.ofSeconds(5).toNanos(), "given up within seconds");
      release.countDown();
      for (Future<OptionalInt> f : busy) {
        assertTrue(f.get().isPresent());
      }
      for (int waited = 0; !status().contains(", 0 running now"); waited += 10) {
        assertTrue(waited < 10_000, this::status);
        Thread.sleep(10);
      }
      assertTrue(status().contains(", " + Daemon.WORKERS + " commands run, "),
          () -> "the command given up on was not run when a worker came free: " + status());
    } finally {
      release.countDown();
      clients.shutdownNow();
    }
  }

  private String status() {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    assertEquals(OptionalInt.of(Main.OK), DaemonClient.run(address, DaemonProtocol.STATUS, new String[0],
        InputStream.nullInputStream(), said, OutputStream.nullOutputStream()));
    return said.toString(UTF_8);
  }

  private static InputStream blockedUntil(java.util.concurrent.CountDownLatch reading,
      java.util.concurrent.CountDownLatch release) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        reading.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
        return -1;
      }
    };
  }

  @Test
  void connectionsWithoutTheToken_doNotKeepAnIdleDaemonUp() throws Exception {
    stop();
    daemon = startDaemon(address, Duration.ofMillis(500));
    int port = DaemonAddress.Registration.read(address.registration()).orElseThrow().port();
    long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (System.nanoTime() < until && !daemon.awaitStopped(Duration.ofMillis(100))) {
      try (Socket poke = new Socket(InetAddress.getLoopbackAddress(), port)) {
        poke.getOutputStream().write(1);
      } catch (IOException stoppedMeanwhile) {
        break;
      }
    }
    assertTrue(daemon.awaitStopped(Duration.ofSeconds(10)), "stopped although poked every 100 ms");
    serving.join(10_000);
    assertEquals("idle for 0 s", stopped.get());
  }

  @Test
  void aPortTakenByAnotherUser_getsNeitherTheTokenNorTheCommand() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) && "root".equals(System.getProperty("user.name")),
        "runs a listener as another user: needs root and runuser");
    stop();
    Path testClasses = Path.of(PortSquatter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process squatter = new ProcessBuilder("/usr/sbin/runuser", "-u", "nobody", "--",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
        "-cp", testClasses.toString(), PortSquatter.class.getName()).redirectErrorStream(true).start();
    try {
      java.io.BufferedReader said = new java.io.BufferedReader(
          new java.io.InputStreamReader(squatter.getInputStream(), UTF_8));
      int port = Integer.parseInt(said.readLine().strip());
      byte[] token = new byte[DaemonProtocol.TOKEN_BYTES];
      new java.security.SecureRandom().nextBytes(token);
      new DaemonAddress.Registration(port, token, 1, System.getProperty("user.dir")).write(address.registration());

      assertEquals(OptionalInt.empty(), viaDaemon("", "--version").status(), "run in this JVM instead");
      assertTrue(squatter.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
      String received = said.readLine();
      assertTrue(received.length() < 200, () -> "only the opening, asking for a proof: " + received.substring(0, 200) + "…");
      assertFalse(received.contains(java.util.HexFormat.of().formatHex(token)), "not the token: " + received);
      assertFalse(received.contains(java.util.HexFormat.of().formatHex("--version".getBytes(UTF_8))),
          "not the command: " + received);
    } finally {
      squatter.destroyForcibly();
    }
  }

  @Test
  void status_saysWhatTheDaemonHasDone() {
    viaDaemon("", "--version");
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    OptionalInt status = DaemonClient.run(address, DaemonProtocol.STATUS, new String[0],
        InputStream.nullInputStream(), said, OutputStream.nullOutputStream());
    assertEquals(OptionalInt.of(Main.OK), status);
    String text = said.toString(UTF_8);
    assertTrue(text.startsWith("pid " + ProcessHandle.current().pid() + ", serving " + System.getProperty("user.dir")), text);
    assertTrue(text.contains(", 1 commands run, 0 running now\n"), text);
  }

  @Test
  void anIdleDaemon_stopsByItself() throws Exception {
    stop();
    daemon = startDaemon(address, Duration.ofMillis(200));
    assertTrue(daemon.awaitStopped(Duration.ofSeconds(10)), "stopped while idle");
    serving.join(10_000);
    assertEquals("idle for 0 s", stopped.get());
    assertFalse(Files.exists(address.registration()));
  }

  @Test
  void aRemovedRegistration_stopsTheDaemon() throws Exception {
    Files.delete(address.registration());
    assertTrue(daemon.awaitStopped(Duration.ofSeconds(10)));
    serving.join(10_000);
    assertEquals("its registration was removed or replaced", stopped.get());
  }

  @Test
  void aSecondDaemonForTheSameKey_exitsAtOnce() throws Exception {
    assertEquals("another daemon serves this key", new Daemon(address, Duration.ofMinutes(1)).serve(false));
    assertTrue(viaDaemon("", "--version").status().isPresent(), "the first serves on");
  }

  @Test
  void standardOutputThatFails_isReportedAsBadInput_andAClosedPipeIsNot() {
    for (String failure : List.of("No space left on device", "Broken pipe")) {
      OutputStream failing = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException(failure);
        }
      };
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      OptionalInt status = DaemonClient.run(address, DaemonProtocol.RUN, new String[] {"plan"},
          InputStream.nullInputStream(), failing, err);
      Answer expected = inThisProcessWith(failing, "plan");
      assertEquals(expected.status(), status, failure);
      assertEquals(expected.err(), err.toString(UTF_8), failure);
    }
    assertEquals("svmi: cannot write to standard output: no space left on device\n",
        inThisProcessWith(new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        }, "plan").err());
  }

  private static Answer inThisProcessWith(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(InputStream.nullInputStream(), stdout, err, args);
    return new Answer(OptionalInt.of(status), "", err.toString(UTF_8));
  }

  @Test
  void theKey_changesWithEverySettingACommandDependsOn_andNoOther() throws Exception {
    Properties system = new Properties();
    system.putAll(System.getProperties());
    Map<String, String> env = new HashMap<>(System.getenv());
    String key = DaemonAddress.of(env, system).key();
    for (String name : DaemonAddress.ENVIRONMENT) {
      Map<String, String> changed = new HashMap<>(env);
      changed.put(name, "changed");
      assertNotEquals(key, DaemonAddress.of(changed, system).key(), name);
    }
    Map<String, String> unrelated = new HashMap<>(env);
    unrelated.put("OLDPWD", "/somewhere/else");
    unrelated.put("SHLVL", "7");
    assertEquals(key, DaemonAddress.of(unrelated, system).key());
    for (String property : List.of("user.dir", "java.home", "java.class.path")) {
      Properties changed = new Properties();
      changed.putAll(system);
      changed.setProperty(property, tmp.toString());
      assertNotEquals(key, DaemonAddress.of(env, changed).key(), property);
    }
    Path jar = tmp.resolve("svmi.jar");
    Files.writeString(jar, "a jar");
    system.setProperty("java.class.path", jar.toString());
    String before = DaemonAddress.of(env, system).key();
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(0));
    assertNotEquals(before, DaemonAddress.of(env, system).key(), "a rebuilt jar gets a new daemon");
  }

  @Test
  void leftoversOfKeysNoDaemonServes_areRemoved_andNothingElse() throws Exception {
    Path dir = address.directory();
    java.nio.file.attribute.FileTime twoHoursAgo =
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(Duration.ofHours(2)));
    for (String name : List.of("dead.lock", "dead.log", "held.lock", "held.log", "recent.lock", "recent.log")) {
      Files.writeString(dir.resolve(name), "");
      Files.setLastModifiedTime(dir.resolve(name), twoHoursAgo);
    }
    Files.setLastModifiedTime(dir.resolve("recent.log"), java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
    Files.setLastModifiedTime(address.lock(), twoHoursAgo);
    try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(dir.resolve("held.lock"),
            java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock = held.lock()) {
      address.removeLeftovers(Duration.ofHours(1));
    }
    assertFalse(Files.exists(dir.resolve("dead.lock")) || Files.exists(dir.resolve("dead.log")), "a dead key's files");
    for (String kept : List.of("held.lock", "held.log", "recent.lock", "recent.log")) {
      assertTrue(Files.exists(dir.resolve(kept)), kept);
    }
    assertTrue(Files.exists(address.lock()), "the daemon's own lock");
    assertTrue(viaDaemon("", "--version").status().isPresent(), "the daemon serves on");
  }

  @Test
  void theDirectory_isChosenAsDocumented() {
    Properties system = new Properties();
    system.setProperty("user.home", "/home/someone");
    assertEquals(Path.of("/home/someone/.cache/svmi/daemons"), DaemonAddress.of(Map.of(), system).directory());
    assertEquals(Path.of("/run/user/1000/svmi"),
        DaemonAddress.of(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), system).directory());
    assertEquals(Path.of("/tmp/d"), DaemonAddress.of(
        Map.of("XDG_RUNTIME_DIR", "/run/user/1000", "SVMI_DAEMON_DIR", "/tmp/d"), system).directory());
    assertEquals(Path.of("d").toAbsolutePath(), DaemonAddress.of(Map.of("SVMI_DAEMON_DIR", "d"), system).directory());
  }

  @Test
  void aRegistration_readsBackAsWritten_andAnythingElseIsNone() throws Exception {
    byte[] token = new byte[DaemonProtocol.TOKEN_BYTES];
    token[0] = 7;
    Path file = tmp.resolve("r.daemon");
    var registration = new DaemonAddress.Registration(4242, token, 99, "/a dir/ü");
    registration.write(file);
    var read = DaemonAddress.Registration.read(file).orElseThrow();
    assertEquals(List.of(4242, 99L, "/a dir/ü"), List.of(read.port(), read.pid(), read.directory()));
    assertTrue(java.util.Arrays.equals(token, read.token()));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    for (String broken : List.of("", "port=x\ntoken=00\npid=1\n", "port=1\ntoken=zz\npid=1\n",
        "port=1\ntoken=00\npid=1\n")) {
      Files.writeString(file, broken);
      assertEquals(java.util.Optional.empty(), DaemonAddress.Registration.read(file), broken);
    }
    assertEquals(java.util.Optional.empty(), DaemonAddress.Registration.read(tmp.resolve("missing")));
  }

  @Test
  void framesAreSplit_soThatNoneIsLongerThanAChunk() throws Exception {
    byte[] big = new byte[DaemonProtocol.CHUNK * 2 + 5];
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    DaemonProtocol.writeFrames(new DataOutputStream(sent), DaemonProtocol.OUT, big, 0, big.length);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(sent.toByteArray()));
    List<Integer> lengths = new ArrayList<>();
    while (in.available() > 0) {
      assertEquals(DaemonProtocol.OUT, in.readByte());
      lengths.add(DaemonProtocol.readBytes(in).length);
    }
    assertEquals(List.of(DaemonProtocol.CHUNK, DaemonProtocol.CHUNK, 5), lengths);
  }
}
