package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** History and progress: two years compared, and the admin's view of peers. */
class CompareTest {
  static TestServer server;
  static long walsall;
  static long dudley;
  static long lastYear;
  static long thisYear;
  static long dudleys;
  static Browser officer;

  /** Walsall's answers with some changed. */
  static List<Map.Entry<String, String>> walsallWith(Map<String, String> changes) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (Map.Entry<String, String> f : Walsall.fields()) {
      String question = f.getKey().startsWith("answer.") ? f.getKey().substring(7) : "";
      fields.add(changes.containsKey(question) ? Map.entry(f.getKey(), changes.get(question)) : f);
    }
    fields.add(Map.entry("action", "submit"));
    return fields;
  }

  static long submit(Browser b, long org, String title, Map<String, String> changes) {
    long id = AssessmentFlowTest.startAssessment(b, org, title);
    assertEquals(303, b.submit("/assessments/" + id, walsallWith(changes)).statusCode());
    return id;
  }

  @BeforeAll
  static void start() {
    server = TestServer.h2();
    walsall = server.organisation("Walsall Council");
    dudley = server.organisation("Dudley Council");
    officer = new Browser(server.base()).signIn("Walsall Council-assessor", TestServer.PASSWORD);
    lastYear = submit(officer, walsall, "2025", Map.of("A1", "services"));
    thisYear = submit(officer, walsall, "2026", Map.of("J1", "none"));
    Browser dudleyOfficer = new Browser(server.base()).signIn("Dudley Council-assessor", TestServer.PASSWORD);
    dudleys = submit(dudleyOfficer, dudley, "2026", Map.of("A1", "beyond"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void twoYearsCompared_showLevelChanges_completedAndNewActions_andRegressions() {
    HttpResponse<String> r = officer.get("/organisations/" + walsall + "/compare?from=" + lastYear + "&to=" + thisYear);
    assertEquals(200, r.statusCode(), r.body());
    String page = r.body();
    assertTrue(page.contains("2026 compared with 2025"), page);
    assertTrue(page.contains("<th scope=\"row\">A Policy &amp; Scope</th><td>Follower</td><td>"), page);
    assertTrue(page.contains("class=\"change-up\">Up "), "A rose");
    assertTrue(page.contains("class=\"change-down\">Down "), "J fell");
    String regressions = page.substring(page.indexOf("<h2>Regressions"), page.indexOf("Actions completed"));
    assertTrue(regressions.contains("<li>J Governance and Accountability: Follower to Incomplete"), regressions);
    String completed = page.substring(page.indexOf("Actions completed"), page.indexOf("New actions"));
    assertTrue(completed.contains("<li>A1 (to reach"), completed);
    String added = page.substring(page.indexOf("New actions"));
    assertTrue(added.contains("<li>J1 (to reach Follower)"), added);
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void anotherOrganisationsAssessment_cannotBeCompared() {
    Browser dudleyOfficer = new Browser(server.base()).signIn("Dudley Council-assessor", TestServer.PASSWORD);
    assertEquals(404, dudleyOfficer.get("/organisations/" + walsall + "/compare?from=" + lastYear + "&to=" + thisYear)
        .statusCode());
    assertEquals(404, officer.get("/organisations/" + walsall + "/compare?from=" + lastYear + "&to=" + dudleys)
        .statusCode(), "an assessment of another organisation, under this organisation's address");
    assertEquals(400, officer.get("/organisations/" + walsall + "/compare?from=x&to=" + thisYear).statusCode());
  }

  @Test
  void thePeersView_countsEachOrganisationsLatestAssessment_andMarksTheChosenOne() {
    Browser admin = new Browser(server.base()).signIn("admin", TestServer.ADMIN_PASSWORD);
    HttpResponse<String> r = admin.get("/admin/peers?model=Social+Value+Maturity+Index&organisation=" + walsall);
    assertEquals(200, r.statusCode(), r.body());
    String page = r.body();
    assertTrue(page.contains("each of 2 organisations"), page);
    // A: Walsall's latest (2026) is at Leader on A1; Dudley went beyond. The row counts both.
    String rowA = page.substring(page.indexOf("<th scope=\"row\">A Policy"), page.indexOf("</tr>", page.indexOf("<th scope=\"row\">A Policy")));
    java.util.regex.Matcher counts = java.util.regex.Pattern.compile("<td>(\\d+)").matcher(rowA);
    int sum = 0;
    while (counts.find()) {
      sum += Integer.parseInt(counts.group(1));
    }
    assertEquals(2, sum, rowA);
    assertTrue(page.contains("(Walsall Council)</strong>"), page);
    assertEquals(403, officer.get("/admin/peers").statusCode());
  }
}
