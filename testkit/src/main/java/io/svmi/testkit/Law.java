package io.svmi.testkit;

/** The laws of evaluation (numbered as in the design) that {@link Laws} checks. */
public enum Law {
  DETERMINISM(1, "determinism", LawStatements.DETERMINISM),
  MONOTONICITY(2, "monotonicity", LawStatements.MONOTONICITY),
  BOUNDS(3, "bounds", LawStatements.BOUNDS),
  SOUNDNESS(4, "soundness", LawStatements.SOUNDNESS),
  SUFFICIENCY(5, "sufficiency", LawStatements.SUFFICIENCY),
  COMPOSITION(6, "composition", LawStatements.COMPOSITION),
  ORDER(7, "order", LawStatements.ORDER),
  TOTALITY(9, "totality", LawStatements.TOTALITY);

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

  /** "law 2 (monotonicity): raising an answer …": the label of its property in {@link ModelLaws}. */
  public String label() {
    return this + ": " + statement;
  }

  /** "law 2 (monotonicity)". */
  @Override
  public String toString() {
    return "law " + number + " (" + title + ")";
  }
}
