package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.svmi.Action;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.Score;
import io.svmi.SourceText;
import io.svmi.dsl.Svmi;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
        .replace("option yes \"Yes\" -> high\n    to mid  \"Start B1.\"", "option yes \"Yes\" -> mid\n    to mid  \"Start B1.\"")
        .replace("option all \"All\" -> high", "option all \"All\" -> high\n    option most \"Most\" -> high")
        .replace("\"Finish A1.\"", "\"Complete A1.\"");
    Evaluation before = evaluate(MODEL, "{\"answers\": {\"A1\": \"yes\", \"B1\": \"yes\"}}");
    Evaluation after = evaluate(v2, "{\"answers\": {\"A1\": \"yes\", \"A2\": \"no\", \"B1\": \"yes\"}}");
    Comparison c = Comparison.of(before, after);
    assertFalse(c.sameModel());
    assertTrue(c.levelsComparable(), "the levels did not change");
    List<String> changes = c.modelChanges().stream().map(Comparison.ModelChange::description).toList();
    assertTrue(changes.contains("question A2 added in dimension A"), changes::toString);
    assertTrue(changes.contains("question B1 in dimension B changed: its options or their levels"), changes::toString);
    assertTrue(changes.contains("question A1 in dimension A changed: its options or their levels, its actions"),
        changes::toString);
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

  /** A score-based model: levels read from scores, options with values. */
  private static final String SCORED = """
      model "Scored" version "1"

      levels {
        l0 "Level 0" from 0
        l1 "Level 1" from 1
        l2 "Level 2" from 2
      }

      rules {
        dimension level = sum of means by level of questions
        overall level   = mean of dimensions
        overall target  = mean of dimension targets
        action plan     = up to target
      }

      dimension A "Alpha" {
        question A1 "Is there a goal?" at l1 {
          option no   "No" -> 0
          option half "For half of the teams" -> 0.5
          option full "For every team" -> 1
          to l1 "Agree a goal."
        }
        question A2 "Is there a plan?" at l2 {
          option no   "No" -> 0
          option full "Yes" -> 1
          to l2 "Agree a plan."
        }
      }

      dimension B "Beta" {
        question B1 "Do you test?" at l1 {
          option no   "No" -> 0
          option full "Yes" -> 1
          to l1 "Run the tests."
        }
      }

      dimension C "Gamma" {
        question C1 "Do you review?" at l1 {
          option no   "No" -> 0
          option full "Yes" -> 1
          to l1 "Review the code."
        }
      }

      dimension E "Epsilon" {
        question E1 "Do you train?" at l1 {
          option no   "No" -> 0
          option full "Yes" -> 1
          to l1 "Train everyone."
        }
      }
      """;

  private static final String SCORED_BEFORE = "{\"answers\": {\"A1\": \"half\", \"A2\": \"no\", \"B1\": \"full\","
      + " \"C1\": \"no\", \"E1\": \"no\"}, \"targets\": {\"A\": \"l2\", \"E\": \"l1\"}}";

  /**
   * The next version of a score-based model: an option's value changed (A1 half: 0.5 to 0.75), a
   * dimension removed (C) and one added (D), a level renamed; the thresholds are the same, so
   * levels and scores are compared. Scores stand beside levels in every format.
   */
  @Test
  void scoredVersions_compareLevelsAndScores_inEveryFormat() throws Exception {
    String v2 = SCORED.replace("version \"1\"", "version \"2\"")
        .replace("\"For half of the teams\" -> 0.5", "\"For half of the teams\" -> 0.75")
        .replace("l2 \"Level 2\" from 2", "l2 \"Level two\" from 2")
        .replace("dimension C \"Gamma\"", "dimension D \"Delta\"").replace("C1 \"Do you review?\"", "D1 \"Do you measure?\"");
    Evaluation before = evaluate(SCORED, SCORED_BEFORE);
    Evaluation after = evaluate(v2, "{\"subject\": \"Team\", \"answers\": {\"A1\": \"half\", \"A2\": \"no\", \"B1\": \"no\","
        + " \"D1\": \"full\", \"E1\": \"full\"}, \"targets\": {\"A\": \"l2\", \"B\": \"l1\"}}");
    Comparison c = Comparison.of(before, after);
    assertTrue(c.levelsComparable(), "a renamed level keeps its id, rank and threshold");
    Comparison.LevelChange alpha = c.dimensions().get(0).present();
    assertEquals(OptionalInt.of(0), alpha.delta());
    assertEquals(Optional.of(Score.of(new BigDecimal("0.25"))), alpha.scoreDelta());
    assertFalse(alpha.isImprovement() || alpha.isRegression() || alpha.isUnchanged());
    assertTrue(c.dimensions().get(0).definitionChanged(), "A1's option values changed");
    Comparison.LevelChange beta = c.dimensions().get(1).present();
    assertEquals(Optional.of(Score.of(-1)), beta.scoreDelta());
    assertTrue(beta.isRegression() && !beta.isImprovement());
    assertTrue(c.dimensions().get(3).present().isImprovement(), "E went up a level");
    for (ComparisonFormat f : ComparisonFormat.values()) {
      Golden.assertMatches("comparison-scored." + f.id(), c.render(f));
    }
  }

  /**
   * A threshold moved (l1 from 1 to 0.5): the same ids and ranks no longer mean the same scores, so
   * no level or score is subtracted, in any format, and the model change gives both thresholds.
   */
  @Test
  void aThresholdChanged_levelsAndScoresAreNotCompared_inEveryFormat() throws Exception {
    String lower = SCORED.replace("version \"1\"", "version \"1.1\"").replace("l1 \"Level 1\" from 1", "l1 \"Level 1\" from 0.5");
    Evaluation before = evaluate(SCORED, SCORED_BEFORE);
    Evaluation after = evaluate(lower, SCORED_BEFORE);
    Comparison c = Comparison.of(before, after);
    assertFalse(c.levelsComparable());
    assertEquals(List.of("model 'Scored' version 1 is now 'Scored' version 1.1",
        "level l1 changed: Level 1, rank 1 from 1 is now Level 1, rank 1 from 0.5"),
        c.modelChanges().stream().map(Comparison.ModelChange::description).toList());
    for (Comparison.DimensionChange d : c.dimensions()) {
      assertEquals(OptionalInt.empty(), d.present().delta(), d.id());
      assertEquals(Optional.empty(), d.present().scoreDelta(), d.id());
      assertTrue(d.present().scoreBefore().isPresent() && d.present().scoreAfter().isPresent(), d.id());
    }
    assertTrue(c.completedActions().isEmpty(), "a level reached under other thresholds completes nothing");
    for (ComparisonFormat f : ComparisonFormat.values()) {
      Golden.assertMatches("comparison-thresholds." + f.id(), c.render(f));
    }
  }

  @Test
  void levelsWithAndWithoutThresholds_orOfAnotherCount_areNotComparable() throws Exception {
    Evaluation before = evaluate(MODEL, "{\"answers\": {\"A1\": \"yes\", \"B1\": \"no\"}}");
    String scored = MODEL.replace("low  \"Low\"", "low  \"Low\" from 0").replace("mid  \"Mid\"", "mid  \"Mid\" from 1")
        .replace("high \"High\"", "high \"High\" from 2");
    Comparison thresholds = Comparison.of(before, evaluate(scored, "{\"answers\": {\"A1\": \"yes\", \"B1\": \"no\"}}"));
    assertFalse(thresholds.levelsComparable());
    assertTrue(thresholds.modelChanges().stream().map(Comparison.ModelChange::description).toList()
        .contains("level low changed: Low, rank 0 is now Low, rank 0 from 0"), thresholds.modelChanges()::toString);
    Comparison back = Comparison.of(thresholds.after(), before);
    assertFalse(back.levelsComparable(), "thresholds gone");

    String fourLevels = MODEL.replace("high \"High\"", "high \"High\"\n  top \"Top\"");
    Comparison more = Comparison.of(before, evaluate(fourLevels, "{\"answers\": {\"A1\": \"yes\", \"B1\": \"no\"}}"));
    assertFalse(more.levelsComparable());
    assertEquals(List.of("level top (Top) added"), more.modelChanges().stream()
        .filter(m -> m.element().equals("level")).map(Comparison.ModelChange::description).toList());
    assertFalse(Comparison.of(more.after(), before).levelsComparable(), "a level fewer");

    String renamed = MODEL.replace("mid  \"Mid\"", "mid  \"Middle\"");
    Comparison names = Comparison.of(before, evaluate(renamed, "{\"answers\": {\"A1\": \"yes\", \"B1\": \"no\"}}"));
    assertTrue(names.levelsComparable(), "a level's name is words, not meaning");
    assertEquals(List.of("level mid changed: Mid, rank 1 is now Middle, rank 1"),
        names.modelChanges().stream().map(Comparison.ModelChange::description).toList(),
        "nor are the actions to it changed");
  }

  @Test
  void anActionIsCompleted_whenItsQuestionReachesExactlyItsLevel() throws Exception {
    String targets = ", \"targets\": {\"A\": \"high\", \"B\": \"high\"}}";
    Evaluation before = evaluate(MODEL, "{\"answers\": {\"A1\": \"no\", \"B1\": \"no\"}" + targets);
    Evaluation after = evaluate(MODEL, "{\"answers\": {\"A1\": \"yes\", \"B1\": \"no\"}" + targets);
    Comparison c = Comparison.of(before, after);
    assertEquals(List.of("A1 mid"), words(c.completedActions()), "A1 stands at mid, the level of its action");
    assertEquals(List.of("A1 high"), words(c.newActions()));
    assertTrue(c.droppedActions().isEmpty());
    Comparison.LevelChange a = c.dimensions().get(0).present();
    assertTrue(a.isImprovement() && !a.isRegression());
    Comparison.LevelChange b = c.dimensions().get(1).present();
    assertTrue(b.isUnchanged() && !b.isImprovement() && !b.isRegression());
    assertEquals(OptionalInt.of(0), b.delta());

    // The other way round: A1 fell back below the level of the action planned before.
    Comparison back = Comparison.of(after, before);
    assertEquals(List.of("A1 high"), words(back.droppedActions()), "not reached: A1 stands at low");
    assertTrue(back.completedActions().isEmpty());
    assertEquals(List.of("A1 mid"), words(back.newActions()));
  }

  /** A question the later model no longer has: what was planned for it is no longer planned, in every format. */
  @Test
  void aRemovedQuestion_dropsItsActions_inEveryFormat() throws Exception {
    Evaluation before = evaluate(MODEL, "{\"answers\": {\"A1\": \"all\", \"B1\": \"no\"}}");
    Evaluation after = evaluate(MODEL.substring(0, MODEL.indexOf("dimension B")), "{\"answers\": {\"A1\": \"all\"}}");
    Comparison c = Comparison.of(before, after);
    assertEquals(List.of("B1 mid"), words(c.droppedActions()));
    assertTrue(c.completedActions().isEmpty() && c.newActions().isEmpty());
    assertTrue(c.render(ComparisonFormat.TEXT).contains("\nNo longer planned, not reached (1):\n  - B1 to Mid: Start B1.\n"),
        c.render(ComparisonFormat.TEXT));
    assertTrue(c.render(ComparisonFormat.MARKDOWN).contains("\n## No longer planned, not reached (1):\n\n- B1 to Mid: Start B1.\n"),
        c.render(ComparisonFormat.MARKDOWN));
    assertTrue(c.render(ComparisonFormat.HTML).contains(
        "<h2>No longer planned, not reached (1)</h2>\n<ul>\n<li>B1 to Mid: Start B1.</li>\n</ul>\n"),
        c.render(ComparisonFormat.HTML));
    JsonNode dropped = new ObjectMapper().readTree(c.render(ComparisonFormat.JSON)).get("noLongerPlanned");
    assertEquals(1, dropped.size());
    assertEquals("B1", dropped.get(0).get("question").asText());
  }

  @Test
  void theTitle_namesBothSubjects_whenTheyDiffer() throws Exception {
    Evaluation none = evaluate(MODEL, "{\"answers\": {\"A1\": \"no\", \"B1\": \"no\"}}");
    Evaluation team = evaluate(MODEL, "{\"subject\": \"Team\", \"answers\": {\"A1\": \"no\", \"B1\": \"no\"}}");
    assertTrue(Comparison.of(none, none).render(ComparisonFormat.TEXT).startsWith("Progress: Mini 1\n"));
    assertTrue(Comparison.of(none, team).render(ComparisonFormat.TEXT).startsWith("Progress of (no subject) then Team: Mini 1\n"));
    assertTrue(Comparison.of(team, none).render(ComparisonFormat.TEXT).startsWith("Progress of Team then (no subject): Mini 1\n"));
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
    JsonNode json = new ObjectMapper().readTree(c.render(ComparisonFormat.JSON));
    assertTrue(json.get("before").get("model").get("version").isNull(), "a model without a version");
    assertEquals("No overall", json.get("after").get("model").get("name").asText());
  }

  private static List<String> words(List<Action> actions) {
    return actions.stream().map(a -> a.questionId() + " " + a.level().id()).toList();
  }
}
