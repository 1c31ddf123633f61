package io.svmi;

/** Which actions an {@link ActionPlan} lists for each question below the top level. */
public enum PlanPolicy {
  /** The one action that moves the question to the level just above its own (the SVMI plans). */
  NEXT_LEVEL("next level"),
  /** Every action above the question's level, up to and including its dimension's target. */
  UP_TO_TARGET("up to target"),
  /** Every action above the question's level, up to the highest level. */
  UP_TO_TOP("up to top");

  private final String words;

  PlanPolicy(String words) {
    this.words = words;
  }

  /** The words for this policy in a rules file: {@code next level}. */
  public String words() {
    return words;
  }
}
