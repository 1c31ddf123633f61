package io.svmi;

import java.math.BigDecimal;

/** The bounds of the decimals a model declares: weights, level thresholds, option values. */
final class Decimals {
  static final int MAX_SCALE = 6;
  static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);

  /** How {@link #inRange} reads in a message: "a decimal from 0 to 1000000 with at most 6 decimal places". */
  static final String RANGE =
      "a decimal from 0 to " + MAX.toPlainString() + " with at most " + MAX_SCALE + " decimal places";

  private Decimals() {}

  /** From 0 to {@link #MAX}, with at most {@link #MAX_SCALE} decimal places. */
  static boolean inRange(BigDecimal v) {
    return v.signum() >= 0 && v.compareTo(MAX) <= 0 && v.stripTrailingZeros().scale() <= MAX_SCALE;
  }
}
