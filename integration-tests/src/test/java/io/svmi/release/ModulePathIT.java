package io.svmi.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that is itself a module: compiled and run on the module path over the built jars, it
 * requires every published module by name.
 */
class ModulePathIT {
  private static final String MODULE_PATH =
      Published.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));

  @TempDir Path dir;

  @Test
  void aModularHost_compilesAndRunsOnTheModulePath() throws Exception {
    Path src = dir.resolve("src");
    StringBuilder requires = new StringBuilder();
    for (String id : Published.artifacts()) {
      requires.append("  requires ").append(Published.moduleName(id)).append(";\n");
    }
    write(src.resolve("module-info.java"), "module host {\n" + requires + "}\n");
    write(src.resolve("host/Main.java"), """
        package host;

        import io.svmi.Evaluation;
        import io.svmi.MaturityModel;
        import io.svmi.dsl.Svmi;

        public final class Main {
          public static void main(String[] args) throws Exception {
            MaturityModel model = Svmi.compileOrThrow(java.nio.file.Path.of(args[0]));
            Evaluation e = model.evaluate(model.assessment().answer("T1", "audit").target("T", "leading").build());
            System.out.println(Main.class.getModule().getName() + " " + Svmi.class.getModule().getName() + " "
                + e.present().orElseThrow().name() + " " + e.plan().actions().get(0).text());
          }
        }
        """);
    Path classes = dir.resolve("classes");
    assertEquals(0, javac(classes, src.resolve("module-info.java"), src.resolve("host/Main.java")), "javac");

    Process java = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--module-path", classes + File.pathSeparator + MODULE_PATH,
            "-m", "host/host.Main",
            Published.ROOT.resolve("examples/models/accessibility.svmi").toString())
        .redirectErrorStream(true)
        .start();
    String out = new String(java.getInputStream().readAllBytes(), UTF_8);
    assertTrue(java.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, java.exitValue(), out);
    assertEquals("host io.svmi.dsl Managed Add automated accessibility checks to every build.", out.strip());
  }

  private static int javac(Path out, Path... sources) {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac(out, errors, sources);
    if (status != 0) {
      System.err.println(errors.toString(UTF_8));
    }
    return status;
  }

  private static int javac(Path out, ByteArrayOutputStream errors, Path... sources) {
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "--module-path", MODULE_PATH));
    for (Path s : sources) {
      args.add(s.toString());
    }
    PrintStream err = new PrintStream(errors, true, UTF_8);
    return ToolProvider.getSystemJavaCompiler().run(null, err, err, args.toArray(String[]::new));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }
}
