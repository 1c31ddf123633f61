package io.svmi.bench.drools;

/** A dimension's present level, inferred by the rules. */
public final class DimensionLevel {
  private final String dimension;
  private final int level;

  public DimensionLevel(String dimension, int level) {
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
