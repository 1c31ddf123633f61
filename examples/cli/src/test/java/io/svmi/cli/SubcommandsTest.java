package io.svmi.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The subcommands are created only when used, and a command loads only the libraries it needs. */
class SubcommandsTest {
  @TempDir Path dir;

  @Test
  void everyName_createsTheCommandOfThatName() {
    for (String name : SvmiCommand.NAMES) {
      Object command = SvmiCommand.create(name);
      assertEquals(name, command.getClass().getAnnotation(Command.class).name());
    }
    assertThrows(IllegalArgumentException.class, () -> SvmiCommand.create("chek"));
  }

  @Test
  void namedSubcommand_isTheOnlyOneBuilt() {
    CommandLine commandLine = SvmiCommand.commandLine("check", "x.svmi");
    assertEquals(List.of("check"), List.copyOf(commandLine.getSubcommands().keySet()));
  }

  @Test
  void version_buildsNone() {
    assertTrue(SvmiCommand.commandLine("--version").getSubcommands().isEmpty());
  }

  @Test
  void noSubcommandNamed_buildsThemAllInOrder() {
    for (String[] args : new String[][] {{}, {"--help"}, {"plna"}}) {
      CommandLine commandLine = SvmiCommand.commandLine(args);
      assertEquals(SvmiCommand.NAMES, List.copyOf(commandLine.getSubcommands().keySet()));
    }
  }

  @Test
  void check_loadsNeitherJacksonNorSnakeYamlNorTheOtherCommands() throws Exception {
    List<String> loaded = classesLoadedBy("check", "examples/models/svmi.svmi");
    assertTrue(loaded.contains("io.svmi.cli.CheckCommand"), "class log is read: " + loaded.size());
    assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.antlr.")), "check parses with ANTLR");
    assertNoneStartWith(loaded, "com.fasterxml.", "org.yaml.", "io.svmi.cli.PlanCommand",
        "io.svmi.cli.FmtCommand", "io.svmi.cli.ExplainCommand", "io.svmi.cli.TestCommand",
        "io.svmi.cli.ImportSammCommand", "io.svmi.cli.LspCommand", "org.eclipse.lsp4j.");
  }

  @Test
  void version_loadsNoLibraryButPicocli() throws Exception {
    List<String> loaded = classesLoadedBy("--version");
    assertTrue(loaded.contains("io.svmi.cli.VersionProvider"), "class log is read: " + loaded.size());
    assertNoneStartWith(loaded, "com.fasterxml.", "org.yaml.", "org.antlr.", "com.google.", "org.eclipse.");
  }

  private static void assertNoneStartWith(List<String> loaded, String... prefixes) {
    for (String prefix : prefixes) {
      List<String> found = loaded.stream().filter(c -> c.startsWith(prefix)).collect(Collectors.toList());
      assertTrue(found.isEmpty(), () -> "loaded " + found);
    }
  }

  /** The classes a fresh JVM loads to run {@code svmi ARGS} from the test class path. */
  private List<String> classesLoadedBy(String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("classes.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:off", "-Xlog:class+load=info:file=" + log,
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "svmi finished");
    assertEquals(0, process.exitValue(), "exit status");
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(log, UTF_8)) {
      // [0.012s][info][class,load] java.lang.Object source: shared objects file
      int start = line.indexOf("] ", line.indexOf("class,load")) + 2;
      int end = line.indexOf(' ', start);
      if (start > 1 && end > start) {
        classes.add(line.substring(start, end));
      }
    }
    assertFalse(classes.isEmpty(), "no class log");
    return classes;
  }
}
