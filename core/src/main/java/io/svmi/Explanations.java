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

  /** num/den exactly when it has a finite decimal form, else to two places with "≈". */
  static String decimal(BigDecimal num, BigDecimal den) {
    try {
      return num.divide(den).stripTrailingZeros().toPlainString();
    } catch (ArithmeticException nonTerminating) {
      return "≈" + num.divide(den, new MathContext(34)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
  }
}
