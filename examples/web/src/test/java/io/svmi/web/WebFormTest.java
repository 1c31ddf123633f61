package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Diagnostic;
import io.svmi.DiagnosticCode;
import io.svmi.Dimension;
import io.svmi.Evaluation;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Option;
import io.svmi.Question;
import io.svmi.dsl.Svmi;
import io.svmi.report.Report;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web form driven over HTTP, as a browser would, against the bundled SVMI model. */
class WebFormTest {
  /** Tests run in the repository's root (see the module's pom). */
  static final Path MODEL = Path.of("examples/models/svmi.svmi");
  static final Path WALSALL = Path.of("examples/assessments/walsall.json");
  static final String FORM = "application/x-www-form-urlencoded";

  static MaturityModel model;
  static WebForm server;
  static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    model = Svmi.compileOrThrow(MODEL);
    server = WebForm.start(model, 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static URI uri(WebForm form, String path) {
    return URI.create("http://localhost:" + form.port() + path);
  }

  static HttpResponse<String> get(WebForm form, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(form, path)).GET().build(), BodyHandlers.ofString(UTF_8));
  }

  static HttpResponse<String> post(WebForm form, String body, String contentType) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri(form, "/plan"))
        .header("Content-Type", contentType)
        .POST(BodyPublishers.ofString(body, UTF_8))
        .build();
    return client.send(request, BodyHandlers.ofString(UTF_8));
  }

  static String encode(List<Map.Entry<String, String>> fields) {
    List<String> pairs = new ArrayList<>();
    fields.forEach(f -> pairs.add(URLEncoder.encode(f.getKey(), UTF_8) + "=" + URLEncoder.encode(f.getValue(), UTF_8)));
    return String.join("&", pairs);
  }

  /** Walsall's answers file as the form's fields: subject, q.&lt;question&gt;, t.&lt;dimension&gt;. */
  static List<Map.Entry<String, String>> walsallFields() throws IOException {
    JsonNode json = new ObjectMapper().readTree(WALSALL.toFile());
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("subject", json.get("subject").asText()));
    json.get("answers").properties().forEach(e -> fields.add(Map.entry("q." + e.getKey(), e.getValue().asText())));
    json.get("targets").properties().forEach(e -> fields.add(Map.entry("t." + e.getKey(), e.getValue().asText())));
    fields.add(Map.entry("overall", ""));
    return fields;
  }

  static Evaluation walsallEvaluation() throws IOException, AssessmentException {
    Assessment.Builder builder = model.assessment();
    for (Map.Entry<String, String> f : walsallFields()) {
      String name = f.getKey();
      if (name.equals("subject")) {
        builder.subject(f.getValue());
      } else if (name.startsWith("q.")) {
        builder.answer(name.substring(2), f.getValue());
      } else if (name.startsWith("t.")) {
        builder.target(name.substring(2), f.getValue());
      }
    }
    return model.evaluate(builder.build());
  }

  /** The message of the diagnostic with this code that the builder itself reports. */
  static String message(Assessment.Builder builder, DiagnosticCode code) {
    try {
      builder.build();
      throw new AssertionError("the assessment builds");
    } catch (AssessmentException e) {
      Diagnostic d = e.diagnostics().stream().filter(x -> x.code() == code).findFirst().orElseThrow();
      return FormPage.escape(FormPage.messages(List.of(d)).get(0));
    }
  }

  @Test
  void form_listsEveryDimensionQuestionOptionAndLevelOfTheModel() throws Exception {
    HttpResponse<String> page = get(server, "/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    String html = page.body();
    int options = 0;
    for (Dimension d : model.dimensions().values()) {
      assertTrue(html.contains("<legend>" + FormPage.escape(d.id() + " " + d.name()) + "</legend>"), d.id());
      assertTrue(html.contains("<select name=\"t." + d.id() + "\">\n<option value=\"\">none</option>\n"), d.id());
      for (Question q : d.questions().values()) {
        assertTrue(html.contains("<p>" + FormPage.escape(q.id() + " " + q.text()) + "</p>"), q.id());
        for (Option o : q.options().values()) {
          assertTrue(html.contains("<label><input type=\"radio\" name=\"q." + q.id() + "\" value=\"" + o.id()
              + "\" required> " + FormPage.escape(o.text()) + "</label>"), q.id() + " " + o.id());
          options++;
        }
      }
    }
    for (Level level : model.scale().levels()) {
      assertTrue(html.contains("<option value=\"" + level.id() + "\">" + level.name() + "</option>"), level.id());
    }
    assertTrue(html.contains("<select name=\"overall\">"));
    assertTrue(html.contains("<input name=\"subject\" value=\"\">"));
    assertEquals(options, html.split("type=\"radio\"", -1).length - 1, "one radio button per option, no more");
    assertFalse(html.contains("<script"), "the page works without JavaScript");
  }

  @Test
  void walsallsAnswers_giveWalsallsLevelsAndEveryActionOfItsPlan_inOrder() throws Exception {
    Evaluation expected = walsallEvaluation();
    HttpResponse<String> page = post(server, encode(walsallFields()), FORM);
    assertEquals(200, page.statusCode(), page::body);
    String html = page.body();
    // The page shows svmi-report's HTML report of the evaluation, whole, above the form.
    StringBuilder report = new StringBuilder();
    Report.of(expected).writeHtmlFragment(report);
    int at = html.indexOf(report.toString());
    assertTrue(at > 0, html);
    assertTrue(html.contains("<dt>Organisation</dt><dd>Walsall Council</dd>"), html);
    assertEquals("Follower", expected.present().orElseThrow().name());
    assertEquals("Mature", expected.target().orElseThrow().name());
    int sentences = 0;
    for (Action action : expected.plan().actions()) {
      if (action.hasText()) {
        int next = html.indexOf("<p>" + FormPage.escape(action.text()) + "</p>", at);
        assertTrue(next > at, () -> "missing: " + action);
        sentences++;
      }
    }
    assertTrue(sentences > 20, "sentences: " + sentences);
    assertTrue(at < html.indexOf("<h2>Change the answers</h2>"));
    // The form below is filled with what was posted.
    assertTrue(html.contains("name=\"q.A1\" value=\"works\" checked required>"));
    assertTrue(html.contains("<option value=\"leader\" selected>Leader</option>"));
    assertTrue(html.contains("<input name=\"subject\" value=\"Walsall Council\">"));
  }

  @Test
  void anUnknownOption_is400_withTheBuildersE0402Message_andTheFormRefilled() throws Exception {
    List<Map.Entry<String, String>> fields = walsallFields();
    fields.set(1, Map.entry("q.A1", "wroks"));
    HttpResponse<String> page = post(server, encode(fields), FORM);
    assertEquals(400, page.statusCode());
    String expected = message(model.assessment().answer("A1", "wroks"), DiagnosticCode.E0402);
    assertTrue(expected.contains("no option &#39;wroks&#39;"), expected);
    assertTrue(page.body().contains("<li>" + expected + "</li>"), page::body);
    assertTrue(page.body().contains("name=\"q.A2\" value=\"standard\" checked required>"));
    assertFalse(page.body().contains("Exception"));
  }

  @Test
  void missingAnswers_andUnknownIds_areEachListed() throws Exception {
    HttpResponse<String> page = post(server, "q.A1=works&t.Z=leader&overall=leadr", FORM);
    assertEquals(400, page.statusCode());
    Assessment.Builder same = model.assessment().answer("A1", "works").target("Z", "leader").overallTarget("leadr");
    for (DiagnosticCode code : List.of(DiagnosticCode.E0403, DiagnosticCode.E0404, DiagnosticCode.E0405)) {
      assertTrue(page.body().contains("<li>" + message(same, code) + "</li>"), code::name);
    }
  }

  @Test
  void fieldsTheFormDoesNotHave_andMalformedEncoding_are400() throws Exception {
    HttpResponse<String> unknown = post(server, "subject=a&colour=red&subject=b", FORM);
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("<li>the form has no field &#39;colour&#39;</li>"), unknown::body);
    assertTrue(unknown.body().contains("<li>the subject is given 2 times</li>"), unknown::body);

    HttpResponse<String> many = post(server, "x&".repeat(1000), FORM);
    assertEquals(400, many.statusCode());
    assertEquals(FormBody.MAX_PROBLEMS + 1, many.body().split("<li>", -1).length - 1, "listed, then counted");
    assertTrue(many.body().contains("<li>and 950 more problems like these</li>"), many::body);

    HttpResponse<String> malformed = post(server, "subject=%zz", FORM);
    assertEquals(400, malformed.statusCode());
    assertTrue(malformed.body().contains("not well-formed URL encoding"));
  }

  @Test
  void aBodyOverTheLimit_is413() throws Exception {
    HttpResponse<String> page = post(server, "subject=" + "x".repeat(WebForm.MAX_BODY), FORM);
    assertEquals(413, page.statusCode());
    assertTrue(page.body().contains("larger than 64 KiB"));
    // Just under the limit is read (and fails for its missing answers, not its size).
    assertEquals(400, post(server, "subject=" + "x".repeat(WebForm.MAX_BODY - 8), FORM).statusCode());
  }

  @Test
  void wrongMethods_wrongContentType_andOtherPaths_are4xx() throws Exception {
    HttpResponse<String> getPlan = get(server, "/plan");
    assertEquals(405, getPlan.statusCode());
    assertEquals("POST", getPlan.headers().firstValue("Allow").orElseThrow());

    HttpRequest postIndex = HttpRequest.newBuilder(uri(server, "/")).POST(BodyPublishers.ofString("")).build();
    HttpResponse<String> index = client.send(postIndex, BodyHandlers.ofString());
    assertEquals(405, index.statusCode());
    assertEquals("GET, HEAD", index.headers().firstValue("Allow").orElseThrow());
    HttpRequest headIndex = HttpRequest.newBuilder(uri(server, "/")).method("HEAD", BodyPublishers.noBody()).build();
    HttpResponse<String> head = client.send(headIndex, BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());

    HttpResponse<String> json = post(server, "{\"answers\": {}}", "application/json");
    assertEquals(415, json.statusCode());
    assertTrue(json.body().contains("not as application/json"));
    assertEquals(200, post(server, encode(walsallFields()), FORM + "; charset=UTF-8").statusCode());

    assertEquals(404, get(server, "/admin").statusCode());
    assertEquals(404, get(server, "/plans").statusCode());
  }

  @Test
  void concurrentPosts_giveTheSamePageAsOne() throws Exception {
    String body = encode(walsallFields());
    String one = post(server, body, FORM).body();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> pages = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        pages.add(pool.submit(() -> post(server, body, FORM)));
      }
      for (Future<HttpResponse<String>> page : pages) {
        assertEquals(200, page.get().statusCode());
        assertEquals(one, page.get().body());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everyTextFromTheModelAndTheRequest_isEscaped() throws Exception {
    MaturityModel hostile = Svmi.compileOrThrow("hostile.svmi", """
        model "<script>alert('model')</script> & Co"
        levels {
          low  "Low <b>"
          high "High & \\"mighty\\""
        }
        dimension D "<script>alert(1)</script> Delivery" {
          question D1 "Do you <i>deliver</i> & invoice?" {
            option no  "<script>no</script>" -> low
            option yes "Yes & \\"always\\"" -> high
            to high "Plan <every> delivery & <script>alert(2)</script>."
          }
        }
        """);
    WebForm form = WebForm.start(hostile, 0);
    try {
      String index = get(form, "/").body();
      String plan = post(form, "subject=%3Cscript%3Ex%3C%2Fscript%3E&q.D1=no&t.D=high", FORM).body();
      for (String html : List.of(index, plan)) {
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>") || html.contains("<i>") || html.contains("<every>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Delivery"), html);
        assertTrue(html.contains("Yes &amp; &quot;always&quot;"), html);
        assertTrue(html.contains("High &amp; &quot;mighty&quot;"), html);
      }
      assertTrue(index.contains("<title>&lt;script&gt;alert(&#39;model&#39;)&lt;/script&gt; &amp; Co</title>"));
      assertTrue(plan.contains("<p>Plan &lt;every&gt; delivery &amp; &lt;script&gt;alert(2)&lt;/script&gt;.</p>"), plan);
      assertTrue(plan.contains("<dd>&lt;script&gt;x&lt;/script&gt;</dd>"), plan);
      assertTrue(plan.contains("value=\"&lt;script&gt;x&lt;/script&gt;\""), plan);
    } finally {
      form.stop();
    }
  }
}
