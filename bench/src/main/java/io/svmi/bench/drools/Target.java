package io.svmi.bench.drools;

/** The target level given for one dimension. */
public final class Target {
  private final String dimension;
  private final int level;

  public Target(String dimension, int level) {
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
