package io.svmi;

import com.google.common.collect.ImmutableList;
import io.svmi.ModelDraft.Declared;
import io.svmi.ModelDraft.DimensionDecl;
import io.svmi.ModelDraft.QuestionDecl;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * W0308 (weight no rule uses): a weight written on a question or a dimension counts only in a
 * weighted combination of its kind ({@code weighted mean …}, {@code weighted sum …}). A question's
 * weight is used by its dimension's rule; a dimension's by the overall level and overall target,
 * or, in a model with groups, by the group level. When none of them weighs, the weight is ignored:
 * say so, and name the rule that would use it.
 */
final class UnusedWeightsCheck implements ModelCheck.OfModel {
  @Override
  public void check(ModelDraft draft, MaturityModel model, Findings findings) {
    for (DimensionDecl d : draft.dimensions()) {
      if (declared(d.weight())) {
        checkDimension(draft, d, findings);
      }
      Combination c = draft.combinationOf(d);
      if (c.isWeighted()) {
        continue;
      }
      String rule = d.combination().isPresent()
          ? "'level = " + phrase(weighted(c, draft), "questions") + "' in dimension '" + d.id().value() + "'"
          : "'dimension level = " + phrase(weighted(c, draft), "questions") + "'";
      for (QuestionDecl q : d.questions()) {
        if (declared(q.weight())) {
          findings.report(
              DiagnosticCode.W0308,
              "the weight of " + q.what() + " has no effect: dimension '" + d.id().value() + "' combines its questions by '"
                  + phrase(c, "questions") + "', which does not weigh them",
              q.weight().span().or(() -> q.id().span()),
              rule + " would use it");
        }
      }
    }
  }

  /** A dimension's weight: used by the group level in a model with groups, else by the overall rules. */
  private static void checkDimension(ModelDraft draft, DimensionDecl d, Findings findings) {
    Rules rules = draft.rules();
    if (!draft.groups().isEmpty()) {
      Combination c = rules.groupLevel();
      if (!c.isWeighted()) {
        report(d, "the group level, '" + phrase(c, "dimensions") + "', does not weigh dimensions",
            "'group level = " + phrase(weighted(c, draft), "dimensions") + "' would use it", findings);
      }
      return;
    }
    List<Combination> used = new ArrayList<>();
    List<String> described = new ArrayList<>();
    if (rules.hasOverallLevel()) {
      used.add(rules.overallLevel());
      described.add("the overall level, '" + phrase(rules.overallLevel(), "dimensions") + "'");
    }
    if (rules.hasOverallTarget()) {
      used.add(rules.overallTarget());
      described.add("the overall target, '" + phrase(rules.overallTarget(), "dimension targets") + "'");
    }
    if (used.stream().anyMatch(Combination::isWeighted)) {
      return;
    }
    String why = used.isEmpty()
        ? "the model combines no dimensions (overall level = none)"
        : used.size() == 2 && used.get(0) == used.get(1)
            ? "the overall level and target, '" + phrase(used.get(0), "dimensions") + "', do not weigh dimensions"
            : String.join(", and ", described) + (used.size() == 1 ? ", does" : ", do") + " not weigh dimensions";
    Combination suggested = weighted(used.isEmpty() ? Combination.MEAN_ROUNDED_DOWN : used.get(0), draft);
    report(d, why, "'overall level = " + phrase(suggested, "dimensions") + "' would use it", findings);
  }

  private static void report(DimensionDecl d, String why, String hint, Findings findings) {
    findings.report(
        DiagnosticCode.W0308,
        "the weight of dimension '" + d.id().value() + "' has no effect: " + why,
        d.weight().span().or(() -> d.id().span()),
        hint);
  }

  /** Written in the file, or set to something other than 1 in Java. */
  private static boolean declared(Declared<BigDecimal> weight) {
    return weight.span().isPresent() || weight.value().compareTo(BigDecimal.ONE) != 0;
  }

  /** The weighted rule nearest to {@code c}: the same mean or sum, weighted. */
  private static Combination weighted(Combination c, ModelDraft draft) {
    return switch (c) {
      case MEAN_ROUNDED_TO_NEAREST -> Combination.WEIGHTED_MEAN_ROUNDED_TO_NEAREST;
      case MEAN -> Combination.WEIGHTED_MEAN;
      case MEAN_ROUNDED_DOWN -> Combination.WEIGHTED_MEAN_ROUNDED_DOWN;
      case SUM -> Combination.WEIGHTED_SUM;
      // lowest, highest, lower median, staged, sum of means by level: a weighted mean, scored
      // when the model reads scores by thresholds.
      default -> c.needsThresholds() || draft.hasThresholds()
          ? Combination.WEIGHTED_MEAN : Combination.WEIGHTED_MEAN_ROUNDED_DOWN;
    };
  }

  /** A combination as a rules file writes it: "lowest of questions", "mean of dimensions rounded down". */
  static String phrase(Combination c, String subject) {
    String words = c.words();
    if (c == Combination.STAGED) {
      return words;
    }
    for (String rounding : ImmutableList.of(" rounded down", " rounded to nearest")) {
      if (words.endsWith(rounding)) {
        return words.substring(0, words.length() - rounding.length()) + " of " + subject + rounding;
      }
    }
    return words + " of " + subject;
  }
}
