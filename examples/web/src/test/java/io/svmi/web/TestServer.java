package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application started in this JVM on a free loopback port, with a fresh database (an H2
 * folder, or the JDBC URL given), a fast bcrypt cost, and the admin password {@link #ADMIN_PASSWORD}.
 */
final class TestServer implements AutoCloseable {
  static final String ADMIN_PASSWORD = "admin-password-for-tests";
  static final String PASSWORD = "a-long-enough-password";

  final WebApp app;
  final Path folder;
  final String console;

  private TestServer(WebApp app, Path folder, String console) {
    this.app = app;
    this.folder = folder;
    this.console = console;
  }

  static TestServer h2() {
    return start(List.of());
  }

  static TestServer start(List<String> extra) {
    try {
      Path folder = Files.createTempDirectory("svmi-web-test");
      Path pw = folder.resolve("admin-password");
      Files.writeString(pw, ADMIN_PASSWORD + "\n", UTF_8);
      List<String> args = new ArrayList<>(List.of("--port", "0", "--bind", "127.0.0.1", "--bcrypt-cost", "4",
          "--admin-password-file", pw.toString()));
      if (extra.stream().noneMatch(a -> a.equals("--db") || a.equals("--data"))) {
        args.addAll(List.of("--data", folder.resolve("data").toString()));
      }
      args.addAll(extra);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WebApp app = Serve.start(args, new PrintStream(out, true, UTF_8), System.getenv("SVMI_DB_PASSWORD"));
      return new TestServer(app, folder, out.toString(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Serve.UsageException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  /** An organisation with an assessor and a viewer (usernames NAME-assessor, NAME-viewer); its id. */
  long organisation(String name) {
    long id = app.accounts().createOrganisation(name);
    app.accounts().createAccount(name + "-assessor", PASSWORD, Role.ASSESSOR, java.util.Optional.of(id));
    app.accounts().createAccount(name + "-viewer", PASSWORD, Role.VIEWER, java.util.Optional.of(id));
    return id;
  }

  @Override
  public void close() {
    app.close();
  }
}
