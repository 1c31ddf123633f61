package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A server killed with {@code kill -9} while officers are saving loses nothing it acknowledged: the
 * server runs as its own process on the embedded database, four clients save drafts as fast as
 * they can, the process is killed, and the database, opened again, holds every acknowledged save
 * with the contents that save sent.
 */
class CrashTest {
  record Ack(long assessment, int revision, String note) {}

  /** Saves each client must have had acknowledged before the kill. */
  static final int ACKS_PER_CLIENT = 10;

  /** True once each of the assessments has at least {@code n} acknowledged saves in {@code acks}. */
  static boolean everyClientAcked(List<Ack> acks, java.util.Collection<Long> assessments, int n) {
    Map<Long, Integer> count = new java.util.HashMap<>();
    synchronized (acks) {   // the mutex of a Collections.synchronizedList
      for (Ack ack : acks) {
        count.merge(ack.assessment(), 1, Integer::sum);
      }
    }
    return !assessments.isEmpty() && assessments.stream().allMatch(a -> count.getOrDefault(a, 0) >= n);
  }

  @Test
  void killMinus9_inTheMiddleOfSaves_losesNothingAcknowledged() throws Exception {
    Path folder = Files.createTempDirectory("svmi-crash");
    Path data = folder.resolve("data");
    Path pw = folder.resolve("pw");
    Files.writeString(pw, TestServer.ADMIN_PASSWORD, UTF_8);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "io.svmi.web.Serve",
        "--port", "0", "--data", data.toString(), "--admin-password-file", pw.toString(), "--bcrypt-cost", "4")
        .redirectErrorStream(true).start();
    List<Ack> acks = new ArrayList<>();
    Map<Integer, Long> assessmentOf = new ConcurrentHashMap<>();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8));
      String base = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher m = Pattern.compile("svmi serve: (http://127\\.0\\.0\\.1:\\d+)/").matcher(line);
        if (m.find()) {
          base = m.group(1);
          break;
        }
      }
      assertTrue(base != null, "the server printed its address");
      Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
      drain.setDaemon(true);
      drain.start();

      Browser admin = new Browser(base).signIn("admin", TestServer.ADMIN_PASSWORD);
      admin.get("/admin");
      assertEquals(200, admin.submit("/admin/organisations", List.of(Map.entry("name", "Walsall"))).statusCode());
      assertEquals(200, admin.submit("/admin/accounts", List.of(Map.entry("username", "officer"),
          Map.entry("password", TestServer.PASSWORD), Map.entry("role", "assessor"), Map.entry("organisation", "1")))
          .statusCode());

      int clients = 4;
      List<Ack> acked = java.util.Collections.synchronizedList(acks);
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      for (int c = 0; c < clients; c++) {
        int client = c;
        String at = base;
        Browser b = new Browser(at).signIn("officer", TestServer.PASSWORD);
        assessmentOf.put(client, AssessmentFlowTest.startAssessment(b, 1, "Client " + client));
        pool.submit(() -> {
          for (int k = 0; running.get(); k++) {
            String note = "client " + client + " save " + k;
            List<Map.Entry<String, String>> fields = new ArrayList<>(Walsall.fields());
            fields.add(Map.entry("note.A1", note));
            fields.add(Map.entry("action", "save"));
            try {
              HttpResponse<String> r = b.submit("/assessments/" + assessmentOf.get(client), fields);
              if (r.statusCode() == 303) {
                String location = r.headers().firstValue("Location").orElseThrow();
                int revision = Integer.parseInt(location.substring(location.indexOf("saved=") + 6));
                acked.add(new Ack(assessmentOf.get(client), revision, note));
              }
            } catch (RuntimeException e) {
              return;   // the server is gone
            }
          }
        });
      }
      // Kill once every client has had saves acknowledged (the clients keep saving, so the kill
      // still lands in the middle of saves): waiting on that, not on a fixed time, keeps the test
      // as strong on a loaded machine and short on an idle one.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!everyClientAcked(acked, assessmentOf.values(), ACKS_PER_CLIENT) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      server.destroyForcibly();   // SIGKILL: no shutdown hook, no flush
      server.waitFor(10, TimeUnit.SECONDS);
      running.set(false);
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    } finally {
      server.destroyForcibly();
    }

    assertTrue(everyClientAcked(acks, assessmentOf.values(), ACKS_PER_CLIENT),
        "each of the 4 clients had " + ACKS_PER_CLIENT + " saves acknowledged before the kill: " + acks.size() + " in all");
    try (Database db = Database.open(Database.h2Url(data), null, null)) {
      for (Ack ack : acks) {
        int logged = db.inTransaction(c -> Sql.list(c,
            "SELECT revision FROM save_log WHERE assessment_id = ? AND revision = ?", r -> r.getInt(1),
            ack.assessment(), ack.revision())).size();
        assertEquals(1, logged, "acknowledged save " + ack + " is in the log");
      }
      Map<Long, Ack> last = new java.util.HashMap<>();
      for (Ack ack : acks) {
        last.merge(ack.assessment(), ack, (a, b) -> a.revision() >= b.revision() ? a : b);
      }
      for (Ack ack : last.values()) {
        int revision = db.inTransaction(c -> Sql.one(c, "SELECT revision FROM assessment WHERE id = ?",
            r -> r.getInt(1), ack.assessment()).orElseThrow());
        String note = db.inTransaction(c -> Sql.one(c,
            "SELECT note FROM answer WHERE assessment_id = ? AND question_id = 'A1'", r -> r.getString(1),
            ack.assessment()).orElseThrow());
        assertTrue(revision >= ack.revision());
        if (revision == ack.revision()) {
          assertEquals(ack.note(), note, "the last acknowledged save's contents");
        }
      }
    }
  }
}
