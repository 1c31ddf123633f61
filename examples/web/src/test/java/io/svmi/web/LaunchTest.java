package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up from the command line, and what a request that fails unexpectedly gets. */
class LaunchTest {
  @TempDir Path dir;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  Optional<WebForm> launch(String... args) {
    return WebForm.launch(List.of(args), new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
  }

  @Test
  void theBundledModel_onAFreePort_printsWhereItListens() throws Exception {
    WebForm form = launch("--port", "0").orElseThrow();
    try {
      assertEquals("svmi web form: http://localhost:" + form.port() + "/\n", out.toString(UTF_8));
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + form.port() + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(page.body().contains("<title>Social Value Maturity Index</title>"));
    } finally {
      form.stop();
    }
  }

  @Test
  void aModelWithErrors_isRenderedAndNothingStarts() throws Exception {
    Path broken = dir.resolve("broken.svmi");
    Files.writeString(broken, "model \"x\"\nlevels {\n  low \"Low\"\n}\nto\n", UTF_8);
    assertTrue(launch("--model", broken.toString(), "--port", "0").isEmpty());
    assertTrue(err.toString(UTF_8).startsWith("error[E0101]"), err::toString);
    assertTrue(err.toString(UTF_8).contains(broken + ":5:1"), err::toString);
    assertEquals("", out.toString(UTF_8));
  }

  @Test
  void aWrongArgument_printsTheUsage() {
    assertTrue(launch("--port", "http").isEmpty());
    assertEquals("svmi-web: unexpected argument '--port'\n"
        + "usage: java -jar svmi-web.jar [--model FILE] [--port N]\n", err.toString(UTF_8));
    assertTrue(launch("--port", "70000").isEmpty());
    assertTrue(launch("--model").isEmpty());
  }

  @Test
  void anUnexpectedException_isA500WithAGenericPage_neverTheTrace() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);
    server.createContext("/", WebForm.guarded(exchange -> {
      throw new IllegalStateException("secret detail");
    }));
    server.start();
    try {
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + server.getAddress().getPort() + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(500, page.statusCode());
      assertTrue(page.body().contains("Something went wrong"));
      assertFalse(page.body().contains("secret") || page.body().contains("Exception"), page::body);
    } finally {
      server.stop(0);
    }
  }
}
