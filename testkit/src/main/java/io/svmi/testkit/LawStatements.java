package io.svmi.testkit;

/**
 * The laws in one sentence each, as constants: {@link Law} states them, and the {@code @Label}s of
 * {@link ModelLaws}' properties (which must be constants) repeat them.
 */
final class LawStatements {
  private LawStatements() {}

  static final String DETERMINISM = "the same model and assessment give equal evaluations, on any thread";
  static final String MONOTONICITY =
      "raising an answer to an option of a higher level never lowers any question, dimension or overall level";
  static final String BOUNDS = "a dimension's level lies between its lowest and highest question level";
  static final String SOUNDNESS = "every planned step is above its question's level and not above its target"
      + " answer's level (exactly one above under next level, or to its own 'at' level for a valued question; in a"
      + " high-water dimension only to its options' levels; for a"
      + " question without a target answer, not above the dimension's target under up to target)";
  static final String SUFFICIENCY = "under up to target, taking every planned step brings every question with a"
      + " target answer to its level, and every dimension none of whose questions has a target answer to its"
      + " target; such a dimension with no step has reached it";
  static final String COMPOSITION = "under up to target, the plan to the target is the plan to any middle level"
      + " followed by the plan from there to the target, target answers kept (their steps all fall in the first"
      + " part)";
  static final String ORDER = "the plan is sorted by dimension, level and question, without duplicates";
  static final String TOTALITY = "any assessment of a valid model evaluates or gives assessment diagnostics, never"
      + " an unchecked exception";
}
