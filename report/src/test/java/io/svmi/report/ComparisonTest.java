package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.svmi.Action;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Two evaluations compared: deltas, regressions, actions, and models that changed between them. */
class ComparisonTest {
  private static final String MODEL = """
      model "Mini" version "1"
      levels {
        low  "Low"
        mid  "Mid"
        high "High"
      }
      dimension A "Alpha" {
        question A1 "First?" {
          option no  "No"  -> low
          option yes "Yes" -> mid
          option all "All" -> high
          to mid  "Start A1."
          to high "Finish A1."
        }
      }
      dimension B "Beta" {
        question B1 "Second?" {
          option no  "No"  -> low
          option yes "Yes" -> high
          to mid  "Start B1."
          to high "Finish B1."
        }
      }
      """;

  private static Evaluation evaluate(String model, String answers) throws Exception {
    MaturityModel m = Svmi.compileOrThrow("mini.svmi", model);
    return m.evaluate(Answers.read(m, SourceText.of("answers.json", answers)));
  }

  @Test
  void sameModel_countsRanks_marksRegressions_andSortsTheActions() throws Exception {
    Evaluation before = evaluate(MODEL, "{\"subject\": \"Team\", \"answers\": {\"A1\": \"no\", \"B1\": \"yes\"},"
        + " \"targets\": {\"A\": \"high\", \"B\": \"high\"}}");
    Evaluation after = evaluate(MODEL, "{\"subject\": \"Team\", \"answers\": {\"A1\": \"all\", \"B1\": \"no\"},"
        + " \"targets\": {\"A\": \"high\", \"B\": \"high\"}}");
    Comparison c = Comparison.of(before, after);
    assertTrue(c.sameModel());
    assertTrue(c.levelsComparable());
    assertEquals(OptionalInt.of(2), c.dimensions().get(0).present().delta());
    assertEquals(OptionalInt.of(-2), c.dimensions().get(1).present().delta());
    assertEquals(List.of("B"), c.regressions().stream().map(Comparison.DimensionChange::id).toList());
    assertEquals(List.of("A1 mid"), words(c.completedActions()));   // the plan gives the next step only
    assertEquals(List.of("B1 mid"), words(c.newActions()));
    assertTrue(c.droppedActions().isEmpty());

    String text = c.render(ComparisonFormat.TEXT);
    assertTrue(text.contains("A Alpha  Low -> High (up 2)"), text);
    assertTrue(text.contains("B Beta   High -> Low (down 2, regression)"), text);
    JsonNode json = new ObjectMapper().readTree(c.render(ComparisonFormat.JSON));
    assertEquals(-2, json.get("dimensions").get(1).get("present").get("delta").asInt());
    assertTrue(json.get("dimensions").get(1).get("regression").asBoolean());
    String html = c.render(ComparisonFormat.HTML);
    assertTrue(html.contains("<svg") && html.contains("Previous"), "the chart overlays the earlier levels");
  }

  @Test
  void anotherVersion_comparedByIds_listsWhatChanged() throws Exception {
    String v2 = MODEL.replace("version \"1\"", "version \"2\"")
        .replace("  }\n}\ndimension B", "  }\n  question A2 \"New?\" {\n    option no \"No\" -> low\n"
            + "    option yes \"Yes\" -> high\n    to high \"Do A2.\"\n  }\n}\ndimension B")
        .replace("option yes \"Yes\" -> high\n    to mid  \"Start B1.\"", "option yes \"Yes\" -> mid\n    to mid  \"Start B1.\"");
    Evaluation before = evaluate(MODEL, "{\"answers\": {\"A1\": \"yes\", \"B1\": \"yes\"}}");
    Evaluation after = evaluate(v2, "{\"answers\": {\"A1\": \"yes\", \"A2\": \"no\", \"B1\": \"yes\"}}");
    Comparison c = Comparison.of(before, after);
    assertFalse(c.sameModel());
    assertTrue(c.levelsComparable(), "the levels did not change");
    List<String> changes = c.modelChanges().stream().map(Comparison.ModelChange::description).toList();
    assertTrue(changes.contains("question A2 added in dimension A"), changes::toString);
    assertTrue(changes.contains("question B1 in dimension B changed: its options or their levels"), changes::toString);
    assertTrue(c.dimensions().get(0).definitionChanged());
    assertTrue(c.render(ComparisonFormat.TEXT).contains("[the dimension's questions changed]"));
  }

  @Test
  void differentLevels_noDelta_noChart() throws Exception {
    String renamed = MODEL.replace("mid  \"Mid\"", "middle \"Mid\"").replace("-> mid", "-> middle")
        .replace("to mid ", "to middle ");
    Evaluation before = evaluate(MODEL, "{\"answers\": {\"A1\": \"yes\", \"B1\": \"no\"}}");
    Evaluation after = evaluate(renamed, "{\"answers\": {\"A1\": \"all\", \"B1\": \"no\"}}");
    Comparison c = Comparison.of(before, after);
    assertFalse(c.levelsComparable());
    assertEquals(OptionalInt.empty(), c.dimensions().get(0).present().delta());
    assertFalse(c.dimensions().get(0).isRegression());
    assertTrue(c.render(ComparisonFormat.TEXT).contains("not compared: the levels differ"));
    assertFalse(c.render(ComparisonFormat.HTML).contains("<svg"));
    List<String> changes = c.modelChanges().stream().map(Comparison.ModelChange::description).toList();
    assertTrue(changes.contains("level middle (Mid) added"), changes::toString);
    assertTrue(changes.contains("level mid (Mid) removed"), changes::toString);
  }

  @Test
  void aModelWithNoOverallLevel_comparesDimensionsOnly() throws Exception {
    MaturityModel m = SampleModel.noOverallLevel();
    Comparison c = Comparison.of(m.evaluate(m.assessment().answer("A1", "l").build()),
        m.evaluate(m.assessment().answer("A1", "h").build()));
    for (ComparisonFormat f : ComparisonFormat.values()) {
      String out = c.render(f);
      assertFalse(out.contains("Overall") || out.contains("\"overall\""), f + ":\n" + out);
    }
  }

  private static List<String> words(List<Action> actions) {
    return actions.stream().map(a -> a.questionId() + " " + a.level().id()).toList();
  }
}
