package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ./svmi serve}: the launcher hands it to this module's jar, the README names it, the
 * options are read as docs/web.md says, and the first run prints the admin's password once.
 */
class ServeTest {
  @Test
  void theLauncher_buildsAndRunsTheWebApplicationsJar_forServeOnly() throws Exception {
    // The launcher in a copy of the layout, with stand-ins for mvnw and java that record their calls.
    Path root = Files.createTempDirectory("svmi-launcher");
    Path log = root.resolve("calls.log");
    Files.copy(Path.of("svmi"), root.resolve("svmi"));
    Files.createDirectories(root.resolve("jdk/bin"));
    Files.writeString(root.resolve("mvnw"), "#!/usr/bin/env bash\necho \"build $*\" >>" + log + "\n"
        + "mkdir -p examples/web/target examples/cli/target\n"
        + "touch examples/web/target/svmi-web.jar examples/cli/target/svmi.jar\n", UTF_8);
    Files.writeString(root.resolve("jdk/bin/java"), "#!/usr/bin/env bash\necho \"java $*\" >>" + log + "\n", UTF_8);
    for (Path p : List.of(root.resolve("svmi"), root.resolve("mvnw"), root.resolve("jdk/bin/java"))) {
      p.toFile().setExecutable(true);
    }
    for (List<String> command : List.of(List.of("serve", "--port", "0"), List.of("serve", "--port", "0"),
        List.of("plan"))) {
      List<String> line = new java.util.ArrayList<>(List.of("bash", "./svmi"));
      line.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(line).directory(root.toFile()).redirectErrorStream(true);
      pb.environment().put("JAVA_HOME", root.resolve("jdk").toString());
      Process p = pb.start();
      p.getInputStream().readAllBytes();
      assertEquals(0, p.waitFor());
    }
    List<String> calls = Files.readAllLines(log, UTF_8);
    assertEquals(5, calls.size(), String.join("\n", calls));
    assertTrue(calls.get(0).startsWith("build ") && calls.get(0).contains("-pl examples/web "), calls.get(0));
    assertTrue(calls.get(1).startsWith("java ") && calls.get(1).endsWith("/examples/web/target/svmi-web.jar --port 0"), calls.get(1));
    assertTrue(!calls.get(1).contains("TieredStopAtLevel"), "the server keeps the optimising JIT");
    assertTrue(calls.get(2).startsWith("java "), "the second serve does not build again: " + calls.get(2));
    assertTrue(calls.get(3).contains("-pl examples/cli "), "plan builds the command line's jar: " + calls.get(3));
    assertTrue(calls.get(4).endsWith("/examples/cli/target/svmi.jar plan"), calls.get(4));
  }

  @Test
  void theWebJar_isTheOneTheLauncherRuns_andTheReadmeNamesServe() throws Exception {
    String pom = Files.readString(Path.of("examples/web/pom.xml"), UTF_8);
    assertTrue(pom.contains("<outputFile>${project.build.directory}/svmi-web.jar</outputFile>"));
    assertTrue(pom.contains("<mainClass>io.svmi.web.Serve</mainClass>"));
    assertTrue(Files.readString(Path.of("README.md"), UTF_8).contains("./svmi serve "));
  }

  @Test
  void theDefaults_areLoopbackPort8080AndTheDataFolder() throws Exception {
    Serve.Options o = Serve.parse(List.of());
    assertEquals(8080, o.port());
    assertEquals("127.0.0.1", o.bind());
    assertEquals(Path.of("svmi-data"), o.data());
    assertTrue(o.db().isEmpty());
  }

  @Test
  void wrongOptions_areOneLineMessages() {
    for (List<String> args : List.of(List.of("--port", "http"), List.of("--port", "70000"), List.of("--db", "mysql://x"),
        List.of("--colour", "red"), List.of("--port"))) {
      Serve.UsageException e = assertThrows(Serve.UsageException.class, () -> Serve.parse(args));
      assertTrue(!e.getMessage().contains("Exception"), e.getMessage());
    }
  }

  @Test
  void theFirstRun_printsAGeneratedAdminPasswordOnce_andItSignsIn() throws Exception {
    Path data = Files.createTempDirectory("svmi-serve").resolve("data");
    List<String> args = List.of("--port", "0", "--data", data.toString(), "--bcrypt-cost", "4");
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    String password;
    try (WebApp app = Serve.start(args, new PrintStream(first, true, UTF_8), null)) {
      String printed = first.toString(UTF_8);
      var m = java.util.regex.Pattern.compile("with the password (\\S+) ").matcher(printed);
      assertTrue(m.find(), printed);
      password = m.group(1);
      new Browser("http://127.0.0.1:" + app.port()).signIn("admin", password);
    }
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    try (WebApp app = Serve.start(args, new PrintStream(second, true, UTF_8), null)) {
      assertTrue(!second.toString(UTF_8).contains("password"), "the second run prints no password");
      new Browser("http://127.0.0.1:" + app.port()).signIn("admin", password);
    }
  }

  @Test
  void aModelsFolderWithABrokenModel_stopsTheStart_withItsDiagnostics() throws Exception {
    Path models = Files.createTempDirectory("svmi-models");
    Files.writeString(models.resolve("broken.svmi"), "model \"Broken\"\nlevels { a \"A\" }\ndimension X \"X\" {\n", UTF_8);
    Serve.UsageException e = assertThrows(Serve.UsageException.class, () -> Serve.start(
        List.of("--port", "0", "--models", models.toString(), "--data", models.resolve("d").toString()),
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8), null));
    assertTrue(e.getMessage().contains("broken.svmi:"), e.getMessage());
  }

  @Test
  void behindATlsProxy_theSessionCookieIsSecure() {
    try (TestServer server = TestServer.start(List.of("--behind-proxy"))) {
      Browser b = new Browser(server.base());
      var login = b.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/login"))
          .header("X-Forwarded-Proto", "https").GET());
      String loginCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(loginCookie.contains("; Secure"), loginCookie);
      assertTrue(loginCookie.contains("HttpOnly") && loginCookie.contains("SameSite=Strict"), loginCookie);
    }
  }
}
