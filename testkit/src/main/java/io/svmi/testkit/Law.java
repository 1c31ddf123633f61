package io.svmi.testkit;

/** The laws of evaluation (numbered as in the design) that {@link Laws} checks. */
public enum Law {
  DETERMINISM(1, "determinism", "the same model and assessment give equal evaluations, on any thread"),
  MONOTONICITY(2, "monotonicity",
      "raising an answer to an option of a higher level never lowers any question, dimension or overall level"),
  BOUNDS(3, "bounds", "a dimension's level lies between its lowest and highest question level"),
  SOUNDNESS(4, "soundness", "every planned step is above its question's level and not above its target answer's"
      + " level (exactly one above under next level; for a question without a target answer, not above the"
      + " dimension's target under up to target)"),
  SUFFICIENCY(5, "sufficiency", "under up to target, taking every planned step brings every question with a target"
      + " answer to its level, and every dimension none of whose questions has a target answer to its target; such"
      + " a dimension with no step has reached it"),
  COMPOSITION(6, "composition", "under up to target, the plan to the target is the plan to any middle level"
      + " followed by the plan from there to the target, target answers kept (their steps all fall in the first"
      + " part)"),
  ORDER(7, "order", "the plan is sorted by dimension, level and question, without duplicates"),
  TOTALITY(9, "totality", "any assessment of a valid model evaluates or gives assessment diagnostics, never an"
      + " unchecked exception");

  private final int number;
  private final String title;
  private final String statement;

  Law(int number, String title, String statement) {
    this.number = number;
    this.title = title;
    this.statement = statement;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  /** The law in one sentence. */
  public String statement() {
    return statement;
  }

  /** "law 2 (monotonicity)". */
  @Override
  public String toString() {
    return "law " + number + " (" + title + ")";
  }
}
