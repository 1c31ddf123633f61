package io.svmi.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and unlucky clients: slow senders, oversized bodies, malformed requests; and the
 * headers every page carries. Runs alone (no other test class at the same time), so that the
 * timings measure the slow clients, not the build's other servers.
 */
@Isolated
class SafetyTest {
  static TestServer server;
  static long org;

  @BeforeAll
  static void start() {
    server = TestServer.h2();
    org = server.organisation("Walsall");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  Socket connect() throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", server.app.port()), 2_000);
    s.setSoTimeout(5_000);
    return s;
  }

  /** Sends raw bytes, returns the response's first bytes (status line and headers at least). */
  String raw(String request) throws IOException {
    try (Socket s = connect()) {
      s.getOutputStream().write(request.getBytes(ISO_8859_1));
      s.getOutputStream().flush();
      return new String(s.getInputStream().readNBytes(4096), ISO_8859_1);
    }
  }

  @ParameterizedTest(name = "{0} slow clients")
  @ValueSource(ints = {4, 40})
  void slowClients_sendingAByteASecond_leaveOtherRequestsAnsweredWithinASecond(int slow) throws Exception {
    Browser b = new Browser(server.base());
    for (int i = 0; i < 5; i++) {
      b.get("/login");   // warm up: the pages' code compiled, the client's connection open
    }
    List<Socket> sockets = new ArrayList<>();
    ScheduledExecutorService dribble = Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < slow; i++) {
        Socket s = connect();
        sockets.add(s);
        // Half stall in the headers, half in a body they announced.
        String start = i % 2 == 0 ? "GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: "
            : "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nu";
        s.getOutputStream().write(start.getBytes(ISO_8859_1));
      }
      dribble.scheduleAtFixedRate(() -> {
        for (Socket s : sockets) {
          try {
            s.getOutputStream().write('a');
            s.getOutputStream().flush();
          } catch (IOException e) {
            // the server closed it: fine
          }
        }
      }, 0, 1, TimeUnit.SECONDS);
      long worst = 0;
      for (int i = 0; i < 8; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = b.get(i % 2 == 0 ? "/health" : "/login");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        worst = Math.max(worst, ms);
        assertEquals(200, r.statusCode());
        Thread.sleep(400);
      }
      assertTrue(worst < 1_000, "slowest answer took " + worst + " ms");
    } finally {
      dribble.shutdownNow();
      for (Socket s : sockets) {
        s.close();
      }
    }
  }

  @Test
  void anOversizedBody_isRefusedBeforeItIsSent() throws IOException {
    try (Socket s = connect()) {
      OutputStream out = s.getOutputStream();
      out.write(("POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          + "Content-Length: 50000000\r\n\r\nusername=a").getBytes(ISO_8859_1));
      out.flush();
      // Nothing more is sent: the answer must come without the 50 MB.
      String answer = new String(s.getInputStream().readNBytes(200), ISO_8859_1);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }
  }

  @Test
  void malformedRequests_get4xxPages_neverAStackTrace() throws IOException {
    List<String> requests = List.of(
        "GARBAGE\r\n\r\n",
        "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n",
        "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n"
            + "Connection: close\r\n\r\nuser=%zz&",
        "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: 10\r\n"
            + "Connection: close\r\n\r\n--zz\r\nbad\r\n",
        "GET /assessments/99999999999999999999999 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /organisations/abc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "DELETE /login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    for (String request : requests) {
      String answer = raw(request);
      String status = answer.isEmpty() ? "" : answer.substring(0, Math.min(12, answer.length()));
      assertTrue(status.matches("HTTP/1\\.1 (4\\d\\d|303)"), () -> request.substring(0, Math.min(60, request.length())) + " -> " + answer);
      assertFalse(answer.contains("Exception") || answer.contains("\tat ") || answer.contains(".java:"),
          () -> request.substring(0, Math.min(60, request.length())) + " -> " + answer);
    }
  }

  @Test
  void everyPage_carriesTheSecurityHeaders_andAssessmentDataIsNeverCached() {
    Browser b = new Browser(server.base()).signIn("Walsall-assessor", TestServer.PASSWORD);
    long id = AssessmentFlowTest.startAssessment(b, org, "Headers");
    for (String path : List.of("/login", "/health", "/organisations/" + org, "/assessments/" + id, "/no-such-page")) {
      HttpResponse<String> r = b.get(path);
      var h = r.headers();
      String csp = h.firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline") && csp.contains("default-src 'none'"), path + ": " + csp);
      assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("no-referrer", h.firstValue("Referrer-Policy").orElse(""), path);
      assertEquals("no-store", h.firstValue("Cache-Control").orElse(""), path);
      assertFalse(r.body().contains("style=") || r.body().contains("<script"), path + " has inline style or script");
    }
  }

  @Test
  void repeatedFailedSignIns_areSlowedDown_evenWithTheRightPassword() {
    server.app.accounts().createAccount("target-user", TestServer.PASSWORD, Role.VIEWER, java.util.Optional.of(org));
    Browser b = new Browser(server.base());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
      statuses.add(signIn(b, "target-user", "wrong-password-" + i).statusCode());
    }
    assertEquals(List.of(401, 401, 401, 401, 401, 429), statuses);
    HttpResponse<String> right = signIn(b, "target-user", TestServer.PASSWORD);
    assertEquals(429, right.statusCode(), "the right password must wait too");
    assertTrue(right.headers().firstValue("Retry-After").isPresent());
    assertTrue(right.body().contains("Too many failed sign-ins"));
  }

  static HttpResponse<String> signIn(Browser b, String user, String password) {
    var m = java.util.regex.Pattern.compile("name=\"login_token\" value=\"([0-9a-f]{64})\"").matcher(b.get("/login").body());
    assertTrue(m.find());
    return b.post("/login", List.of(Map.entry("login_token", m.group(1)), Map.entry("username", user),
        Map.entry("password", password)));
  }
}
