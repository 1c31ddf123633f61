package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The load test behind docs/performance.md ("The web application"): simulated officers on
 * loopback, each signed in, saving Walsall's answers with a new evidence note again and again and
 * submitting every tenth save, for a bounded time. It counts errors (any answer but the expected
 * redirect), checks that the database holds exactly one save_log row per acknowledged change, and
 * prints the 50th and 99th percentile of the saves' and submits' latency. Not part of the build's
 * tests (its name does not end in Test): bench/web-load.sh runs it.
 */
class WebLoadBench {
  static final int OFFICERS = Integer.getInteger("svmi.load.officers", 20);
  static final int SECONDS = Integer.getInteger("svmi.load.seconds", 60);

  @Test
  void officersSavingAndSubmitting_loseNothing_andGetNoErrors() throws Exception {
    List<String> extra = new ArrayList<>();
    Postgres pg = null;
    if ("postgres".equals(System.getProperty("svmi.load.db"))) {
      pg = Postgres.create();
      extra.addAll(List.of("--db", pg.url));
    }
    try (TestServer server = TestServer.start(extra)) {
      int organisations = Math.max(1, OFFICERS / 5);
      for (int o = 0; o < organisations; o++) {
        server.organisation("Council " + o);
      }
      for (int i = 0; i < OFFICERS; i++) {
        server.app.accounts().createAccount("officer" + i, TestServer.PASSWORD, Role.ASSESSOR,
            java.util.Optional.of((long) (i % organisations) + 1));
      }
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicLong acknowledged = new AtomicLong();
      AtomicLong errors = new AtomicLong();
      long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
      ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < OFFICERS; i++) {
        int officer = i;
        running.add(pool.submit(() -> {
          Browser b = new Browser(server.base()).signIn("officer" + officer, TestServer.PASSWORD);
          long org = (officer % organisations) + 1;
          long id = AssessmentFlowTest.startAssessment(b, org, "Load " + officer);
          acknowledged.incrementAndGet();
          for (int k = 1; System.nanoTime() < deadline; k++) {
            boolean submit = k % 10 == 0;
            List<Map.Entry<String, String>> fields = new ArrayList<>(Walsall.fields());
            fields.add(Map.entry("note.A1", "officer " + officer + " save " + k));
            fields.add(Map.entry("action", submit ? "submit" : "save"));
            long t0 = System.nanoTime();
            HttpResponse<String> r;
            try {
              r = b.submit("/assessments/" + id, fields);
            } catch (RuntimeException e) {
              errors.incrementAndGet();
              continue;
            }
            latencies.add(System.nanoTime() - t0);
            if (r.statusCode() != 303) {
              errors.incrementAndGet();
              continue;
            }
            acknowledged.incrementAndGet();
            if (submit) {
              b.get("/organisations/" + org);
              id = AssessmentFlowTest.startAssessment(b, org, "Load " + officer + " " + k);
              acknowledged.incrementAndGet();
            } else {
              b.get("/assessments/" + id);   // the page the browser is sent back to
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      pool.shutdown();
      long rows = new Assessments(dbOf(server)).saveCount();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      String report = String.format("officers %d, seconds %d, database %s%nchanges acknowledged %d, save_log rows %d, errors %d%n"
          + "saves and submits %d (%.0f a second), p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          OFFICERS, SECONDS, pg == null ? "H2" : "PostgreSQL", acknowledged.get(), rows, errors.get(), sorted.size(),
          sorted.size() / (double) SECONDS, percentile(sorted, 50), percentile(sorted, 99),
          sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
      System.out.print(report);
      Files.createDirectories(Path.of("examples/web/target"));
      Files.writeString(Path.of("examples/web/target/web-load.txt"), report, UTF_8);
      assertEquals(0, errors.get(), "errors");
      assertEquals(acknowledged.get(), rows, "every acknowledged change is a row, and no row is unacknowledged");
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  private static Database dbOf(TestServer server) {
    return server.app.database();
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
