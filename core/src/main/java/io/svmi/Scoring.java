package io.svmi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exact scores of combinations, and the levels read from them: the general path, used by
 * score-based models and by every result's {@code score()}. The ordinal fast path in
 * {@link Combination#combine} gives the same levels for ordinal models.
 */
final class Scoring {
  private Scoring() {}

  /**
   * One member of a combination: its score, weight, the rank of its {@code at} level (or -1) and,
   * for a question, the rank of its level (or -1).
   */
  record Member(String label, Score score, BigDecimal weight, int atRank, int levelRank) {
    /** A member that is not a question (a dimension or a group). */
    Member(String label, Score score, BigDecimal weight, int atRank) {
      this(label, score, weight, atRank, -1);
    }

    /** Met, for the staged rule: at least at its {@code at} level. */
    boolean met() {
      return levelRank >= atRank;
    }
  }

  /** The combined score of the members; empty when there is none. */
  static Optional<Score> combine(Combination c, List<Member> members) {
    if (members.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (c) {
          case LOWEST -> members.stream().map(Member::score).min(Score::compareTo).orElseThrow();
          case HIGHEST -> members.stream().map(Member::score).max(Score::compareTo).orElseThrow();
          case LOWER_MEDIAN -> {
            List<Score> sorted = new ArrayList<>(members.stream().map(Member::score).toList());
            sorted.sort(null);
            yield sorted.get((sorted.size() - 1) / 2);
          }
          case MEAN_ROUNDED_DOWN, MEAN_ROUNDED_TO_NEAREST, MEAN -> mean(members, false);
          case WEIGHTED_MEAN_ROUNDED_DOWN, WEIGHTED_MEAN_ROUNDED_TO_NEAREST, WEIGHTED_MEAN -> mean(members, true);
          case SUM -> sum(members, false);
          case WEIGHTED_SUM -> sum(members, true);
          case STAGED, INDICATORS -> throw new IllegalStateException(c + ": a dimension's score is its level's: see DimensionResult");
          case SUM_OF_MEANS_BY_LEVEL -> {
            Score total = Score.ZERO;
            for (List<Member> byLevel : byLevel(members).values()) {
              total = total.plus(mean(byLevel, false));
            }
            yield total;
          }
        });
  }

  /**
   * The staged rule's rank: one below the lowest {@code at} level of a question that is not met,
   * or {@code top} when every question is met (a question at the lowest level is always met).
   */
  static int stagedRank(List<Member> members, int top) {
    int firstUnmet = Integer.MAX_VALUE;
    for (Member m : members) {
      if (!m.met()) {
        firstUnmet = Math.min(firstUnmet, m.atRank());
      }
    }
    return firstUnmet == Integer.MAX_VALUE ? top : firstUnmet - 1;
  }

  /** The members grouped by the rank of their {@code at} level, lowest first. */
  static TreeMap<Integer, List<Member>> byLevel(List<Member> members) {
    TreeMap<Integer, List<Member>> groups = new TreeMap<>();
    for (Member m : members) {
      groups.computeIfAbsent(m.atRank(), k -> new ArrayList<>()).add(m);
    }
    return groups;
  }

  static Score mean(List<Member> members, boolean weighted) {
    Score num = Score.ZERO;
    Score den = Score.ZERO;
    for (Member m : members) {
      Score w = weighted ? Score.of(m.weight()) : Score.of(1);
      num = num.plus(m.score().times(w));
      den = den.plus(w);
    }
    return num.dividedBy(den);
  }

  private static Score sum(List<Member> members, boolean weighted) {
    Score total = Score.ZERO;
    for (Member m : members) {
      total = total.plus(weighted ? m.score().times(Score.of(m.weight())) : m.score());
    }
    return total;
  }

  /**
   * The level a combination's score reads as: a mean with rounding words rounds it as a rank;
   * lowest, highest and lower median read it by thresholds when the scale has them, else as a rank; the
   * others read it by thresholds.
   */
  static Level level(Combination c, Score score, Scale scale) {
    if (c.roundsToRank()) {
      return scale.atClampedRank(c.roundsToNearest() ? score.roundHalfUp() : score.floor());
    }
    return scale.levelOf(score);
  }
}
