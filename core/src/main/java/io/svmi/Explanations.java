package io.svmi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Plain-words explanations of combinations, shared by dimension and overall results. */
final class Explanations {
  private Explanations() {}

  /**
   * "lowest of A1 Mature, A2 Leader", or for a mean "mean rounded down of A Mature (2), B Follower
   * (1) is 1.5, which rounds down to Follower".
   */
  static String combination(
      Combination c, String[] labels, int[] ranks, BigDecimal[] weights, Level result) {
    StringBuilder s = new StringBuilder(c.words()).append(" of ");
    for (int i = 0; i < labels.length; i++) {
      s.append(i == 0 ? "" : ", ").append(labels[i]);
      if (c.roundsToRank()) {
        s.append(" (").append(ranks[i]).append(')');
        if (c.isWeighted()) {
          s.append(" × ").append(weights[i].stripTrailingZeros().toPlainString());
        }
      }
    }
    if (!c.roundsToRank()) {
      return s.toString();
    }
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    for (int i = 0; i < labels.length; i++) {
      BigDecimal w = c.isWeighted() ? weights[i] : BigDecimal.ONE;
      num = num.add(w.multiply(BigDecimal.valueOf(ranks[i])));
      den = den.add(w);
    }
    s.append(" is ").append(decimal(num, den)).append(", which rounds ")
        .append(c.roundsToNearest() ? "to " : "down to ")
        .append(result.name());
    return s.toString();
  }

  /**
   * A combination with scores: "sum of means by level of questions: at Level 1 mean of G-SM-1-A 1,
   * G-SM-1-B 0.5 = 0.75; at Level 2 … ; total 1.375, which reaches Level 1 (from 1)".
   */
  static String scored(Combination c, java.util.List<Scoring.Member> members, Score score, Level result) {
    StringBuilder s = new StringBuilder(c.words()).append(" of ");
    if (c == Combination.SUM_OF_MEANS_BY_LEVEL) {
      String sep = "";
      for (java.util.List<Scoring.Member> group : Scoring.byLevel(members).values()) {
        s.append(sep).append("(");
        list(s, group, false);
        s.append(") mean ").append(Scoring.mean(group, false));
        sep = " + ";
      }
    } else {
      list(s, members, c.isWeighted());
    }
    s.append(" is ").append(score).append(", which ");
    if (c.roundsToRank()) {
      s.append(c.roundsToNearest() ? "rounds to " : "rounds down to ").append(result.name());
    } else {
      s.append("reads as ").append(result.name());
      result.threshold().ifPresent(t -> s.append(" (from ").append(t.stripTrailingZeros().toPlainString()).append(')'));
    }
    return s.toString();
  }

  private static void list(StringBuilder s, java.util.List<Scoring.Member> members, boolean weighted) {
    for (int i = 0; i < members.size(); i++) {
      Scoring.Member m = members.get(i);
      s.append(i == 0 ? "" : ", ").append(m.label()).append(' ').append(m.score());
      if (weighted) {
        s.append(" × ").append(m.weight().stripTrailingZeros().toPlainString());
      }
    }
  }

  /**
   * The staged rule: "staged, every question at or below its level met: C1 at Launch is Launch;
   * not met: C3 at Integrate is Inactive".
   */
  static String staged(java.util.List<QuestionResult> counted) {
    StringBuilder met = new StringBuilder();
    StringBuilder unmet = new StringBuilder();
    for (QuestionResult q : counted) {
      Level level = q.level().orElseThrow();
      Level at = q.question().at().orElseThrow();
      StringBuilder to = level.rank() >= at.rank() ? met : unmet;
      to.append(to.length() == 0 ? "" : ", ")
          .append(q.question().id()).append(" at ").append(at.name()).append(" is ").append(level.name());
    }
    return "staged, the highest level with every question at it and below met; met: "
        + (met.length() == 0 ? "none" : met) + "; not met: " + (unmet.length() == 0 ? "none" : unmet);
  }

  /**
   * Grading by indicators: "graded by indicators; holds: A1a-1 (Not achieved); met: A1a-3
   * (Achieved); not met: A1a-4 (Achieved)".
   */
  static String indicators(java.util.List<QuestionResult> counted, Level grade) {
    StringBuilder holds = new StringBuilder();
    StringBuilder met = new StringBuilder();
    StringBuilder unmet = new StringBuilder();
    for (QuestionResult q : counted) {
      Level level = q.level().orElseThrow();
      Level at = q.question().at().orElseThrow();
      StringBuilder to = at.rank() == 0 ? (level.rank() == 0 ? holds : null)
          : level.rank() >= at.rank() ? met : unmet;
      if (to != null) {
        to.append(to.length() == 0 ? "" : ", ").append(q.question().id()).append(" (").append(at.name()).append(')');
      }
    }
    String why = holds.length() > 0 ? "an indicator of " + grade.name() + " holds"
        : grade.rank() == 0 ? "no column has every indicator met"
        : "every indicator of " + grade.name() + " is met";
    return "graded by indicators, " + why + "; holds: " + (holds.length() == 0 ? "none" : holds)
        + "; met: " + (met.length() == 0 ? "none" : met) + "; not met: " + (unmet.length() == 0 ? "none" : unmet);
  }

  /** num/den exactly when it has a finite decimal form, else to two places with "≈". */
  static String decimal(BigDecimal num, BigDecimal den) {
    try {
      return num.divide(den).stripTrailingZeros().toPlainString();
    } catch (ArithmeticException nonTerminating) {
      return "≈" + num.divide(den, new MathContext(34)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
  }
}
