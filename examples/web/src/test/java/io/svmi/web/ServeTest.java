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
  void theLauncher_runsServe_fromTheWebApplicationsJar_andTheReadmeNamesIt() throws Exception {
    String launcher = Files.readString(Path.of("svmi"), UTF_8);
    assertTrue(launcher.contains("if [[ \"${1:-}\" == \"serve\" ]]"), "the launcher dispatches serve");
    assertTrue(launcher.contains("examples/web/target/svmi-web.jar"));
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
