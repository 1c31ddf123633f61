package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.DiagnosticCode;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * An answers file names a target profile ("profile"); it is read, written back, and every plan
 * format says which profile the plan aims for (the JSON one within its schema).
 */
class ProfileReportTest {
  private static final MaturityModel MODEL = Svmi.compileOrThrow("m.svmi", """
      model "Outcomes"
      levels {
        not_achieved "Not achieved"
        achieved     "Achieved"
      }
      rules {
        dimension level = indicators
        overall level   = none
        action plan     = up to target
      }
      dimension A "Board direction" {
        indicator A-1 "A board member owns the risk." at achieved
      }
      profile baseline "Baseline" {
        target A = achieved
      }
      """);

  private static Assessment read(String json) throws AssessmentException {
    return Answers.read(MODEL, SourceText.of("answers.json", json));
  }

  @Test
  void theProfileIsRead_andWrittenBack() throws Exception {
    Assessment a = read("{\"subject\": \"Testshire\", \"profile\": \"baseline\", \"answers\": {\"A-1\": \"not_met\"}}");
    assertEquals("baseline", a.profile().orElseThrow().id());
    assertTrue(Answers.write(a).contains("\"profile\""), Answers.write(a));
    assertEquals(a, read(Answers.write(a)));
  }

  @Test
  void everyPlanFormat_saysWhichProfileItAimsFor() throws Exception {
    Evaluation e = MODEL.evaluate(read("{\"profile\": \"baseline\", \"answers\": {\"A-1\": \"not_met\"}}"));
    Report report = Report.of(e);
    for (PlanFormat format : PlanFormat.values()) {
      String plan = report.render(format);
      assertTrue(plan.contains("Baseline"), format + ":\n" + plan);
      // The indicator to meet is the plan's step (the chart shows levels only).
      assertTrue(format == PlanFormat.SVG || plan.contains("A board member owns the risk."), format + ":\n" + plan);
    }
    assertTrue(report.render(PlanFormat.TEXT).contains("Target profile:"), report.render(PlanFormat.TEXT));
    assertTrue(report.render(PlanFormat.HTML).contains("<dt>Target profile</dt><dd>Baseline</dd>"), report.render(PlanFormat.HTML));
    ObjectMapper json = new ObjectMapper();
    JsonNode plan = json.readTree(report.render(PlanFormat.JSON));
    assertEquals("baseline", plan.get("profile").get("id").asText());
    JsonNode schema = json.readTree(Files.readString(Path.of("docs/plan.schema.json")));
    List<String> problems = new ArrayList<>();
    PlanSchemaTest.validate(schema, schema, plan, "$", problems);
    assertEquals(List.of(), problems);
    Evaluation without = MODEL.evaluate(read("{\"answers\": {\"A-1\": \"met\"}}"));
    assertFalse(Report.of(without).render(PlanFormat.TEXT).contains("Target profile"));
  }

  @Test
  void anUnknownProfile_isE0417_atItsKey() {
    Executable bad = () -> read("{\"profile\": \"basline\",\n \"answers\": {\"A-1\": \"met\"}}");
    AssessmentException e = org.junit.jupiter.api.Assertions.assertThrows(AssessmentException.class, bad);
    assertEquals(DiagnosticCode.E0417, e.diagnostics().get(0).code());
    assertEquals(1, e.diagnostics().get(0).span().orElseThrow().line());
    assertTrue(e.getMessage().contains("did you mean 'baseline'?"), e.getMessage());
  }
}
