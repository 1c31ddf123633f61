package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.svmi.MaturityModel;
import io.svmi.Question;
import io.svmi.dsl.Svmi;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A model whose outcomes are graded by indicators (the CAF-shaped caf.svmi, offered with --models):
 * the form offers each indicator's two answers, met and not met, and a submitted assessment has
 * its plan, with no overall grade.
 */
class IndicatorModelWebTest {
  @Test
  void indicators_areAnsweredInTheForm_andTheAssessmentHasItsPlan() throws Exception {
    Path models = Files.createTempDirectory("svmi-caf");
    Files.copy(Path.of("examples/models/caf.svmi"), models.resolve("caf.svmi"));
    MaturityModel caf = Svmi.compileOrThrow(Path.of("examples/models/caf.svmi"));
    try (TestServer server = TestServer.start(List.of("--models", models.toString()))) {
      long org = server.organisation("Operator");
      Browser b = new Browser(server.base()).signIn("Operator-assessor", TestServer.PASSWORD);
      Matcher option = Pattern.compile("<option value=\"([0-9a-f]{64})\"[^>]*>Cyber Assessment Framework")
          .matcher(b.get("/organisations/" + org).body());
      assertTrue(option.find(), "the CAF model is offered");
      HttpResponse<String> created = b.submit("/organisations/" + org + "/assessments",
          List.of(Map.entry("title", "2026"), Map.entry("model", option.group(1))));
      assertEquals(303, created.statusCode(), created.body());
      String location = created.headers().firstValue("Location").orElseThrow();

      String form = b.get(location).body();
      assertTrue(form.contains("A board member owns the risk to the essential function and reports on it."), form);
      assertTrue(form.contains("Not met"), form);

      List<Map.Entry<String, String>> fields = new ArrayList<>();
      for (Question q : caf.questions().values()) {
        // Every statement met: the not-achieved ones hold, so every outcome is Not achieved.
        fields.add(Map.entry("answer." + q.id(), Question.MET));
      }
      fields.add(Map.entry("target.A1a", "achieved"));
      fields.add(Map.entry("action", "submit"));
      assertEquals(303, b.submit(location, fields).statusCode());
      String plan = b.get(location + "/plan.txt").body();
      assertTrue(plan.contains("A1.a Board Direction: Not achieved -> Achieved"), plan);
      assertTrue(plan.contains("Put the security of the essential function on the board's agenda"), plan);
      assertTrue(!plan.contains("Present Performance"), plan);
      assertTrue(Files.readString(models.resolve("caf.svmi"), UTF_8).contains("indicator A1a-n1"));
    }
  }
}
