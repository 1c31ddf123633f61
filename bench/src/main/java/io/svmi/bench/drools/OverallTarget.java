package io.svmi.bench.drools;

/** The overall target, when the assessment gives one. */
public final class OverallTarget {
  private final int level;

  public OverallTarget(int level) {
    this.level = level;
  }

  public int getLevel() {
    return level;
  }
}
