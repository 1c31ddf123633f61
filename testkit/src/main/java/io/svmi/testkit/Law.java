package io.svmi.testkit;

/** The laws of evaluation (numbered as in the design) that {@link Laws} checks. */
public enum Law {
  /** Law 1: the same assessment evaluates to equal results, again and on other threads at once. */
  DETERMINISM(1, "determinism", LawStatements.DETERMINISM),
  /** Law 2: raising answers never lowers a question, dimension, group or overall level, nor a score. */
  MONOTONICITY(2, "monotonicity", LawStatements.MONOTONICITY),
  /** Law 3: a dimension's level lies between its lowest and highest question level. */
  BOUNDS(3, "bounds", LawStatements.BOUNDS),
  /** Law 4: every planned step is above its question's level and not above its target. */
  SOUNDNESS(4, "soundness", LawStatements.SOUNDNESS),
  /** Law 5: under {@code up to target}, taking every planned step reaches the targets. */
  SUFFICIENCY(5, "sufficiency", LawStatements.SUFFICIENCY),
  /** Law 6: the plan to the target is the plan to a middle level followed by the plan from there. */
  COMPOSITION(6, "composition", LawStatements.COMPOSITION),
  /** Law 7: the plan is sorted by dimension, level and question, without duplicates. */
  ORDER(7, "order", LawStatements.ORDER),
  /** Law 9: bad answers give assessment diagnostics, never an exception. */
  TOTALITY(9, "totality", LawStatements.TOTALITY);

  private final int number;
  private final String title;
  private final String statement;

  Law(int number, String title, String statement) {
    this.number = number;
    this.title = title;
    this.statement = statement;
  }

  /** {@return the law's number in the design (law 8, the printer's round trip, is the compiler's)} */
  public int number() {
    return number;
  }

  /** {@return the law's name, such as "monotonicity"} */
  public String title() {
    return title;
  }

  /** {@return the law in one sentence} */
  public String statement() {
    return statement;
  }

  /** {@return "law 2 (monotonicity): raising an answer …": the label of its property in {@link ModelLaws}} */
  public String label() {
    return this + ": " + statement;
  }

  /** "law 2 (monotonicity)". */
  @Override
  public String toString() {
    return "law " + number + " (" + title + ")";
  }
}
