package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.Assessment;
import io.svmi.MaturityModel;
import io.svmi.dsl.Svmi;
import io.svmi.report.Answers;
import io.svmi.report.PlanFormat;
import io.svmi.report.Report;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walsall's answers, submitted through the form, give the plan that {@code ./svmi plan} prints
 * (its golden file), and the downloads are svmi-report's renderings; an answers file imported is
 * the same assessment.
 */
class ReportTest {
  static final Path GOLDEN_TEXT = Path.of("report/src/test/resources/golden/walsall-plan.txt");
  static TestServer server;
  static long org;
  static long submitted;
  static Browser officer;

  @BeforeAll
  static void start() {
    server = TestServer.h2();
    org = server.organisation("Walsall Council");
    officer = new Browser(server.base()).signIn("Walsall Council-assessor", TestServer.PASSWORD);
    submitted = submitWalsall(officer, org, "2026");
  }

  static long submitWalsall(Browser b, long organisation, String title) {
    long id = AssessmentFlowTest.startAssessment(b, organisation, title);
    List<Map.Entry<String, String>> all = new ArrayList<>(Walsall.fields());
    all.add(Map.entry("action", "submit"));
    assertEquals(303, b.submit("/assessments/" + id, all).statusCode());
    return id;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Assessment walsallFile() throws Exception {
    MaturityModel model = Svmi.compileOrThrow(Path.of("examples/models/svmi.svmi"));
    return Answers.read(model, Walsall.FILE);
  }

  @Test
  void thePlan_isTheOneSvmiPlanPrints() throws IOException {
    HttpResponse<String> text = officer.get("/assessments/" + submitted + "/plan.txt");
    assertEquals(200, text.statusCode());
    assertEquals(Files.readString(GOLDEN_TEXT, UTF_8), text.body());
    assertTrue(text.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
  }

  @Test
  void theDownloads_areSvmiReportsRenderings() throws Exception {
    Report expected = Report.of(walsallFile().model().evaluate(walsallFile()));
    assertEquals(expected.render(PlanFormat.MARKDOWN), officer.get("/assessments/" + submitted + "/plan.md").body());
    assertEquals(expected.render(PlanFormat.JSON), officer.get("/assessments/" + submitted + "/plan.json").body());
    String answers = officer.get("/assessments/" + submitted + "/answers.json").body();
    MaturityModel model = walsallFile().model();
    assertEquals(walsallFile(), Answers.read(model, "download", new java.io.StringReader(answers)));
  }

  @Test
  void theReportPage_showsSvmiReportsHtml_andLinksEveryDownload() throws Exception {
    HttpResponse<String> page = officer.get("/assessments/" + submitted + "/report");
    assertEquals(200, page.statusCode());
    StringBuilder fragment = new StringBuilder();
    Report.of(walsallFile().model().evaluate(walsallFile())).writeHtmlFragment(fragment);
    assertTrue(page.body().contains(fragment.toString()), page.body());
    for (String download : List.of("answers.json", "plan.json", "plan.md", "plan.txt")) {
      assertTrue(page.body().contains("/assessments/" + submitted + "/" + download), download);
    }
    assertEquals(409, officer.get("/assessments/" + AssessmentFlowTest.startAssessment(officer, org, "Draft") + "/report")
        .statusCode(), "a draft has no results yet");
  }

  @Test
  void importingAnAnswersFile_createsTheSameAssessment_andABadFileIsListedFieldByField() throws Exception {
    String model = AuthorisationTest.modelShaOf(officer, org);
    HttpResponse<String> r = upload(officer, org, model, Files.readAllBytes(Walsall.FILE));
    assertEquals(303, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(officer.get(location).body().contains("29 of 29 answered"));

    HttpResponse<String> bad = upload(officer, org, model,
        "{\"answers\": {\"A1\": \"workz\"}, \"targets\": {\"A\": \"leadr\"}}".getBytes(UTF_8));
    assertEquals(422, bad.statusCode());
    assertTrue(bad.body().contains("There is a problem"), bad.body());
    assertTrue(bad.body().contains("href=\"#import-file\""), bad.body());
    assertTrue(bad.body().contains("line 1 column"), bad.body());
  }

  static HttpResponse<String> upload(Browser b, long organisation, String model, byte[] file) {
    String boundary = "----svmi" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n")
        .append(b.csrf).append("\r\n");
    head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\n")
        .append(model).append("\r\n");
    head.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"answers.json\"\r\n")
        .append("Content-Type: application/json\r\n\r\n");
    byte[] start = head.toString().getBytes(UTF_8);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(UTF_8);
    byte[] body = new byte[start.length + file.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(file, 0, body, start.length, file.length);
    System.arraycopy(end, 0, body, start.length + file.length, end.length);
    return b.send(HttpRequest.newBuilder(URI.create(b.base + "/organisations/" + organisation + "/import"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }
}
