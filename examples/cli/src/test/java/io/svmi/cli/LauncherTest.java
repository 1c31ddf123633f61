package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./svmi} launcher, run by bash in a copy of the repository's layout where {@code mvnw}
 * and {@code java} are stand-ins that record their calls: it rebuilds when, and only when, an input
 * of the jar changed, passes the class data sharing archive only when it is fresh, and hands
 * commands to the daemon's client unless told not to.
 */
class LauncherTest {
  /** Every input of the jar the launcher must notice. */
  private static final List<String> INPUTS = List.of(
      "pom.xml", "core/pom.xml", "examples/cli/pom.xml", "core/src/main/java/io/svmi/Model.java",
      "dsl/src/main/antlr4/Svmi.g4", "examples/cli/src/main/java/io/svmi/cli/Main.java",
      "examples/cli/src/main/resources/io/svmi/cli/plan.css", "examples/models/svmi.svmi",
      "examples/assessments/walsall.json", ".mvn/wrapper/maven-wrapper.properties");
  /** Files that are not inputs of the jar: changing them must not rebuild. */
  private static final List<String> NOT_INPUTS = List.of(
      "core/src/test/java/io/svmi/ModelTest.java", "docs/cli.md", "README.md",
      "core/target/classes/io/svmi/Model.class", "examples/models/accessibility.svmi",
      "examples/assessments/accessibility.json");

  @TempDir Path tmp;
  Path root;
  Path log;

  @BeforeEach
  void layOut() throws IOException {
    root = tmp.resolve("repo");
    log = tmp.resolve("calls.log");
    Files.createDirectories(root);
    Files.copy(Path.of("svmi"), root.resolve("svmi"));
    executable(root.resolve("svmi"));
    for (String file : INPUTS) {
      write(file, "input");
    }
    for (String file : NOT_INPUTS) {
      write(file, "not an input");
    }
    // The build: records the call, writes the jar, then the archive (later, as the real build does).
    write("mvnw", "#!/usr/bin/env bash\n"
        + "echo \"build $PWD $*\" >>" + log + "\n"
        + "[[ -f fail-build ]] && exit 1\n"
        + "mkdir -p examples/cli/target\n"
        + "touch -d @$(( $(date +%s) - 5 )) examples/cli/target/svmi.jar\n"
        + "touch examples/cli/target/svmi.jsa\n");
    executable(root.resolve("mvnw"));
    write("jdk/bin/java", "#!/usr/bin/env bash\necho \"java $*\" >>" + log + "\n");
    executable(root.resolve("jdk/bin/java"));
    ageEverything();
  }

