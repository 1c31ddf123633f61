package io.svmi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact score: a non-negative rational number. Scores never drift: {@code 1.375} stays
 * {@code 1.375}, and a third stays a third. {@link #toString()} writes the exact decimal when it
 * has one, else the value rounded half up to {@value #PLACES} decimal places after "≈".
 */
public final class Score implements Comparable<Score> {
  /** The decimal places of {@link #toString()} for a score with no finite decimal form. */
  public static final int PLACES = 3;

  public static final Score ZERO = new Score(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Score(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The score num/den, reduced; den must be positive. */
  public static Score of(BigInteger num, BigInteger den) {
    checkNotNull(num, "num");
    checkArgument(den.signum() > 0, "the denominator must be positive: %s", den);
    BigInteger g = num.gcd(den);
    if (g.signum() == 0) {
      return ZERO;
    }
    return new Score(num.divide(g), den.divide(g));
  }

  public static Score of(long num, long den) {
    return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  public static Score of(long whole) {
    return of(whole, 1);
  }

  public static Score of(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return of(v.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  public Score plus(Score other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Score times(Score other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /** This score divided by another, positive one. */
  public Score dividedBy(Score other) {
    checkArgument(other.numerator.signum() > 0, "division by a score that is not positive");
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** The largest whole number not above this score. */
  public BigInteger floor() {
    return numerator.divide(denominator);
  }

  /** The nearest whole number; a half rounds up. */
  public BigInteger roundHalfUp() {
    return numerator.shiftLeft(1).add(denominator).divide(denominator.shiftLeft(1));
  }

  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /** True when the score has a finite decimal form (its reduced denominator is 2^a·5^b). */
  public boolean isExactDecimal() {
    BigInteger d = denominator;
    d = d.shiftRight(d.getLowestSetBit());
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  @Override
  public int compareTo(Score other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Score s && numerator.equals(s.numerator) && denominator.equals(s.denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /**
   * The score exactly, as a {@code .svmi} file writes it: its decimal when it has a finite one
   * ({@code 1.375}, {@code 2}), else its reduced fraction ({@code 61/60}).
   */
  public String toExactString() {
    return isExactDecimal() ? toString() : numerator + "/" + denominator;
  }

  /** {@code 1.375}, {@code 2}, or {@code ≈0.833} for 5/6. */
  @Override
  public String toString() {
    if (isExactDecimal()) {
      return new BigDecimal(numerator)
          .divide(new BigDecimal(denominator))
          .stripTrailingZeros()
          .toPlainString();
    }
    return "≈" + toBigDecimal(PLACES, RoundingMode.HALF_UP).toPlainString();
  }
}
