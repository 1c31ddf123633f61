package io.svmi.bench.drools;

/** A dimension's target, inferred by the rules (given, or else its present level). */
public final class DimensionTarget {
  private final String dimension;
  private final int level;

  public DimensionTarget(String dimension, int level) {
    this.dimension = dimension;
    this.level = level;
  }

  public String getDimension() {
    return dimension;
  }

  public int getLevel() {
    return level;
  }
}
