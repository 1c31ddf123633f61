package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an officer does, over HTTP: start an assessment, save a draft, resume it, submit it. */
class AssessmentFlowTest {
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

  static long startAssessment(Browser b, long organisation, String title) {
    HttpResponse<String> page = b.get("/organisations/" + organisation);
    Matcher svmi = Pattern.compile("<option value=\"([0-9a-f]{64})\"[^>]*>Social Value Maturity Index").matcher(page.body());
    assertTrue(svmi.find(), page.body());
    HttpResponse<String> r = b.submit("/organisations/" + organisation + "/assessments",
        List.of(Map.entry("title", title), Map.entry("model", svmi.group(1))));
    assertEquals(303, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(location.matches("/assessments/\\d+"), location);
    return Long.parseLong(location.substring("/assessments/".length()));
  }

  @Test
  void anAssessor_savesADraft_resumesIt_andSubmitsIt() {
    Browser b = new Browser(server.base()).signIn("Walsall-assessor", TestServer.PASSWORD);
    long id = startAssessment(b, org, "2026 self-assessment");
    HttpResponse<String> empty = b.get("/assessments/" + id);
    assertTrue(empty.body().contains("0 of 29 answered"), empty.body());

    List<Map.Entry<String, String>> half = new ArrayList<>(Walsall.fields().subList(0, 12));
    half.add(Map.entry("note.A1", "Minutes of the board, <b>May</b>"));
    half.add(Map.entry("action", "save"));
    HttpResponse<String> saved = b.submit("/assessments/" + id, half);
    assertEquals(303, saved.statusCode(), saved.body());

    HttpResponse<String> resumed = b.get(saved.headers().firstValue("Location").orElseThrow());
    assertTrue(resumed.body().contains("12 of 29 answered"), resumed.body());
    assertTrue(resumed.body().contains("Draft saved (revision 2)"), resumed.body());
    assertTrue(resumed.body().contains("Minutes of the board, &lt;b&gt;May&lt;/b&gt;"), "the note is kept, escaped");
    assertTrue(resumed.body().contains("value=\"works\" checked"), "A1's answer is kept");

    List<Map.Entry<String, String>> incomplete = new ArrayList<>(Walsall.fields().subList(0, 27));
    incomplete.add(Map.entry("action", "submit"));
    HttpResponse<String> refused = b.submit("/assessments/" + id, incomplete);
    assertEquals(422, refused.statusCode());
    assertTrue(refused.body().contains("There is a problem"), refused.body());
    assertTrue(refused.body().contains("href=\"#answer-J1-"), "the summary links to the unanswered question");
    assertTrue(refused.body().contains("27 of 29 answered"), "what was typed is kept");
    assertFalse(refused.body().contains("Minutes of the board"), "the note was not sent again, so it is gone");

    List<Map.Entry<String, String>> all = new ArrayList<>(Walsall.fields());
    all.add(Map.entry("action", "submit"));
    HttpResponse<String> submitted = b.submit("/assessments/" + id, all);
    assertEquals(303, submitted.statusCode(), submitted.body());
    assertEquals("/assessments/" + id + "/report", submitted.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> again = b.submit("/assessments/" + id, all);
    assertEquals(409, again.statusCode(), "a submitted assessment no longer changes");
  }

  @Test
  void aFormWithAnIdThePageNeverOffers_isABadRequest_notAStackTrace() {
    Browser b = new Browser(server.base()).signIn("Walsall-assessor", TestServer.PASSWORD);
    long id = startAssessment(b, org, "Bad form");
    for (Map.Entry<String, String> bad : List.of(Map.entry("answer.Z9", "x"), Map.entry("answer.A1", "nope"),
        Map.entry("target.A", "legend"), Map.entry("surprise", "1"))) {
      HttpResponse<String> r = b.submit("/assessments/" + id, List.of(bad, Map.entry("action", "save")));
      assertEquals(400, r.statusCode(), bad.toString());
      assertFalse(r.body().contains("Exception"), r.body());
    }
  }
}
