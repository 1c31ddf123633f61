package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The daemon as {@code ./svmi} uses it, in whole processes: the first command in a directory runs
 * in its own JVM and starts a detached daemon there; the next ones are run by it, with relative
 * paths resolved in that directory; {@code svmi daemon status} and {@code stop} see and end it;
 * a daemon killed outright costs the next command nothing but time.
 */
// Beside the other classes, since it mostly waits for the JVMs it starts; its own tests one after
// another (a lock held by the class keeps them in its thread).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("io.svmi.cli.DaemonProcessTest")
class DaemonProcessTest {
  @TempDir Path tmp;
  private Path daemons;
  private Path work;

  @BeforeEach
  void layOut() throws IOException {
    daemons = tmp.resolve("daemons");
    work = Files.createDirectories(tmp.resolve("work")).toRealPath();
    Files.copy(Path.of("examples/models/svmi.svmi"), work.resolve("model.svmi"));
  }

  @AfterEach
  void stopEveryDaemon() throws Exception {
    for (long pid : daemonPids()) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  record Run(int status, String out, String err) {}

  /** {@code svmi ARGS} as the launcher runs it with the daemon on (C1 only, as it does), in {@link #work}. */
  private Run svmi(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), DaemonClient.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().put("SVMI_DAEMON_DIR", daemons.toString());
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "svmi " + String.join(" ", args) + " ended");
    return new Run(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  private Path registration() throws IOException {
    try (Stream<Path> files = Files.list(daemons)) {
      return files.filter(f -> f.toString().endsWith(".daemon")).findFirst().orElseThrow();
    }
  }

  private void awaitRegistration() throws Exception {
    for (int waited = 0; waited < 60_000; waited += 50) {
      if (Files.isDirectory(daemons)) {
        try (Stream<Path> files = Files.list(daemons)) {
          if (files.anyMatch(f -> f.toString().endsWith(".daemon"))) {
            return;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no daemon registered in " + daemons);
  }

  /** {@code svmi check model.svmi}, run in its own JVM as the first command here, once the daemon it started has registered. */
  private Run firstCheck() throws Exception {
    Run first = svmi("check", "model.svmi");
    awaitRegistration();
    return first;
  }

  /** The process of the (one) daemon registered. */
  private long daemonPid() throws IOException {
    return DaemonAddress.Registration.read(registration()).orElseThrow().pid();
  }

  private List<Long> daemonPids() throws IOException {
    if (!Files.isDirectory(daemons)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(daemons)) {
      return files.filter(f -> f.toString().endsWith(".daemon"))
          .map(DaemonAddress.Registration::read).flatMap(Optional::stream)
          .map(DaemonAddress.Registration::pid).toList();
    }
  }

  /** What {@code svmi ARGS} prints run by {@link Main} in this JVM, from the repository's root. */
  private static Run expected(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  @Test
  void theFirstCommandStartsADaemon_theNextAreRunByIt_inTheirDirectory_untilStopped() throws Exception {
    assertTrue(Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")),
        "setsid (util-linux) detaches the daemon");
    Run expected = expected("check", "examples/models/svmi.svmi");
    String inWork = expected.out().replace("examples/models/svmi.svmi", "model.svmi");

    Run first = firstCheck();
    assertEquals(new Run(expected.status(), inWork, ""), first, "run in its own JVM");
    long pid = daemonPid();
    assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the daemon runs");
    assertTrue(ProcessHandle.of(pid).flatMap(p -> p.parent()).map(p -> p.pid() != ProcessHandle.current().pid())
        .orElse(true), "the daemon is detached from the client that started it");

    Run second = svmi("check", "model.svmi");
    assertEquals(first, second, "run by the daemon");
    Run plan = svmi("plan", "-o", "plan.txt");
    assertEquals(new Run(Main.OK, "", ""), plan);
    assertEquals(expected("plan").out(), Files.readString(work.resolve("plan.txt"), UTF_8),
        "a relative output path is resolved in the client's directory");

    Run status = svmi("daemon", "status");
    assertEquals(Main.OK, status.status());
    assertTrue(status.out().startsWith("pid " + pid + ", serving " + work + " since "), status::toString);
    assertTrue(status.out().contains(", 2 commands run, "), status::toString);

    Run stop = svmi("daemon", "stop");
    assertEquals(new Run(Main.OK, "stopped the svmi daemon (pid " + pid + ") serving " + work + "\n", ""), stop);
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    assertFalse(Files.exists(registration(daemons, pid)), "it removed its registration");
    assertEquals(new Run(Main.OK, "no svmi daemon serves " + work + "\n", ""), svmi("daemon", "stop"));
  }

  /**
   * A daemon killed outright fails the one command it was running (status 3, not run again), and
   * costs the next command nothing but time: it runs in its own JVM and starts a new daemon. A
   * daemon stopped by SIGTERM leaves no registration behind.
   */
  @Test
  void aDaemonThatDies_failsOnlyTheCommandItWasRunning_andTheNextStartsAnother() throws Exception {
    Run first = firstCheck();
    long pid = daemonPid();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), DaemonClient.class.getName(), "fmt", "-"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().put("SVMI_DAEMON_DIR", daemons.toString());
    Path out = tmp.resolve("fmt-out.txt");
    Path err = tmp.resolve("fmt-err.txt");
    Process waiting = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      for (int waited = 0; !status(registration()).contains(", 1 running now"); waited += 20) {
        assertTrue(waited < 30_000, "the daemon runs 'fmt -', waiting for standard input");
        Thread.sleep(20);
      }
      ProcessHandle daemon = ProcessHandle.of(pid).orElseThrow();
      daemon.destroyForcibly();
      daemon.onExit().join();
      assertTrue(waiting.waitFor(30, TimeUnit.SECONDS), "ended without waiting for its standard input to end");
      assertEquals(Main.INTERNAL_ERROR, waiting.exitValue());
      assertEquals("", Files.readString(out, UTF_8), "not run again in the client's JVM");
      String said = Files.readString(err, UTF_8);
      assertTrue(said.startsWith("svmi: the svmi daemon stopped before the command ended ("), said);
    } finally {
      waiting.destroyForcibly();
    }
    assertTrue(Files.exists(registration()), "a killed daemon leaves its registration behind");

    // The next command runs in its own JVM, and starts a new daemon (not within 10 s of the last start).
    try (Stream<Path> logs = Files.list(daemons)) {
      for (Path log : logs.filter(f -> f.toString().endsWith(".log")).toList()) {
        Files.setLastModifiedTime(log, FileTime.from(Instant.now().minusSeconds(60)));
      }
    }
    assertEquals(first, svmi("check", "model.svmi"));
    for (int waited = 0; daemonPids().equals(List.of(pid)) || daemonPids().isEmpty(); waited += 50) {
      assertTrue(waited < 60_000, "a new daemon registered");
      Thread.sleep(50);
    }
    assertEquals(first, svmi("check", "model.svmi"));

    Path registration = registration();
    ProcessHandle second = ProcessHandle.of(DaemonAddress.Registration.read(registration).orElseThrow().pid()).orElseThrow();
    second.destroy();   // SIGTERM
    second.onExit().join();
    assertFalse(Files.exists(registration), "a daemon stopped by SIGTERM removes its registration");
  }

  @Test
  void aDirectoryRemovedAndMadeAgain_isNotServedByTheDaemonOfTheOldOne() throws Exception {
    Run first = firstCheck();
    long pid = daemonPid();
    Path model = work.resolve("model.svmi");
    String text = Files.readString(model, UTF_8);
    Files.delete(model);
    Files.delete(work);
    Files.createDirectory(work);
    Files.writeString(work.resolve("model.svmi"), text.replace("question E1", "question E1 oops"), UTF_8);

    Run inTheNewDirectory = svmi("check", "model.svmi");
    assertEquals(Main.FAILED, inTheNewDirectory.status(), "the new file was read: " + inTheNewDirectory);
    assertTrue(inTheNewDirectory.out().contains("oops"), inTheNewDirectory::toString);
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    assertFalse(first.out().contains("oops"));
  }

  /** What the daemon registered in {@code registration} says of itself (as {@code svmi daemon status}, in this JVM). */
  private String status(Path registration) {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    DaemonClient.send(daemons, registration, "", DaemonProtocol.STATUS, new String[0],
        java.io.InputStream.nullInputStream(), said, java.io.OutputStream.nullOutputStream());
    return said.toString(UTF_8);
  }

  private static Path registration(Path daemons, long pid) throws IOException {
    try (Stream<Path> files = Files.list(daemons)) {
      return files.filter(f -> f.toString().endsWith(".daemon"))
          .filter(f -> DaemonAddress.Registration.read(f).map(r -> r.pid() == pid).orElse(false))
          .findFirst().orElse(daemons.resolve("none.daemon"));
    }
  }
}