  /** Sets every file and directory to an hour ago, so that a stamp aged a minute is newer. */
  private void ageEverything() throws IOException {
    FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.toList()) {
        Files.setLastModifiedTime(path, hourAgo);
      }
    }
  }

  @Test
  void firstRun_builds_thenRunsTheJarWithTheArguments() throws Exception {
    List<String> calls = run("check", "x.svmi");
    assertEquals(2, calls.size(), calls::toString);
    assertTrue(calls.get(0).startsWith("build " + root.toRealPath() + " "), calls::toString);
    assertTrue(calls.get(0).contains("-pl examples/cli -am package"), calls::toString);
    assertTrue(calls.get(1).startsWith("java "), calls::toString);
    assertTrue(calls.get(1).endsWith(" -cp " + jar() + " io.svmi.cli.DaemonClient check x.svmi"), calls::toString);
  }

  @Test
  void everyCommandButLspAndBatch_goesThroughTheDaemonClient() throws Exception {
    run();
    for (String command : List.of("check", "plan", "fmt", "explain", "daemon", "--version")) {
      assertTrue(run(command).get(0).endsWith(" -cp " + jar() + " io.svmi.cli.DaemonClient " + command),
          command);
    }
    for (String command : List.of("lsp", "batch")) {
      assertTrue(run(command).get(0).endsWith(" -jar " + jar() + " " + command), command);
    }
  }

  @Test
  void daemonOff_orUnderCi_runsTheJarItself() throws Exception {
    run();
    String itself = " -jar " + jar() + " check x.svmi";
    String client = " -cp " + jar() + " io.svmi.cli.DaemonClient check x.svmi";
    assertTrue(runWith(Map.of("SVMI_DAEMON", "off"), "check", "x.svmi").get(0).endsWith(itself));
    assertTrue(runWith(Map.of("CI", "true"), "check", "x.svmi").get(0).endsWith(itself));
    assertTrue(runWith(Map.of("CI", "true", "SVMI_DAEMON", "on"), "check", "x.svmi").get(0).endsWith(client));
  }

  @Test
  void runByARelativePath_fromAnotherDirectory_findsItsRepository() throws Exception {
    run();
    for (String launcher : List.of("repo/svmi", "./repo/svmi")) {
      Process process = start(tmp, Map.of(), launcher, "--version");
      assertEquals(0, process.exitValue(), launcher);
      List<String> calls = calls();
      assertEquals(List.of("java"), kinds(calls), launcher);
      assertTrue(calls.get(0).contains(" -cp " + jar() + " "), calls::toString);
    }
  }

  @Test
  void secondRun_doesNotBuild() throws Exception {
    run("plan");
    assertEquals(List.of("java"), kinds(run("plan")));
  }

  @Test
  void changedInput_rebuilds() throws Exception {
    run();
    for (String file : INPUTS) {
      touchLater(root.resolve(file));
      assertEquals(List.of("build", "java"), kinds(run()), "after changing " + file);
      assertEquals(List.of("java"), kinds(run()), "once rebuilt after changing " + file);
    }
  }

  @Test
  void changedOtherFile_doesNotRebuild() throws Exception {
    run();
    for (String file : NOT_INPUTS) {
      touchLater(root.resolve(file));
      assertEquals(List.of("java"), kinds(run()), "after changing " + file);
    }
  }

  @Test
  void addedOrRemovedSource_rebuilds() throws Exception {
    run();
    Path added = root.resolve("dsl/src/main/java/io/svmi/dsl/New.java");
    Files.createDirectories(added.getParent());
    touchLater(added.getParent());
    assertEquals(List.of("build", "java"), kinds(run()), "after adding a directory");
    touchLater(added.getParent());
    Files.writeString(added, "class New {}", UTF_8);
    Files.setLastModifiedTime(added, FileTime.from(Instant.now().minusSeconds(3600)));
    assertEquals(List.of("build", "java"), kinds(run()), "after adding a file");
    touchLater(added.getParent());
    Files.delete(added);
    assertEquals(List.of("build", "java"), kinds(run()), "after removing a file");
  }

  @Test
  void movedClone_rebuilds() throws Exception {
    run();
    Path moved = tmp.resolve("moved");
    Files.move(root, moved);
    root = moved;
    assertEquals(List.of("build", "java"), kinds(run()));
  }

  @Test
  void failedBuild_failsTheCommand_andBuildsAgainNextTime() throws Exception {
    run();
    touchLater(root.resolve("core/src/main/java/io/svmi/Model.java"));
    write("fail-build", "");
    Process failed = start();
    assertNotEquals(0, failed.exitValue());
    assertEquals(List.of("build"), kinds(calls()));
    Files.delete(root.resolve("fail-build"));
    assertEquals(List.of("build", "java"), kinds(run()));
  }

  @Test
  void freshArchive_isPassedToJava() throws Exception {
    List<String> calls = run();
    String archive = jar().resolveSibling("svmi.jsa").toString();
    assertTrue(calls.get(1).contains(" -XX:SharedArchiveFile=" + archive + " "), calls::toString);
  }

  @Test
  void staleOrMissingArchive_isLeftOut() throws Exception {
    run();
    Path archive = jar().resolveSibling("svmi.jsa");
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));
    List<String> calls = run();
    assertEquals(List.of("java"), kinds(calls));
    assertFalse(calls.get(0).contains("SharedArchiveFile"), calls::toString);
    Files.delete(archive);
    calls = run();
    assertFalse(calls.get(0).contains("SharedArchiveFile"), calls::toString);
  }

  private Path jar() throws IOException {
    return root.toRealPath().resolve("examples/cli/target/svmi.jar");
  }

  @Test
  void runByBash_orWithACdpath_findsItsRepository() throws Exception {
    run();
    Files.createDirectories(tmp.resolve("elsewhere/repo"));
    Map<String, String> cdpath = Map.of("CDPATH", tmp.resolve("elsewhere").toString());
    for (Path directory : List.of(root, tmp)) {
      String launcher = directory.equals(root) ? "svmi" : "repo/svmi";
      Process process = start(directory, cdpath, "bash", launcher, "--version");
      assertEquals(0, process.exitValue(), "bash " + launcher);
      List<String> calls = calls();
      assertEquals(List.of("java"), kinds(calls), launcher);
      assertTrue(calls.get(0).contains(" -cp " + jar() + " "), calls::toString);
    }
  }

  @Test
  void aCurrentDirectoryThatWasRemoved_isSaid_andNothingRuns() throws Exception {
    run();
    Process process = start(tmp, Map.of(), "bash", "-c",
        "mkdir gone && cd gone && rmdir ../gone && exec " + root.resolve("svmi") + " --version");
    assertEquals(2, process.exitValue());
    assertEquals(List.of(), calls());
  }

  /** Runs {@code ./svmi ARGS}, which must succeed, and returns the calls it made. */
  private List<String> run(String... args) throws Exception {
    return runWith(Map.of(), args);
  }

  /** As {@link #run}, with these environment variables besides (and neither CI nor SVMI_DAEMON otherwise). */
  private List<String> runWith(Map<String, String> env, String... args) throws Exception {
    Process process = start(root, env, root.resolve("svmi").toString(), args);
    List<String> calls = calls();
    assertEquals(0, process.exitValue(), () -> "svmi failed: " + calls);
    return calls;
  }

  private Process start(String... args) throws Exception {
    return start(root, Map.of(), root.resolve("svmi").toString(), args);
  }

  private Process start(Path directory, Map<String, String> env, String launcher, String... args) throws Exception {
    Files.deleteIfExists(log);
    ProcessBuilder builder = new ProcessBuilder().directory(directory.toFile());
    builder.command().add(launcher);
    builder.command().addAll(List.of(args));
    builder.environment().remove("CI");
    builder.environment().remove("SVMI_DAEMON");
    builder.environment().putAll(env);
    builder.environment().put("JAVA_HOME", root.resolve("jdk").toString());
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "svmi finished");
    return process;
  }

  private List<String> calls() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log, UTF_8) : List.of();
  }

  private static List<String> kinds(List<String> calls) {
    return calls.stream().map(c -> c.substring(0, c.indexOf(' '))).toList();
  }

  /**
   * Changes one file (or directory) after the last build, and nothing else: every file is aged an
   * hour, the build's stamp and its outputs a minute, and then this file is given the time a second ago.
   */
  private void touchLater(Path file) throws IOException {
    ageEverything();
    FileTime minuteAgo = FileTime.from(Instant.now().minusSeconds(60));
    Path target = root.resolve("examples/cli/target");
    Files.setLastModifiedTime(target.resolve("svmi.jar"), FileTime.from(Instant.now().minusSeconds(61)));
    for (String built : List.of("svmi.stamp", "svmi.jsa")) {
      Files.setLastModifiedTime(target.resolve(built), minuteAgo);
    }
    // A second ago, not now: the stamp the rebuild writes next takes the file system's coarser
    // clock, which can be behind a time set from Instant.now() by a few milliseconds.
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(1)));
  }

  private void write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, UTF_8);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
