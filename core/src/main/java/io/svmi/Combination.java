package io.svmi;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * How several levels combine into one: question levels into a dimension's level, dimension levels
 * into the overall level. Levels count by rank (the lowest is 0); means are exact, then rounded.
 */
public enum Combination {
  /** The lowest level. */
  LOWEST("lowest"),
  /** The highest level: a high-water mark (BSIMM's "highest level with any activity observed"). */
  HIGHEST("highest"),
  /** The median; with an even count, the lower of the two middle levels. */
  LOWER_MEDIAN("lower median"),
  /** The mean rank, rounded down. */
  MEAN_ROUNDED_DOWN("mean rounded down"),
  /** The mean rank, rounded to the nearest rank; a half rounds up. */
  MEAN_ROUNDED_TO_NEAREST("mean rounded to nearest"),
  /** The mean rank weighted by question (or dimension) weights, rounded down. */
  WEIGHTED_MEAN_ROUNDED_DOWN("weighted mean rounded down"),
  /** The weighted mean rank, rounded to the nearest rank; a half rounds up. */
  WEIGHTED_MEAN_ROUNDED_TO_NEAREST("weighted mean rounded to nearest"),
  /**
   * A staged model's rule (CMMI staged, the W3C Accessibility Maturity Model's proof points): the
   * highest level such that every question placed at it or below ({@code at}) is met, that is,
   * stands at least at its {@code at} level; the lowest level when a question at the level above
   * the lowest is not met. Over questions only; every question needs an {@code at} level.
   */
  STAGED("staged"),
  /**
   * The NCSC Cyber Assessment Framework's grading by indicator columns: each question is an
   * indicator placed in a column ({@code at}). The lowest level when an indicator of the lowest
   * column holds (stands at the lowest level); else the highest level whose column has indicators
   * and all of them met (at least at their {@code at} level); else the lowest level. Over
   * questions only; every question needs an {@code at} level.
   */
  INDICATORS("indicators"),
  /** The exact mean score; its level is read by the scale's thresholds. */
  MEAN("mean"),
  /** The exact weighted mean score; its level is read by the scale's thresholds. */
  WEIGHTED_MEAN("weighted mean"),
  /** The sum of the scores; its level is read by the scale's thresholds. */
  SUM("sum"),
  /** The sum of the scores times their weights; its level is read by the scale's thresholds. */
  WEIGHTED_SUM("weighted sum"),
  /**
   * Questions grouped by the level they belong to ({@code at}), the mean of each group, the means
   * added: OWASP SAMM's practice score. Over questions only; read by the scale's thresholds.
   */
  SUM_OF_MEANS_BY_LEVEL("sum of means by level");

  private final String words;

  Combination(String words) {
    this.words = words;
  }

  /** The words for this combination in a rules file and in explanations: "mean rounded down". */
  public String words() {
    return words;
  }

  public boolean isWeighted() {
    return this == WEIGHTED_MEAN_ROUNDED_DOWN
        || this == WEIGHTED_MEAN_ROUNDED_TO_NEAREST
        || this == WEIGHTED_MEAN
        || this == WEIGHTED_SUM;
  }

  /**
   * True for the combinations without rounding words (mean, sum, …): their level is read from
   * their score by the scale's thresholds, which the scale must declare.
   */
  public boolean needsThresholds() {
    return ordinal() >= MEAN.ordinal();
  }

  /**
   * True for a mean that names its rounding ("mean rounded down"), whose level is its score
   * rounded to a rank, and for {@link #STAGED} and {@link #INDICATORS}, whose score is its level's
   * rank.
   */
  public boolean roundsToRank() {
    return this == MEAN_ROUNDED_DOWN
        || this == MEAN_ROUNDED_TO_NEAREST
        || this == WEIGHTED_MEAN_ROUNDED_DOWN
        || this == WEIGHTED_MEAN_ROUNDED_TO_NEAREST
        || this == STAGED
        || this == INDICATORS;
  }

  boolean roundsToNearest() {
    return this == MEAN_ROUNDED_TO_NEAREST || this == WEIGHTED_MEAN_ROUNDED_TO_NEAREST;
  }

  /**
   * Combines {@code values[i]} for each {@code i} from {@code from} (inclusive) to {@code to} whose
   * {@code gate[i]} is a rank (not negative): the ordinal fast path, never called for a combination
   * that {@link #needsThresholds()}, nor for {@link #STAGED}. {@code weights[i]} are positive
   * integers (weights scaled to a common denominator). Returns {@link ModelIndex#NONE} when nothing
   * counts. Allocates nothing, except a copy of the counted ranks for the median.
   */
  int combine(int[] values, int[] gate, int from, int to, long[] weights) {
    switch (this) {
      case LOWEST:
        {
          int min = Integer.MAX_VALUE;
          for (int i = from; i < to; i++) {
            if (gate[i] >= 0) {
              min = Math.min(min, values[i]);
            }
          }
          return min == Integer.MAX_VALUE ? ModelIndex.NONE : min;
        }
      case HIGHEST:
        {
          int max = ModelIndex.NONE;
          for (int i = from; i < to; i++) {
            if (gate[i] >= 0) {
              max = Math.max(max, values[i]);
            }
          }
          return max;
        }
      case LOWER_MEDIAN:
        {
          int[] counted = new int[to - from];
          int n = 0;
          for (int i = from; i < to; i++) {
            if (gate[i] >= 0) {
              counted[n++] = values[i];
            }
          }
          if (n == 0) {
            return ModelIndex.NONE;
          }
          Arrays.sort(counted, 0, n);
          return counted[(n - 1) / 2];
        }
      case STAGED:
      case INDICATORS:
        throw new IllegalStateException(this + " needs the questions' levels: see Evaluator");
      case MEAN_ROUNDED_DOWN:
      case MEAN_ROUNDED_TO_NEAREST:
        {
          long sum = 0;
          int n = 0;
          for (int i = from; i < to; i++) {
            if (gate[i] >= 0) {
              sum += values[i];
              n++;
            }
          }
          return n == 0 ? ModelIndex.NONE : round(sum, n);
        }
      default:
        return weightedMean(values, gate, from, to, weights);
    }
  }

  private int weightedMean(int[] values, int[] gate, int from, int to, long[] weights) {
    try {
      long num = 0;
      long den = 0;
      for (int i = from; i < to; i++) {
        if (gate[i] >= 0) {
          num = Math.addExact(num, Math.multiplyExact(weights[i], (long) values[i]));
          den = Math.addExact(den, weights[i]);
        }
      }
      return den == 0 ? ModelIndex.NONE : round(num, den);
    } catch (ArithmeticException overflow) {
      BigInteger num = BigInteger.ZERO;
      BigInteger den = BigInteger.ZERO;
      for (int i = from; i < to; i++) {
        if (gate[i] >= 0) {
          BigInteger w = BigInteger.valueOf(weights[i]);
          num = num.add(w.multiply(BigInteger.valueOf(values[i])));
          den = den.add(w);
        }
      }
      BigInteger[] qr =
          roundsToNearest()
              ? num.shiftLeft(1).add(den).divideAndRemainder(den.shiftLeft(1))
              : num.divideAndRemainder(den);
      return qr[0].intValueExact();
    }
  }

  /** Rounds the non-negative fraction num/den to a rank as this combination says. */
  private int round(long num, long den) {
    if (roundsToNearest()) {
      // floor(num/den + 1/2) without overflow for the sizes a model can have.
      return (int) ((num / den) + ((num % den) * 2 >= den ? 1 : 0));
    }
    return (int) (num / den);
  }
}
