package io.svmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import io.svmi.internal.SourceMap.Part;

/**
 * W0308: a weight that no rule weighs is reported, with the rule that would use it; a weight that
 * a weighted rule uses is not.
 */
class UnusedWeightsCheckTest {
  private static final SourceSpan WEIGHT = SourceSpan.of("m.svmi", 9, 26, 1);

  /** What the check says about a model: "message | hint" for each W0308, in order. */
  private static List<String> warnings(ModelBuilder b) {
    ModelDraft draft = b.draft();
    Findings findings = new Findings(false);
    new UnusedWeightsCheck().check(draft, ModelBuilder.assemble(draft), findings);
    return findings.sorted().stream()
        .peek(d -> assertEquals(DiagnosticCode.W0308, d.code()))
        .map(d -> d.message() + " | " + d.hint().orElse("")).toList();
  }

  /** Two levels, dimension A with question A1 (and B with B1), both reaching both levels. */
  private static ModelBuilder model(Consumer<ModelBuilder.DimensionBuilder> a, Consumer<ModelBuilder.QuestionBuilder> a1) {
    ModelBuilder b = MaturityModel.builder().name("m").level("low", "Low").level("high", "High");
    ModelBuilder.DimensionBuilder dim = b.dimension("A", "Area");
    a.accept(dim);
    a1.accept(dim.question("A1", "Q").option("no", "No", "low").option("yes", "Yes", "high").action("high", "Do it."));
    b.dimension("B", "Other").question("B1", "Q").option("no", "No", "low").option("yes", "Yes", "high").action("high", "Do it.");
    return b;
  }

  private static ModelBuilder questionWeighted(Consumer<ModelBuilder.DimensionBuilder> a) {
    return model(a, q -> {
      q.sources.put(WEIGHT, Part.QUESTION_WEIGHT, "A1");
      q.weight(new BigDecimal("3"));
    });
  }

  private static ModelBuilder dimensionWeighted() {
    return model(d -> d.weight(new BigDecimal("2")), q -> {});
  }

  @Test
  void questionWeight_underARuleThatDoesNotWeigh_isReportedWithTheRuleThatWould() {
    assertEquals(List.of("the weight of question 'A1' has no effect: dimension 'A' combines its questions by"
            + " 'lowest of questions', which does not weigh them"
            + " | 'dimension level = weighted mean of questions rounded down' would use it"),
        warnings(questionWeighted(d -> {})));
    ModelDraft draft = questionWeighted(d -> {}).draft();
    Findings findings = new Findings(false);
    new UnusedWeightsCheck().check(draft, ModelBuilder.assemble(draft), findings);
    assertEquals(java.util.Optional.of(WEIGHT), findings.sorted().get(0).span(), "at the weight");
  }

  @Test
  void questionWeight_underTheDimensionsOwnRule_namesThatRule() {
    assertEquals(List.of("the weight of question 'A1' has no effect: dimension 'A' combines its questions by"
            + " 'mean of questions rounded to nearest', which does not weigh them"
            + " | 'level = weighted mean of questions rounded to nearest' in dimension 'A' would use it"),
        warnings(questionWeighted(d -> d.combination(Combination.MEAN_ROUNDED_TO_NEAREST))));
  }

  @Test
  void questionWeight_underAWeightedRule_isUsed() {
    assertEquals(List.of(), warnings(questionWeighted(d -> d.combination(Combination.WEIGHTED_MEAN_ROUNDED_DOWN))));
    assertEquals(List.of(), warnings(questionWeighted(d -> {}).dimensionLevel(Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST)));
  }

  @Test
  void aWeightOfOne_isReportedOnlyWhenWritten() {
    assertEquals(List.of(), warnings(model(d -> d.weight(BigDecimal.ONE), q -> q.weight(new BigDecimal("1.00")))));
    assertEquals(1, warnings(model(d -> {}, q -> {
      q.sources.put(WEIGHT, Part.QUESTION_WEIGHT, "A1");
      q.weight(BigDecimal.ONE);
    })).size());
  }

