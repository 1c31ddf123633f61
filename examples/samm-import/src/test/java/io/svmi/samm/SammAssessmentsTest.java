package io.svmi.samm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.svmi.Action;
import io.svmi.Assessment;
import io.svmi.DimensionResult;
import io.svmi.Evaluation;
import io.svmi.GroupResult;
import io.svmi.Level;
import io.svmi.MaturityModel;
import io.svmi.Score;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SAMM assessments in examples/assessments, scored by hand with OWASP's formula (OWASP
 * sammwise, calculator.js): practice = Σ over maturity levels 1–3 of the mean of its two streams'
 * answers; business function = mean of its three practices; overall = mean of the five functions.
 * A score reads as the highest level whose threshold (0, 1, 2, 3) it reaches.
 */
class SammAssessmentsTest {
  private static MaturityModel samm;

  @BeforeAll
  static void importSamm() throws Exception {
    samm = SammImporter.read(SammImporterTest.sammFolder());
  }

  private static Evaluation evaluate(String file) throws Exception {
    JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of("examples", "assessments", file)));
    Assessment.Builder a = samm.assessment().subject(root.get("subject").textValue());
    for (Map.Entry<String, JsonNode> e : root.get("answers").properties()) {
      a.answer(e.getKey(), e.getValue().textValue());
    }
    for (Map.Entry<String, JsonNode> e : root.get("targets").properties()) {
      a.target(e.getKey(), e.getValue().textValue());
    }
    if (root.has("targetAnswers")) {
      for (Map.Entry<String, JsonNode> e : root.get("targetAnswers").properties()) {
        a.targetAnswer(e.getKey(), e.getValue().textValue());
      }
    }
    return samm.evaluate(a.build());
  }

  private static Score score(String decimal) {
    return Score.of(new BigDecimal(decimal));
  }

  private static void practice(Evaluation e, String id, String score, String level) {
    DimensionResult d = e.dimension(id).orElseThrow();
    assertEquals(score(score), d.score().orElseThrow(), id);
    assertEquals(level, d.present().map(Level::id).orElseThrow(), id);
  }

  private static void function(Evaluation e, String id, Score score, String level) {
    GroupResult g = e.groups().stream().filter(x -> x.group().id().equals(id)).findFirst().orElseThrow();
    assertEquals(score, g.score().orElseThrow(), id);
    assertEquals(level, g.present().map(Level::id).orElseThrow(), id);
  }

  private static List<String> roadmap(Evaluation e) {
    return e.plan().actions().stream().map(Action::questionId).toList();
  }

  @Test
  void starter() throws Exception {
    Evaluation e = evaluate("samm-starter.json");
    // Answers per practice: 1-A 1-B | 2-A 2-B | 3-A 3-B (no 0, some 0.25, half 0.5, full 1).
    practice(e, "SM", "0.875", "l0"); //  (1 + 0.5)/2 + (0.25 + 0)/2 + (0 + 0)/2 = 0.75 + 0.125 + 0
    practice(e, "PC", "1.375", "l1"); //  (1 + 1)/2 + (0.5 + 0.25)/2 + 0 = 1 + 0.375
    practice(e, "EG", "0.5", "l0"); //    (0.5 + 0.5)/2 + 0 + 0
    practice(e, "TA", "0.625", "l0"); //  (1 + 0.25)/2
    practice(e, "SR", "2.25", "l2"); //   1 + 1 + (0.5 + 0)/2
    practice(e, "SA", "0.5", "l0"); //    0.25 + 0.25 + 0
    practice(e, "SB", "1.75", "l1"); //   1 + (1 + 0.5)/2 + 0
    practice(e, "SD", "0.25", "l0"); //   (0.5 + 0)/2
    practice(e, "DM", "1", "l1"); //      (1 + 1)/2
    practice(e, "AA", "0", "l0");
    practice(e, "RT", "0.25", "l0"); //   (0.25 + 0.25)/2
    practice(e, "ST", "1.5", "l1"); //    0.5 + 0.5 + 0.5
    practice(e, "IM", "3", "l3"); //      1 + 1 + 1
    practice(e, "EM", "0.875", "l0"); //  (0.5 + 1)/2 + (0 + 0.25)/2 = 0.75 + 0.125
    practice(e, "OM", "0.5", "l0"); //    (0 + 1)/2
    function(e, "governance", Score.of(11, 12), "l0"); //    (0.875 + 1.375 + 0.5)/3 = 2.75/3
    function(e, "design", score("1.125"), "l1"); //          (0.625 + 2.25 + 0.5)/3 = 3.375/3
    function(e, "implementation", score("1"), "l1"); //      (1.75 + 0.25 + 1)/3 = 3/3
    function(e, "verification", Score.of(7, 12), "l0"); //   (0 + 0.25 + 1.5)/3 = 1.75/3
    function(e, "operations", Score.of(35, 24), "l1"); //    (3 + 0.875 + 0.5)/3 = 4.375/3
    // Overall: (22 + 27 + 24 + 14 + 35)/24 / 5 = 122/120 = 61/60 ≈ 1.017 → Level 1.
    assertEquals(Score.of(61, 60), e.score().orElseThrow());
    assertEquals("≈1.017", e.score().orElseThrow().toString());
    assertEquals("l1", e.present().map(Level::id).orElseThrow());
    // Targets SM l1, PC l2, AA l1, the rest their present level; governance (1 + 2 + 0.5)/3 = 7/6;
    // overall (28 + 27 + 24 + 22 + 35)/24 / 5 = 136/120 = 17/15 → Level 1.
    assertEquals(Score.of(7, 6), e.groups().get(0).targetScore().orElseThrow());
    assertEquals(Score.of(17, 15), e.targetScore().orElseThrow());
    assertEquals("l1", e.target().map(Level::id).orElseThrow());
    // Roadmap: activities at levels up to the practice's target whose answer is below full.
    assertEquals(
        List.of("G-SM-1-B", "G-PC-2-A", "G-PC-2-B", "V-AA-1-A", "V-AA-1-B", "V-ST-1-A", "V-ST-1-B"),
        roadmap(e));
  }

  @Test
  void mature() throws Exception {
    Evaluation e = evaluate("samm-mature.json");
    practice(e, "SM", "2.375", "l2"); //  1 + 1 + (0.5 + 0.25)/2
    practice(e, "PC", "1.875", "l1"); //  1 + (1 + 0.5)/2 + (0.25 + 0)/2 = 1 + 0.75 + 0.125
    practice(e, "EG", "3", "l3");
    practice(e, "TA", "1.5", "l1"); //    1 + (0.5 + 0.5)/2
    practice(e, "SR", "2.75", "l2"); //   1 + 1 + (1 + 0.5)/2
    practice(e, "SA", "1.75", "l1"); //   (1 + 0.5)/2 + (1 + 0.5)/2 + (0.25 + 0.25)/2
    practice(e, "SB", "3", "l3");
    practice(e, "SD", "2", "l2"); //      1 + (1 + 0.5)/2 + (0.5 + 0)/2
    practice(e, "DM", "2.25", "l2"); //   1 + 1 + (0.25 + 0.25)/2
    practice(e, "AA", "1", "l1"); //      (1 + 0.5)/2 + (0.25 + 0.25)/2
    practice(e, "RT", "2.125", "l2"); //  1 + 1 + (0 + 0.25)/2
    practice(e, "ST", "1.75", "l1"); //   1 + (0.5 + 1)/2
    practice(e, "IM", "2.5", "l2"); //    1 + 1 + (0.5 + 0.5)/2
    practice(e, "EM", "1.625", "l1"); //  1 + (1 + 0.25)/2
    practice(e, "OM", "2", "l2"); //      1 + (0.5 + 0.5)/2 + (0.5 + 0.5)/2
    function(e, "governance", Score.of(29, 12), "l2"); //    (2.375 + 1.875 + 3)/3 = 7.25/3
    function(e, "design", score("2"), "l2"); //              (1.5 + 2.75 + 1.75)/3 = 6/3
    function(e, "implementation", Score.of(29, 12), "l2"); // (3 + 2 + 2.25)/3 = 7.25/3
    function(e, "verification", score("1.625"), "l1"); //    (1 + 2.125 + 1.75)/3 = 4.875/3
    function(e, "operations", Score.of(49, 24), "l2"); //    (2.5 + 1.625 + 2)/3 = 6.125/3
    // Overall: (58 + 48 + 58 + 39 + 49)/24 / 5 = 252/120 = 2.1 → Level 2.
    assertEquals(score("2.1"), e.score().orElseThrow());
    assertEquals("2.1", e.score().orElseThrow().toString());
    assertEquals("l2", e.present().map(Level::id).orElseThrow());
    assertEquals(
        List.of(
            "G-SM-3-A", "G-SM-3-B", "D-TA-2-A", "D-TA-2-B", "D-SA-1-B", "I-SD-2-B", "V-AA-1-B", "V-AA-2-A",
            "V-AA-2-B", "O-OM-2-A", "O-OM-2-B"),
        roadmap(e));
  }

  /** SAMM's "1+": the importer turns on {@code between levels = plus}. */
  @Test
  void starter_showsAPlusBetweenLevels() throws Exception {
    Evaluation e = evaluate("samm-starter.json");
    assertEquals(true, samm.rules().plusBetweenLevels());
    // Practices: strictly between two thresholds → plus; on a threshold (DM 1, AA 0) or at the top
    // (IM 3) → none.
    for (String id : List.of("SM", "PC", "EG", "SR", "SB", "ST")) {
      assertEquals(true, e.dimension(id).orElseThrow().plus(), id);
    }
    for (String id : List.of("DM", "AA", "IM")) {
      assertEquals(false, e.dimension(id).orElseThrow().plus(), id);
    }
    // PC's given target l2 is on its threshold; SR keeps its present 2.25 as its target.
    assertEquals(false, e.dimension("PC").orElseThrow().targetPlus());
    assertEquals(true, e.dimension("SR").orElseThrow().targetPlus());
    // implementation 1: on Level 1; governance 11/12 → Level 0+; overall 61/60 → Level 1+.
    assertEquals(List.of(true, true, false, true, true), e.groups().stream().map(GroupResult::plus).toList());
    assertEquals(true, e.plus());
    assertEquals(true, e.targetPlus()); // 17/15
  }

  /**
   * samm-roadmap.json: the starter's answers and practice targets, with target answers for five
   * activities. Scores, levels and targets are the starter's; only the roadmap changes.
   */
  @Test
  void roadmap_withActivityTargets() throws Exception {
    Evaluation starter = evaluate("samm-starter.json");
    Evaluation e = evaluate("samm-roadmap.json");
    assertEquals(5, e.assessment().targetAnswers().size());
    assertEquals(starter.dimensions(), e.dimensions(), "no level, score or target changes");
    assertEquals(starter.groups(), e.groups());
    assertEquals(starter.score(), e.score());
    assertEquals(starter.targetScore(), e.targetScore());
    // SM (target l1): G-SM-1-B aims for half and has it: dropped; G-SM-2-A (at l2, above SM's
    //   target) aims for full and has some: added.
    // PC (target l2): G-PC-2-A is not done; G-PC-2-B aims for half and has some.
    // AA (target l1): both level-1 activities, as before.
    // ST (target = present l1): V-ST-1-A aims for half and has it: dropped; V-ST-1-B as before.
    // OM (target = present l0): O-OM-3-A (at l3) aims for some and has no: added.
    assertEquals(
        List.of("G-SM-1-B", "G-PC-2-A", "G-PC-2-B", "V-AA-1-A", "V-AA-1-B", "V-ST-1-A", "V-ST-1-B"),
        roadmap(starter));
    assertEquals(
        List.of("G-SM-2-A", "G-PC-2-A", "G-PC-2-B", "V-AA-1-A", "V-AA-1-B", "V-ST-1-B", "O-OM-3-A"),
        roadmap(e));
    // Each activity is planned once, to its own maturity level.
    assertEquals(
        List.of("l2", "l2", "l2", "l1", "l1", "l1", "l3"),
        e.plan().actions().stream().map(x -> x.level().id()).toList());
  }
}
