package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The explanations of a score-based model, in the words a reader of a report sees: each group's
 * and the overall level from scores, the targets with their scores, and the cases with no level or
 * no target.
 */
class ScoredExplanationTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** Levels 0 to 2 from scores 0, 1, 2. */
  private static ModelBuilder levels() {
    return MaturityModel.builder().name("M")
        .level("l0", "Level 0", d("0"))
        .level("l1", "Level 1", d("1"))
        .level("l2", "Level 2", d("2"));
  }

  /** A practice with an activity at Level 1 and one at Level 2, each answered no, half, all or not applicable. */
  private static Consumer<ModelBuilder.DimensionBuilder> practice(String id) {
    return p -> {
      for (int level = 1; level <= 2; level++) {
        p.question(id + "-" + level, "Activity " + id + "-" + level)
            .at("l" + level)
            .option("no", "No", d("0")).option("half", "Half", d("0.5")).option("all", "All", d("1"))
            .optionNotApplicable("na", "Not applicable")
            .action("l" + level, "Do " + id + "-" + level);
      }
    };
  }

  private static MaturityModel grouped() {
    ModelBuilder b = levels().dimensionLevel(Combination.SUM_OF_MEANS_BY_LEVEL)
        .groupLevel(Combination.MEAN).overallLevel(Combination.MEAN);
    b.group("gov", "Governance", g -> g.dimension("SM", "Strategy", practice("SM")).dimension("PC", "Policy", practice("PC")));
    b.group("des", "Design", g -> g.dimension("TA", "Threats", practice("TA")));
    return b.build();
  }

  @Test
  void aGroupedModel_explainsEveryGroupAndTheOverallFromScores() throws Exception {
    Evaluation e = Fixtures.evaluate(grouped(), a -> a
        .answer("SM-1", "all").answer("SM-2", "half")
        .answer("PC-1", "half").answer("PC-2", "na")
        .answer("TA-1", "no").answer("TA-2", "no")
        .target("SM", "l2"));
    assertEquals(List.of(
        "SM-1 scores 1 of 1: answered 'all' (All)",
        "SM-2 scores 0.5 of 1: answered 'half' (Half)",
        "SM Strategy is Level 1: sum of means by level of (SM-1 1) mean 1 + (SM-2 0.5) mean 0.5 is 1.5,"
            + " which reads as Level 1 (from 1)",
        "SM Strategy aims for Level 2 (score 2): given in the assessment",
        "PC-1 scores 0.5 of 1: answered 'half' (Half)",
        "PC-2 is not applicable: answered 'na' (Not applicable)",
        "PC Policy is Level 0: sum of means by level of (PC-1 0.5) mean 0.5 is 0.5, which reads as Level 0 (from 0);"
            + " PC-2 is not applicable and left out",
        "PC Policy aims for Level 0 (score 0.5): no target was given, so it keeps its present level",
        "TA-1 scores 0 of 1: answered 'no' (No)",
        "TA-2 scores 0 of 1: answered 'no' (No)",
        "TA Threats is Level 0: sum of means by level of (TA-1 0) mean 0 + (TA-2 0) mean 0 is 0,"
            + " which reads as Level 0 (from 0)",
        "TA Threats aims for Level 0 (score 0): no target was given, so it keeps its present level",
        "gov Governance is Level 1: mean of SM 1.5, PC 0.5 is 1, which reads as Level 1 (from 1)",
        "des Design is Level 0: mean of TA 0 is 0, which reads as Level 0 (from 0)",
        "Overall is Level 0: mean of gov 1, des 0 is 0.5, which reads as Level 0 (from 0)",
        "Overall aims for Level 0: mean of gov 1.25, des 0 is 0.625, which reads as Level 0 (from 0)"
            + " (of the group targets)"),
        e.explanation());
    assertEquals(Optional.of(Score.of(5, 8)), e.targetScore());
  }

  @Test
  void aGroupWhoseEveryQuestionIsNotApplicable_hasNoLevel_andNeitherHasTheOverall() throws Exception {
    Evaluation e = Fixtures.evaluate(grouped(), a -> {
      for (String q : List.of("SM-1", "SM-2", "PC-1", "PC-2", "TA-1", "TA-2")) {
        a.answer(q, "na");
      }
    });
    assertEquals("gov Governance has no level: no dimension of it has one", e.groups().get(0).explanation());
    assertEquals("Overall has no level: no dimension has one", e.presentExplanation());
    assertEquals("Overall has no target: no dimension has a level (one with none is left out, its target too)",
        e.targetExplanation());
  }

  @Test
  void anOverallTargetGiven_isExplainedAsGiven_withItsLevelsScore() throws Exception {
    Evaluation e = Fixtures.evaluate(grouped(), a -> a
        .answer("SM-1", "all").answer("SM-2", "all").answer("PC-1", "all").answer("PC-2", "no")
        .answer("TA-1", "no").answer("TA-2", "no")
        .overallTarget("l2"));
    assertEquals("Overall aims for Level 2: given in the assessment", e.targetExplanation());
    assertEquals(Optional.of(Score.of(2)), e.targetScore());
  }

  /** The same practices without groups. */
  private static ModelBuilder ungrouped() {
    return levels().dimensionLevel(Combination.SUM_OF_MEANS_BY_LEVEL).overallLevel(Combination.MEAN)
        .dimension("SM", "Strategy", practice("SM")).dimension("TA", "Threats", practice("TA"));
  }

  @Test
  void withoutGroups_theOverallIsExplainedFromTheDimensionScores() throws Exception {
    Evaluation e = Fixtures.evaluate(ungrouped().build(), a -> a
        .answer("SM-1", "all").answer("SM-2", "all").answer("TA-1", "half").answer("TA-2", "no")
        .target("TA", "l1"));
    assertEquals("Overall is Level 1: mean of SM 2, TA 0.5 is 1.25, which reads as Level 1 (from 1)",
        e.presentExplanation());
    assertEquals("Overall aims for Level 1: mean of SM 2, TA 1 is 1.5, which reads as Level 1 (from 1)"
        + " (of the dimension targets)", e.targetExplanation());
  }

  @Test
  void withoutAnOverallLevelOrTarget_theExplanationSaysTheModelHasNone() throws Exception {
    Evaluation none = Fixtures.evaluate(ungrouped().noOverallLevel().build(), a -> a
        .answer("SM-1", "all").answer("SM-2", "all").answer("TA-1", "half").answer("TA-2", "no"));
    assertEquals("Overall has no level: the model has none (overall level = none)", none.presentExplanation());
    assertEquals("Overall has no target: the model has no overall level (overall level = none)",
        none.targetExplanation());
    assertEquals(8, none.explanation().size());   // two questions, the level and the target, per dimension

    Evaluation noTarget = Fixtures.evaluate(ungrouped().noOverallTarget().build(), a -> a
        .answer("SM-1", "all").answer("SM-2", "all").answer("TA-1", "half").answer("TA-2", "no"));
    assertEquals("Overall has no target: none was given, and the model combines none (overall target = none)",
        noTarget.targetExplanation());
    assertEquals(10, noTarget.explanation().size());
  }

  @Test
  void anOverallLevelThatRoundsToARank_saysHowItRounds() throws Exception {
    for (Combination c : List.of(Combination.MEAN_ROUNDED_DOWN, Combination.MEAN_ROUNDED_TO_NEAREST)) {
      Evaluation e = Fixtures.evaluate(ungrouped().overallLevel(c).build(), a -> a
          .answer("SM-1", "all").answer("SM-2", "all").answer("TA-1", "all").answer("TA-2", "half"));
      assertEquals("Overall is " + e.present().orElseThrow().name() + ": " + c.words() + " of SM 2, TA 1.5 is 1.75, which "
          + (c == Combination.MEAN_ROUNDED_DOWN ? "rounds down to Level 1" : "rounds to Level 2"), e.presentExplanation());
    }
  }

  @Test
  void aTargetOfADimensionOfValuedQuestionsWithNoLevel_isExplainedWithItsScore() throws Exception {
    MaturityModel m = levels().dimensionLevel(Combination.MEAN_ROUNDED_DOWN).overallLevel(Combination.MEAN)
        .dimension("SM", "Strategy", practice("SM")).dimension("TA", "Threats", practice("TA")).build();
    Evaluation e = Fixtures.evaluate(m, a -> a.answer("SM-1", "na").answer("SM-2", "na")
        .answer("TA-1", "all").answer("TA-2", "no").target("SM", "l2"));
    assertEquals("SM Strategy aims for Level 2 (score 2): given in the assessment; every question is not applicable,"
        + " so it has no level and the overall target leaves it out", e.dimension("SM").orElseThrow().targetExplanation());
  }

  @Test
  void aStagedDimension_saysWhichQuestionsAreLeftOut() throws Exception {
    MaturityModel m = levels().dimensionLevel(Combination.STAGED).dimension("SM", "Strategy", d -> d
        .question("SM-1", "First", q -> q.at("l1").option("no", "No", "l0").option("yes", "Yes", "l1")
            .optionNotApplicable("na", "N/A"))
        .question("SM-1b", "First, too", q -> q.at("l1").option("no", "No", "l0").option("yes", "Yes", "l1")
            .optionNotApplicable("na", "N/A"))
        .question("SM-2", "Second", q -> q.at("l2").option("no", "No", "l1").option("yes", "Yes", "l2")
            .optionNotApplicable("na", "N/A"))).build();
    Evaluation e = Fixtures.evaluate(m, a -> a.answer("SM-1", "yes").answer("SM-1b", "na").answer("SM-2", "no"));
    assertEquals("SM Strategy is Level 1: staged, the highest level with every question at it and below met;"
        + " met: SM-1 at Level 1 is Level 1; not met: SM-2 at Level 2 is Level 1; SM-1b is not applicable and left out",
        e.dimension("SM").orElseThrow().explanation());
  }

  @Test
  void aGroup_leavesOutADimensionWithNoLevel() throws Exception {
    Evaluation e = Fixtures.evaluate(grouped(), a -> a
        .answer("SM-1", "all").answer("SM-2", "half").answer("PC-1", "na").answer("PC-2", "na")
        .answer("TA-1", "no").answer("TA-2", "no"));
    assertEquals("gov Governance is Level 1: mean of SM 1.5 is 1.5, which reads as Level 1 (from 1)",
        e.groups().get(0).explanation());
  }
}