  @Test
  void dimensionWeight_underOverallRulesThatDoNotWeigh_isReported() {
    assertEquals(List.of("the weight of dimension 'A' has no effect: the overall level and target,"
            + " 'mean of dimensions rounded down', do not weigh dimensions"
            + " | 'overall level = weighted mean of dimensions rounded down' would use it"),
        warnings(dimensionWeighted()));
    assertEquals(List.of("the weight of dimension 'A' has no effect: the overall level, 'lowest of dimensions',"
            + " and the overall target, 'mean of dimension targets rounded to nearest', do not weigh dimensions"
            + " | 'overall level = weighted mean of dimensions rounded down' would use it"),
        warnings(dimensionWeighted().overallLevel(Combination.LOWEST).overallTarget(Combination.MEAN_ROUNDED_TO_NEAREST)));
    assertEquals(List.of("the weight of dimension 'A' has no effect: the overall level, 'mean of dimensions rounded"
            + " to nearest', does not weigh dimensions"
            + " | 'overall level = weighted mean of dimensions rounded to nearest' would use it"),
        warnings(dimensionWeighted().overallLevel(Combination.MEAN_ROUNDED_TO_NEAREST).noOverallTarget()));
    assertEquals(List.of("the weight of dimension 'A' has no effect: the model combines no dimensions (overall level = none)"
            + " | 'overall level = weighted mean of dimensions rounded down' would use it"),
        warnings(dimensionWeighted().noOverallLevel()));
  }

  @Test
  void dimensionWeight_usedByTheOverallLevelOrTheOverallTarget_isUsed() {
    assertEquals(List.of(), warnings(dimensionWeighted().overallLevel(Combination.WEIGHTED_MEAN_ROUNDED_DOWN)));
    assertEquals(List.of(), warnings(dimensionWeighted().overallTarget(Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST)));
  }

  /** Scored: levels from 0 and 1, one group of two dimensions with valued questions. */
  private static ModelBuilder grouped(Combination groupLevel) {
    ModelBuilder b = MaturityModel.builder().name("Scored")
        .level("l0", "Level 0", BigDecimal.ZERO).level("l1", "Level 1", BigDecimal.ONE)
        .dimensionLevel(Combination.MEAN).groupLevel(groupLevel).overallLevel(Combination.WEIGHTED_MEAN);
    ModelBuilder.GroupBuilder g = b.group("g", "Group");
    for (String id : List.of("A", "B")) {
      g.dimension(id, id).weight(new BigDecimal("2")).question(id + "1", "Q").at("l1")
          .option("no", "No", BigDecimal.ZERO).option("yes", "Yes", BigDecimal.ONE).action("l1", "Do it.");
    }
    return b;
  }

  @Test
  void dimensionWeight_inAModelWithGroups_isTheGroupLevels() {
    assertEquals(List.of(
            "the weight of dimension 'A' has no effect: the group level, 'sum of dimensions', does not weigh dimensions"
                + " | 'group level = weighted sum of dimensions' would use it",
            "the weight of dimension 'B' has no effect: the group level, 'sum of dimensions', does not weigh dimensions"
                + " | 'group level = weighted sum of dimensions' would use it"),
        warnings(grouped(Combination.SUM)));
    assertEquals("the weight of dimension 'A' has no effect: the group level, 'lowest of dimensions', does not weigh"
            + " dimensions | 'group level = weighted mean of dimensions' would use it",
        warnings(grouped(Combination.LOWEST)).get(0));
    assertEquals(List.of(), warnings(grouped(Combination.WEIGHTED_MEAN)));
  }

  @Test
  void aWeightWithoutAPlace_isReportedAtItsId() {
    SourceSpan dimensionId = SourceSpan.of("m.svmi", 2, 11, 1);
    SourceSpan questionId = SourceSpan.of("m.svmi", 3, 12, 2);
    ModelBuilder b = MaturityModel.builder().name("m").level("low", "Low").level("high", "High");
    b.sources.put(dimensionId, Part.DIMENSION, "A").put(questionId, Part.QUESTION, "A1");
    b.dimension("A", "Area").weight(new BigDecimal("2"))
        .question("A1", "Q").weight(new BigDecimal("2"))
        .option("no", "No", "low").option("yes", "Yes", "high").action("high", "Do it.");
    ModelDraft draft = b.draft();
    Findings findings = new Findings(false);
    new UnusedWeightsCheck().check(draft, ModelBuilder.assemble(draft), findings);
    assertEquals(List.of(java.util.Optional.of(dimensionId), java.util.Optional.of(questionId)),
        findings.sorted().stream().map(Diagnostic::span).toList());
  }

  @Test
  void phrase_isHowARulesFileWritesTheCombination() {
    assertEquals("lowest of questions", UnusedWeightsCheck.phrase(Combination.LOWEST, "questions"));
    assertEquals("mean of dimensions rounded down", UnusedWeightsCheck.phrase(Combination.MEAN_ROUNDED_DOWN, "dimensions"));
    assertEquals("weighted mean of questions rounded to nearest",
        UnusedWeightsCheck.phrase(Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST, "questions"));
    assertEquals("sum of means by level of questions", UnusedWeightsCheck.phrase(Combination.SUM_OF_MEANS_BY_LEVEL, "questions"));
    assertEquals("staged", UnusedWeightsCheck.phrase(Combination.STAGED, "questions"));
  }
}
